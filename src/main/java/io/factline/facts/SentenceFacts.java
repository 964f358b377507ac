package io.factline.facts;

import io.factline.registry.Metric;
import io.factline.model.Article;
import io.factline.model.Fact;
import io.factline.nlp.Quantity;
import io.factline.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts of one sentence: each level or change paired with its metric and entity, comparison values
 * ("from $142m a year earlier") attached to the fact they compare with, growth rates kept as {@code yoy}.
 * The period is read by {@link FigurePeriods}; qualifier, claim type and speaker by {@link FigureWording}.
 */
final class SentenceFacts {
    private final SentenceView v;
    private final ArticleContext ctx;
    private final Article article;
    private final MetricPairing pairing;
    private final EntityChooser entities;
    private final FigurePeriods periods;
    private final FigureWording wording;

    SentenceFacts(SentenceView v, ArticleContext ctx, Article article, EntityMention focus, PeriodContext periods) {
        this.v = v;
        this.ctx = ctx;
        this.article = article;
        this.pairing = new MetricPairing(v);
        this.entities = new EntityChooser(v, ctx, focus);
        this.periods = new FigurePeriods(v, periods);
        this.wording = new FigureWording(v);
    }

    /** Periods of the facts this sentence states as its own (not comparison values), once extracted. */
    private final List<String> statedPeriods = new ArrayList<>();

    List<String> statedPeriods() {
        return statedPeriods;
    }

    /** The periods this sentence names as such (not lengths of time, not comparison years). */
    List<String> namedPeriods() {
        return periods.named();
    }

    /**
     * The candidate facts of this sentence: every number (those the out-of-scope rules set aside too) read as
     * every metric word it may measure, for every entity it may belong to; comparison values as the value before
     * of each candidate they compare with. The rules' own reading of each number is marked.
     *
     * @param groups next free group number, advanced for every number read
     * @param base   how many candidates the article had before this sentence
     */
    List<FactCandidate> candidates(int[] groups, int base) {
        List<FactCandidate> out = new ArrayList<>();
        List<SentenceView.Valued> levels = new ArrayList<>(), priors = new ArrayList<>();
        java.util.Map<SentenceView.Valued, String> reasons = new java.util.HashMap<>();
        for (SentenceView.Valued val : v.values) (val.role() == SentenceView.Role.PRIOR ? priors : levels).add(val);
        for (SentenceView.SetAside a : v.setAside) {
            reasons.put(a.valued(), a.reason());
            (a.valued().role() == SentenceView.Role.PRIOR ? priors : levels).add(a.valued());
        }
        levels.sort((a, b) -> Integer.compare(a.q().start(), b.q().start()));
        java.util.Map<SentenceView.Valued, List<Integer>> ofLevel = new java.util.HashMap<>();
        for (SentenceView.Valued valued : levels) {
            String reason = reasons.get(valued);
            List<MetricPairing.Pair> pairs = pairing.pairs(valued);
            if (pairs.isEmpty()) continue;
            int group = groups[0]++;
            Fact ruleFact = null;
            for (MetricPairing.Pair pair : pairs) {
                List<EntityChooser.Option> options = entities.options(pair.hit(), valued.q());
                int anchor = Math.min(pair.hit().start(), valued.q().start());
                for (EntityChooser.Option option : options) {
                    Fact f = fact(valued, pair.hit(), option.entity());
                    if (f == null) continue;
                    boolean rule = reason == null && pair.chosen() && option.source() == EntityChooser.Source.RULE;
                    if (rule) ruleFact = f;
                    ofLevel.computeIfAbsent(valued, k -> new ArrayList<>()).add(base + out.size());
                    List<String> features = CandidateFeatures.of(v, ctx, valued, reason, pair, pairs.size(), option, f);
                    features.addAll(CandidateFeatures.relative(v, ctx, option, options, anchor));
                    if (rule) {
                        features.add("rule");
                        features.add(v.lang + "|rule");
                    }
                    out.add(new FactCandidate(f, features, group, -1, v.sentence.index(), valued.q().start(),
                            valued.q().end(), rule));
                }
            }
            if (ruleFact != null) {
                if (ruleFact.claim().equals(Fact.REPORTED) && ruleFact.asOf() != null) statedPeriods.add(ruleFact.asOf());
                entities.setSentenceFocus(ctx.focusOf(ruleFact));
            }
        }
        for (SentenceView.Valued valued : priors) {
            SentenceView.Valued compared = comparedLevel(valued, ofLevel);
            if (compared == null) continue;
            String reason = reasons.get(valued);
            int group = groups[0]++;
            boolean comesFirst = compared.q().start() >= valued.q().end();
            for (int parent : ofLevel.get(compared)) {
                FactCandidate p = out.get(parent - base);
                // A plan's starting point ("increase users from 95 million to 250 million by 2007") is no
                // comparison with a reported figure.
                if (comesFirst && !p.fact().claim().equals(Fact.REPORTED)) continue;
                List<String> features = new ArrayList<>(p.features());
                features.add("prior");
                features.add(v.lang + "|prior");
                if (reason != null) features.add("prior.aside");
                if (!p.rule() || reason != null) {
                    features.remove("rule");
                    features.remove(v.lang + "|rule");
                }
                out.add(new FactCandidate(prior(valued, p.fact()), features, group, parent, v.sentence.index(),
                        valued.q().start(), valued.q().end(), p.rule() && reason == null));
            }
        }
        return out;
    }

    /** The level a comparison value compares with: the nearest before it, else the first after it. */
    private static SentenceView.Valued comparedLevel(SentenceView.Valued prior,
                                                     java.util.Map<SentenceView.Valued, List<Integer>> ofLevel) {
        SentenceView.Valued before = null, after = null;
        for (SentenceView.Valued l : ofLevel.keySet()) {
            if (l.q().end() <= prior.q().start() && (before == null || l.q().end() > before.q().end())) before = l;
            if (l.q().start() >= prior.q().end() && (after == null || l.q().start() < after.q().start())) after = l;
        }
        return before != null ? before : after;
    }

    private Fact fact(SentenceView.Valued valued, MetricWords.Hit hit, EntityMention entity) {
        Quantity q = valued.q();
        Metric metric = hit.metric();
        if (entity == null) return null;
        // 获得5000万元投资, "received a $30M investment": money the actor took in is a round, not a pledge.
        if (metric.id().equals("investment_pledge") && wording.receivedBy(q, hit.start())) {
            metric = new Metric("funding", metric.unit(), false, metric.counters());
        }
        String claim = wording.claim(q, metric, hit.start());
        if (metric.id().equals("investment_pledge") && wording.spokenOfAsDone(q)) {
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
        String name = entity.entityId() != null ? entity.entityId()
                : ctx.fullName(Names.canonical(entity.text(), v.lang, v.cues));
        return new Fact(null, article.id(), name, mention(entity), metric.id(), value, high, unit(hit.metric(), q),
                wording.qualifier(q, hit), null, periods.asOf(q, claim), claim, wording.speaker(), s.text(), s.start(), s.end(), null,
                article.lang(), article.url(), article.title(), article.published(), article.source());
    }

    /**
     * The words a fact quotes for its entity: a name this sentence writes for it (中水渔业 in "中水渔业公告，…公司实现
     * 营业收入…"), else what stood for it here ("it", 公司) or where the article named it.
     */
    private String mention(EntityMention entity) {
        if (entity.anaphor() || entity.start() < 0) {
            for (EntityMention e : v.entities) {
                if (!e.anaphor() && e.entity().equalsIgnoreCase(entity.entity())) return e.text();
            }
        }
        return entity.text();
    }

    /** A comparison value: the fact it compares with, for the period before when it says so. */
    private Fact prior(SentenceView.Valued valued, Fact compared) {
        Quantity q = valued.q();
        String asOf = periods.priorAsOf(valued, compared.asOf());
        double sign = compared.value() < 0 ? -1 : 1;
        // "净亏损869.3万美元，去年同期净利润2133万美元": a comparison that names its own profit or loss has its sign.
        MetricWords.Hit own = ownMetricWord(valued.q());
        if (own != null && own.metric().id().equals(hitMetricBase(compared.metric()))) sign = own.metric().negative() ? -1 : 1;
        if (q.value() < 0) sign = -1; // written with a minus sign: 去年同期为-1.6亿元
        Sentence s = v.sentence;
        String unit = q.currency() != null ? q.currency() : compared.unit();
        return new Fact(null, compared.doc(), compared.entity(), compared.entityMention(), compared.metric(),
                sign * Math.abs(q.value()), null, unit, q.qualifier() != null ? q.qualifier() : "=", null, asOf,
                Fact.REPORTED, compared.speaker(), s.text(), s.start(), s.end(), null, compared.lang(), compared.url(),
                compared.title(), compared.published(), compared.source());
    }

    /** The metric word written right before a comparison value, with nothing but 为/of between. */
    private MetricWords.Hit ownMetricWord(Quantity q) {
        MetricWords.Hit own = null;
        for (MetricWords.Hit m : v.metrics) {
            if (m.end() > q.start()) continue;
            String gap = v.sentence.between(m.end(), q.start()).strip();
            if (gap.isEmpty() || gap.equals("为") || gap.equals("of") || gap.equals("是")) own = m;
        }
        return own;
    }

    private static String hitMetricBase(String metricId) {
        return metricId.endsWith("_change") ? metricId.substring(0, metricId.length() - "_change".length()) : metricId;
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
        return io.factline.nlp.Currencies.get().endsInBareYuan(q.text());
    }
}
