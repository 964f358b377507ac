package io.factline.facts;

import io.factline.model.Mention;
import io.factline.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidate names found in one sentence so far. The first finder to claim a span keeps it, so finders run
 * from the most trusted (registry, NER) to the least (guessed subjects, proper-noun runs).
 */
final class NameCandidates {
    private final SentenceView v;
    private final List<EntityMention> found = new ArrayList<>();

    NameCandidates(SentenceView v) {
        this.v = v;
    }

    /**
     * Adds a candidate unless it overlaps one already found, a number, or (for guessed names) a metric word or a
     * person. Registry names and organisations win over the NER's persons (HanLP tags 特斯拉 and 洛轲 as names
     * of people) and may sit inside a metric phrase ("20M paid Copilot users").
     */
    void add(EntityMention e) {
        if (e.text().isBlank()) return;
        // One letter is an initial or a piece of an abbreviation (the B of "I/B/E/S"), not a name; the registry
        // may still know a one-letter company.
        if (e.kind() != EntityMention.Kind.REGISTRY && e.text().codePoints().filter(Character::isLetter).count() < 2) return;
        // The ticker a listing is under (以“BQ”为股票代码) stands for the company named beside it; words the cue list
        // says never name a company ("Wall Street", GAAP) do not, whoever tagged them.
        if (e.kind() != EntityMention.Kind.REGISTRY
                && (ListedNames.isTicker(v.sentence, e.start(), e.end()) || isNotName(e.text()) || isIndustry(e.text())
                || cutsALatinWord(e))) {
            return;
        }
        for (EntityMention o : found) if (e.start() < o.end() && o.start() < e.end()) return;
        if (v.overlapsQuantityOrTime(e.start(), e.end())) return;
        boolean trusted = e.kind() == EntityMention.Kind.REGISTRY || e.kind() == EntityMention.Kind.ORG;
        if (!trusted) {
            if (v.overlapsMetric(e.start(), e.end())) return;
            for (Mention p : v.persons) if (e.start() < p.end() && p.start() < e.end()) return;
        } else if (e.kind() == EntityMention.Kind.ORG && isMetricWord(e)) {
            return;
        }
        found.add(e);
    }

    /** Adds the span [start, end) of the sentence as a name of the given kind, when it looks like one. */
    void addSpan(int start, int end, EntityMention.Kind kind, int minChars, int maxChars) {
        Sentence s = v.sentence;
        String name = s.between(start, end);
        if (name.length() >= minChars && name.length() <= maxChars && !isNotName(name)) {
            add(EntityMention.of(null, name, start, end, kind));
        }
    }

    List<EntityMention> list() {
        return found;
    }

    /** A word the cue list says never names a company on its own (market, the report, 公司). */
    boolean isNotName(String text) {
        return v.cues.isWhole(Cues.Kind.NOT_NAME, v.lang, Cues.Position.CLAUSE, text.strip());
    }

    /** IPv of IPv6, Pro of Pro2: a span that ends or starts inside a run of Latin letters and digits is no name. */
    private boolean cutsALatinWord(EntityMention e) {
        if (e.start() < 0) return false;
        String t = v.sentence.text();
        int a = e.start() - v.sentence.start(), b = e.end() - v.sentence.start();
        if (a < 0 || b > t.length() || a >= b) return false;
        return b < t.length() && isLatinOrDigit(t.charAt(b - 1)) && isLatinOrDigit(t.charAt(b))
                || a > 0 && isLatinOrDigit(t.charAt(a - 1)) && isLatinOrDigit(t.charAt(a));
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** 建筑装饰行业, 新能源汽车产业: an industry, whose figures are a market's, is no company. */
    private boolean isIndustry(String text) {
        return v.lang.equals("zh") && (text.endsWith("行业") || text.endsWith("产业"));
    }

    /** An organisation the NER found that is really a metric word ("营收" tagged nt). */
    private boolean isMetricWord(EntityMention e) {
        for (MetricWords.Hit m : v.metrics) if (m.start() <= e.start() && e.end() <= m.end()) return true;
        return false;
    }
}
