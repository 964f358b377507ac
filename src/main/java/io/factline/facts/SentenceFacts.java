package io.factline.facts;

import io.factline.model.Article;
import io.factline.model.Fact;
import io.factline.model.Mention;
import io.factline.nlp.Quantity;
import io.factline.nlp.Sentence;
import io.factline.nlp.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The facts of one sentence: each level or change paired with its metric and entity, comparison values
 * ("from $142m a year earlier") attached to the fact they compare with, growth rates kept as {@code yoy};
 * qualifier, period, claim type and speaker read from the words around the number.
 */
final class SentenceFacts {
    private final SentenceView v;
    private final ArticleContext ctx;
    private final Cues cues;
    private final Article article;
    private final MetricPairing pairing;
    private final EntityChooser entities;
    private final PeriodContext periods;

    /** A fact and the quantity it was read from. */
    private record Read(Fact fact, Quantity q) {
    }

    SentenceFacts(SentenceView v, ArticleContext ctx, Article article, EntityMention focus, PeriodContext periods) {
        this.v = v;
        this.ctx = ctx;
        this.cues = v.cues;
        this.article = article;
        this.pairing = new MetricPairing(v);
        this.entities = new EntityChooser(v, ctx, focus);
        this.periods = periods;
    }

    /** Periods of the facts this sentence states as its own (not comparison values), once extracted. */
    private final List<String> statedPeriods = new ArrayList<>();

    List<String> statedPeriods() {
        return statedPeriods;
    }

    /** The periods this sentence names as such (not lengths of time, not comparison years). */
    List<String> namedPeriods() {
        List<String> out = new ArrayList<>();
        for (TimeExpression t : v.sentence.times()) {
            if (t.kind() == TimeExpression.Kind.DATE && t.value() != null && dates(t)) out.add(t.value());
        }
        return out;
    }

    List<Fact> extract() {
        List<Read> read = new ArrayList<>();
        for (SentenceView.Valued valued : v.values) {
            if (valued.role() == SentenceView.Role.PRIOR) continue;
            Optional<MetricRegistry.Hit> metric = pairing.metricFor(valued);
            if (metric.isEmpty()) continue;
            Fact f = fact(valued, metric.get());
            if (f != null) {
                read.add(new Read(f, valued.q()));
                if (f.claim().equals(Fact.REPORTED) && f.asOf() != null) statedPeriods.add(f.asOf());
                boolean known = !f.entity().equals(f.entityMention());
                entities.setSentenceFocus(EntityMention.of(known ? f.entity() : null, f.entityMention(), -1, -1,
                        EntityMention.Kind.ORG));
            }
        }
        for (SentenceView.Valued valued : v.values) {
            if (valued.role() != SentenceView.Role.PRIOR) continue;
            Read compared = null;
            for (Read r : read) if (r.q().end() <= valued.q().start()) compared = r;
            if (compared != null) read.add(new Read(prior(valued, compared.fact()), valued.q()));
        }
        return attachGrowth(read);
    }

    private Fact fact(SentenceView.Valued valued, MetricRegistry.Hit hit) {
        Quantity q = valued.q();
        Metric metric = hit.metric();
        EntityMention entity = entities.choose(hit, q);
        if (entity == null) return null;
        String claim = claim(q, metric, hit.start());
        if (metric.id().equals("investment_pledge") && cues.any(Cues.Kind.PAST, v.lang, Cues.Position.CLAUSE,
                v.sentence.between(v.clauseStart(q.start()), q.end()))) {
            metric = new Metric("other:investment_to_date", metric.unit(), false, metric.counters());
            claim = Fact.REPORTED;
        }
        boolean negative = metric.negative();
        if (valued.role() == SentenceView.Role.CHANGE) {
            metric = metric.asChange();
            negative = valued.negative();
        }
        double value = negative ? -Math.abs(q.value()) : q.value();
        Double high = q.valueHigh() == null ? null : negative ? -Math.abs(q.valueHigh()) : q.valueHigh();
        if (high != null && high < value) {
            double t = value;
            value = high;
            high = t;
        }
        Sentence s = v.sentence;
        return new Fact(null, article.id(), entity.entity(), entity.text(), metric.id(), value, high, unit(hit.metric(), q),
                qualifier(q, hit), null, asOf(q, claim), claim, speaker(), s.text(), s.start(), s.end(), null,
                article.lang(), article.url(), article.title(), article.published(), article.source());
    }

    /** A comparison value: the fact it compares with, for the period before when it says so. */
    private Fact prior(SentenceView.Valued valued, Fact compared) {
        Quantity q = valued.q();
        String asOf = compared.asOf();
        if (asOf != null && (valued.yearBefore() || yearEarlierNear(q))) asOf = minusYear(asOf);
        double sign = compared.value() < 0 ? -1 : 1;
        Sentence s = v.sentence;
        String unit = q.currency() != null ? q.currency() : compared.unit();
        return new Fact(null, compared.doc(), compared.entity(), compared.entityMention(), compared.metric(),
                sign * Math.abs(q.value()), null, unit, q.qualifier() != null ? q.qualifier() : "=", null, asOf,
                Fact.REPORTED, compared.speaker(), s.text(), s.start(), s.end(), null, compared.lang(), compared.url(),
                compared.title(), compared.published(), compared.source());
    }

    private String unit(Metric metric, Quantity q) {
        if (metric.isMoney()) {
            if (q.currency() == null || q.currency().equals("CNY") && barYuan(q)) return ctx.yuanCurrency(q.end());
            return q.currency();
        }
        if ("户".equals(q.counter())) return "accounts";
        return metric.unit();
    }

    /** 元 on its own, which an article-level note such as "(美元．下同)" may re-define. */
    private static boolean barYuan(Quantity q) {
        String t = q.text();
        return t.endsWith("元") && !t.matches(".*(美元|港元|欧元|日元|韩元|澳元|加元|新元|台币元)$") && !t.contains("人民币");
    }

    // ---- qualifier, claim, period, speaker ---------------------------------------------------------------

    private String qualifier(Quantity q, MetricRegistry.Hit m) {
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
    private String claim(Quantity q, Metric metric, int metricStart) {
        String sentencePrefix = v.sentence.between(v.sentence.start(), q.end());
        boolean forecast = cues.find(Cues.Kind.CLAIM, v.lang, Cues.Position.CLAUSE, sentencePrefix, 0).stream()
                .anyMatch(h -> h.value().equals(Fact.FORECAST));
        if (forecast) return Fact.FORECAST;
        String clausePrefix = v.sentence.between(commaClauseStart(Math.min(q.start(), metricStart)), q.end());
        boolean pledge = cues.find(Cues.Kind.CLAIM, v.lang, Cues.Position.CLAUSE, clausePrefix, 0).stream()
                .anyMatch(h -> h.value().equals(Fact.PLEDGE));
        // A valuation nobody has paid yet ("plans to raise at a valuation of", 拟以…估值融资) is an expectation.
        if (pledge && metric.id().equals("valuation")) return Fact.FORECAST;
        if (pledge || metric.id().equals("investment_pledge")) return Fact.PLEDGE;
        return Fact.REPORTED;
    }

    /** Start of the comma-delimited part of the clause holding {@code at}. */
    private int commaClauseStart(int at) {
        int clause = v.clauseStart(at);
        String before = v.sentence.between(clause, at);
        int comma = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf('，')), before.lastIndexOf('：'));
        return clause + comma + 1;
    }

    /**
     * The nearest time expression before the number in its clause, else one just after it in its part of the
     * clause; "the quarter" is the quarter last named; a reported figure the sentence does not date belongs to
     * the period the article last named.
     */
    private String asOf(Quantity q, String claim) {
        List<TimeExpression> times = v.sentence.times();
        TimeExpression chosen = null;
        for (TimeExpression t : times) {
            if (!dates(t)) continue;
            if (t.end() <= q.start() && !Boundaries.hard(v.sentence.between(t.end(), q.start()))) chosen = t;
        }
        if (chosen == null) {
            // Not in its own clause: an earlier clause of the sentence may date it (上半年实现营收…；亏损…).
            for (TimeExpression t : times) if (dates(t) && t.end() <= q.start()) chosen = t;
        }
        if (chosen == null) {
            for (TimeExpression t : times) {
                if (!dates(t) || t.start() < q.end()) continue;
                // "$205.4m (£110m) during October to December": a conversion in parentheses is no boundary.
                String gap = v.sentence.between(q.end(), t.start()).replaceAll("[(（][^)）]*[)）]", "");
                if (!Boundaries.hard(gap) && Boundaries.soft(gap, v.lang) == 0) chosen = t;
                break;
            }
        }
        String value;
        if (chosen != null) {
            value = chosen.value() != null ? chosen.value() : periods.resolveAnaphoric(chosen);
        } else {
            boolean datedElsewhere = times.stream().anyMatch(t -> t.kind() == TimeExpression.Kind.PRESENT);
            value = claim.equals(Fact.REPORTED) && !datedElsewhere ? periods.last() : null;
        }
        if (value != null && yearEarlierNear(q)) value = minusYear(value);
        return value;
    }

    /** A period that can date a figure: not a length of time, not a comparison ("up 27% from 2003"). */
    private boolean dates(TimeExpression t) {
        if (t.kind() != TimeExpression.Kind.DATE && t.kind() != TimeExpression.Kind.PRESENT) return false;
        String before = v.window(t.start(), true);
        var prior = cues.last(Cues.Kind.PRIOR, v.lang, Cues.Position.BEFORE, before, 0);
        boolean comparison = prior.isPresent() && before.length() - prior.get().end() <= 5
                || before.stripTrailing().toLowerCase(java.util.Locale.ROOT).matches(".*\\b(?:than|since)(?: its| the)?$");
        return !comparison;
    }

    /** "$142m a year earlier", "year-earlier $142m", 去年同期: the value is the year-before figure. */
    private boolean yearEarlierNear(Quantity q) {
        for (TimeExpression t : v.sentence.times()) {
            if (t.kind() != TimeExpression.Kind.YEAR_EARLIER) continue;
            boolean justAfter = t.start() >= q.end() && v.sentence.between(q.end(), t.start()).strip().length() <= 2;
            boolean justBefore = t.end() <= q.start() && v.tokensBetween(t.end(), q.start()) <= 3;
            if (justAfter || justBefore) return true;
        }
        return false;
    }

    static String minusYear(String period) {
        StringBuilder sb = new StringBuilder();
        for (String part : period.split("/")) {
            if (sb.length() > 0) sb.append('/');
            int y = Integer.parseInt(part.substring(0, 4)) - 1;
            sb.append(String.format("%04d", y)).append(part.substring(4));
        }
        return sb.toString();
    }

    /** The person nearest to a speech verb ("Zhang Nan … announced", "said Mr Maran", 张楠表示). */
    private String speaker() {
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

    // ---- growth -------------------------------------------------------------------------------------------

    /** Each growth rate goes to the nearest fact of its clause as its {@code yoy}. */
    private List<Fact> attachGrowth(List<Read> read) {
        List<Fact> out = new ArrayList<>();
        Double[] yoy = new Double[read.size()];
        for (SentenceView.Growth g : v.growth) {
            int best = -1, bestDistance = Integer.MAX_VALUE;
            for (int i = 0; i < read.size(); i++) {
                Quantity q = read.get(i).q();
                int from = Math.min(q.end(), g.quantity().end()), to = Math.max(q.start(), g.quantity().start());
                if (Boundaries.hard(v.sentence.between(from, to))) continue;
                int d = Math.abs(g.quantity().start() - q.start());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
            if (best >= 0 && yoy[best] == null) yoy[best] = g.rate();
        }
        for (int i = 0; i < read.size(); i++) {
            Fact f = read.get(i).fact();
            out.add(yoy[i] == null ? f : new Fact(null, f.doc(), f.entity(), f.entityMention(), f.metric(), f.value(),
                    f.valueHigh(), f.unit(), f.qualifier(), yoy[i], f.asOf(), f.claim(), f.speaker(), f.sentence(),
                    f.start(), f.end(), f.altSentences(), f.lang(), f.url(), f.title(), f.published(), f.source()));
        }
        return out;
    }
}
