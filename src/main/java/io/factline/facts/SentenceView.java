package io.factline.facts;

import io.factline.model.Mention;
import io.factline.model.MentionType;
import io.factline.nlp.Quantity;
import io.factline.nlp.QuantityKind;
import io.factline.nlp.Sentence;
import io.factline.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence as the fact stage reads it: its metric words, the entities it names (registry names, NER
 * organisations, anaphors), its quantities split into candidate values and growth rates, and its people.
 */
final class SentenceView {
    /** Names in 「」 or “” are how Chinese tech news marks a company the reader may not know. */
    private static final Pattern QUOTED_NAME = Pattern.compile("[「“\"]([\\p{IsHan}A-Za-z0-9·&.\\- ]{2,16})[」”\"]");

    final Sentence sentence;
    final String lang;
    final List<MetricRegistry.Hit> metrics = new ArrayList<>();
    final List<EntityMention> entities = new ArrayList<>();
    final List<Quantity> values = new ArrayList<>();
    final List<Growth> growth = new ArrayList<>();
    final List<Mention> persons = new ArrayList<>();

    /** A percentage stated as growth ("rose 2%", 同比增长146%), with its sign applied. */
    record Growth(Quantity quantity, double rate) {
    }

    SentenceView(Sentence s, ArticleContext ctx, Registries reg) {
        this.sentence = s;
        this.lang = s.lang();
        Cues cues = reg.cues();
        for (MetricRegistry.Hit h : reg.metrics().find(s)) {
            if (!h.context() || ctx.namesMetric(h.metric().id())) metrics.add(h);
        }
        for (Phrases.Hit<EntityRegistry.Alias> h : reg.entities().find(s.text(), s.start())) {
            if (h.value().context() && !ctx.namesEntity(h.value().entityId())) continue;
            entities.add(new EntityMention(h.value().entityId(), h.text(), h.start(), h.end(), false));
        }
        for (Mention m : s.entities()) {
            if (m.type() == MentionType.ORG && !overlapsEntity(m.start(), m.end()) && !overlapsMetric(m.start(), m.end())) {
                entities.add(new EntityMention(null, m.text(), m.start(), m.end(), false));
            }
            if (m.type() == MentionType.PERSON) {
                Mention p = cleanPerson(m, ctx);
                if (p != null && !overlapsEntity(p.start(), p.end())) persons.add(p);
            }
        }
        if (lang.equals("zh")) {
            Matcher q = QUOTED_NAME.matcher(s.text());
            while (q.find()) {
                int a = s.start() + q.start(1), b = s.start() + q.end(1);
                if (!overlapsEntity(a, b) && !overlapsMetric(a, b)) entities.add(new EntityMention(null, q.group(1), a, b, false));
            }
        }
        for (Phrases.Hit<String> h : cues.find(Cues.Kind.ANAPHOR, lang, Cues.Position.BEFORE, s.text(), s.start())) {
            if (!overlapsEntity(h.start(), h.end()) && !overlapsMetric(h.start(), h.end())) {
                entities.add(new EntityMention(null, h.text(), h.start(), h.end(), true));
            }
        }
        entities.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Quantity q : s.quantities()) {
            if (q.kind() == QuantityKind.PERCENT) {
                Double rate = growthRate(q, cues);
                if (rate != null) {
                    growth.add(new Growth(q, rate));
                    continue;
                }
            }
            if (!excluded(q, cues)) values.add(q);
        }
    }

    private Double growthRate(Quantity q, Cues cues) {
        String before = window(q.start(), true);
        var cue = cues.last(Cues.Kind.GROWTH, lang, Cues.Position.BEFORE, before, 0);
        if (cue.isPresent() && before.length() - cue.get().end() <= (lang.equals("zh") ? 4 : 12)) {
            return cue.get().value().equals("-") ? -q.value() : q.value();
        }
        String after = window(q.end(), false);
        var next = cues.first(Cues.Kind.GROWTH, lang, Cues.Position.AFTER, after, 0);
        if (next.isPresent() && next.get().start() <= 3) {
            return next.get().value().equals("-") ? -q.value() : q.value();
        }
        return null;
    }

    /** Share prices, per-share figures, stakes, prices, job numbers…: out of scope for metric facts. */
    private boolean excluded(Quantity q, Cues cues) {
        String before = window(q.start(), true);
        var cue = cues.last(Cues.Kind.EXCLUDE, lang, Cues.Position.BEFORE, before, 0);
        if (cue.isPresent()) {
            int cueAt = q.start() - before.length() + cue.get().end();
            boolean metricBetween = metrics.stream().anyMatch(m -> m.start() >= cueAt && m.end() <= q.start());
            if (!metricBetween) return true;
        }
        String after = window(q.end(), false);
        var next = cues.first(Cues.Kind.EXCLUDE, lang, Cues.Position.AFTER, after, 0);
        return next.isPresent() && next.get().start() <= (lang.equals("zh") ? 1 : 2);
    }

    /** The few words before (or after) an offset within the sentence. */
    String window(int at, boolean before) {
        int chars = lang.equals("zh") ? 8 : 32;
        return before ? sentence.between(Math.max(sentence.start(), at - chars), at)
                : sentence.between(at, Math.min(sentence.end(), at + chars));
    }

    /** Drops words CoreNLP glued to a name that the article also writes in lowercase ("tiktok Zhang Nan"). */
    private Mention cleanPerson(Mention m, ArticleContext ctx) {
        if (lang.equals("zh")) return m;
        List<Token> inside = new ArrayList<>();
        for (Token t : sentence.tokens()) {
            if (t.start() >= m.start() && t.end() <= m.end()) inside.add(t);
        }
        while (!inside.isEmpty() && !isName(inside.get(0), ctx)) inside.remove(0);
        while (!inside.isEmpty() && !isName(inside.get(inside.size() - 1), ctx)) inside.remove(inside.size() - 1);
        if (inside.isEmpty()) return null;
        int a = inside.get(0).start(), b = inside.get(inside.size() - 1).end();
        return new Mention(MentionType.PERSON, a, b, sentence.between(a, b), null);
    }

    private static boolean isName(Token t, ArticleContext ctx) {
        String w = t.word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !ctx.alsoLowercase(w)
                && !t.pos().startsWith("PRP");
    }

    boolean overlapsEntity(int a, int b) {
        for (EntityMention e : entities) if (a < e.end() && e.start() < b) return true;
        return false;
    }

    boolean overlapsMetric(int a, int b) {
        for (MetricRegistry.Hit m : metrics) if (a < m.end() && m.start() < b) return true;
        return false;
    }

    /** Words between two offsets of this sentence (for Chinese, HanLP's words). */
    int tokensBetween(int from, int to) {
        int n = 0;
        for (Token t : sentence.tokens()) if (t.start() >= from && t.end() <= to) n++;
        return n;
    }
}
