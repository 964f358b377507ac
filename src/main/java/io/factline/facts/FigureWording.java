package io.factline.facts;

import io.factline.registry.Metric;
import io.factline.registry.Phrases;
import io.factline.model.Fact;
import io.factline.model.Mention;
import io.factline.nlp.Quantity;

import java.util.List;

/**
 * What the words around a figure say about it: its qualifier ("more than", 超过, 约), its claim type
 * (reported, forecast, pledge) and who said it.
 */
final class FigureWording {
    private final SentenceView v;
    private final Cues cues;

    FigureWording(SentenceView v) {
        this.v = v;
        this.cues = v.cues;
    }

    private static final java.util.regex.Pattern MODAL_AFTER = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:\\([^)]*\\)\\s*)?(?:would|could|might)\\b");

    String qualifier(Quantity q, MetricWords.Hit m) {
        if (q.valueHigh() != null) return "range";
        int from = m.end() <= q.start() ? m.end() : v.sentence.start();
        String before = v.window(q.start(), true);
        int windowStart = q.start() - before.length();
        String between = v.sentence.between(Math.max(from, windowStart), q.start());
        var cue = cues.last(Cues.Kind.QUALIFIER, v.lang, Cues.Position.BEFORE, between, 0);
        if (cue.isPresent() && between.length() - cue.get().end() <= (v.lang.equals("zh") ? 2 : 6)) {
            return cue.get().value();
        }
        String after = v.window(q.end(), false);
        var next = cues.first(Cues.Kind.QUALIFIER, v.lang, Cues.Position.AFTER, after, 0);
        if (next.isPresent() && next.get().start() <= 1) return next.get().value();
        return q.qualifier() != null ? q.qualifier() : "=";
    }

    /**
     * A forecast cue anywhere before the number in its sentence (预计 governs what follows it), else a pledge cue
     * in its clause; an investment pledge is a pledge by definition unless forecast.
     */
    String claim(Quantity q, Metric metric, int metricStart) {
        String sentencePrefix = v.sentence.between(v.sentence.start(), q.end());
        boolean forecast = cues.find(Cues.Kind.CLAIM, v.lang, Cues.Position.CLAUSE, sentencePrefix, 0).stream()
                .anyMatch(h -> h.value().equals(Fact.FORECAST));
        if (forecast) return Fact.FORECAST;
        // "Profits of around £420m would be well within…": a modal right after the figure makes it hypothetical.
        if (v.lang.equals("en") && MODAL_AFTER.matcher(v.window(q.end(), false)).lookingAt()) return Fact.FORECAST;
        String clausePrefix = v.sentence.between(commaClauseStart(Math.min(q.start(), metricStart)), q.end());
        boolean pledge = cues.find(Cues.Kind.CLAIM, v.lang, Cues.Position.CLAUSE, clausePrefix, 0).stream()
                .anyMatch(h -> h.value().equals(Fact.PLEDGE));
        // A valuation nobody has paid yet ("plans to raise at a valuation of", 拟以…估值融资) is an expectation.
        if (pledge && metric.id().equals("valuation")) return Fact.FORECAST;
        if (pledge || metric.id().equals("investment_pledge")) return Fact.PLEDGE;
        return Fact.REPORTED;
    }

    /** "has invested", 已投资, 累计投入: a pledge metric spoken of in the past is money already spent. */
    /** A verb of receiving earlier in the figure's clause: the actor took the investment in (not 完成对…的投资). */
    boolean receivedBy(Quantity q, int metricStart) {
        int from = commaClauseStart(Math.min(q.start(), metricStart));
        String clause = v.sentence.between(from, Math.max(q.end(), metricStart));
        for (Phrases.Hit<String> h : cues.find(Cues.Kind.RECEIVE, v.lang, Cues.Position.CLAUSE, clause, 0)) {
            if (!clause.startsWith("对", h.end())) return true;
        }
        return false;
    }

    boolean spokenOfAsDone(Quantity q) {
        return cues.any(Cues.Kind.PAST, v.lang, Cues.Position.CLAUSE, v.sentence.between(v.clauseStart(q.start()), q.end()));
    }

    /** Start of the comma-delimited part of the clause holding {@code at}. */
    private int commaClauseStart(int at) {
        int clause = v.clauseStart(at);
        String before = v.sentence.between(clause, at);
        int comma = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf('，')), before.lastIndexOf('：'));
        return clause + comma + 1;
    }

    /** The person nearest to a speech verb ("Zhang Nan … announced", "said Mr Maran", 张楠表示). */
    String speaker() {
        if (v.persons.isEmpty()) return null;
        List<Phrases.Hit<String>> speech = cues.find(Cues.Kind.SPEECH, v.lang, Cues.Position.CLAUSE,
                v.sentence.text(), v.sentence.start());
        if (speech.isEmpty()) return null;
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention p : v.persons) {
            for (Phrases.Hit<String> h : speech) {
                int d = p.end() <= h.start() ? h.start() - p.end() : p.start() >= h.end() ? p.start() - h.end() : 0;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = p;
                }
            }
        }
        return best == null ? null : best.text();
    }
}
