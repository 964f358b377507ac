package io.factline.facts;

import io.factline.model.Article;
import io.factline.model.Fact;
import io.factline.nlp.Quantity;
import io.factline.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /** A fact and the quantity it was read from. */
    private record Read(Fact fact, Quantity q) {
    }

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
        int levels = read.size();
        for (SentenceView.Valued valued : v.values) {
            if (valued.role() != SentenceView.Role.PRIOR) continue;
            // The figure compared with is the nearest level before it (净利润为1.75亿美元，与上年同期的净利润2.08亿美元).
            Read compared = null;
            for (Read r : read.subList(0, levels)) {
                if (r.q().end() <= valued.q().start() && (compared == null || r.q().end() > compared.q().end())) compared = r;
            }
            // "slipped from £3.24bn in 2003 to £2.89bn in 2004": the comparison may come first.
            if (compared == null) {
                for (Read r : read.subList(0, levels)) {
                    if (r.q().start() >= valued.q().end()) {
                        // A plan's starting point ("increase users from 95 million to 250 million by 2007") is
                        // left alone: it is no comparison with a reported figure.
                        if (r.fact().claim().equals(Fact.REPORTED)) compared = r;
                        break;
                    }
                }
            }
            if (compared != null) read.add(new Read(prior(valued, compared.fact()), valued.q()));
        }
        return attachGrowth(read);
    }

    private Fact fact(SentenceView.Valued valued, MetricRegistry.Hit hit) {
        Quantity q = valued.q();
        Metric metric = hit.metric();
        EntityMention entity = entities.choose(hit, q);
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
        return new Fact(null, article.id(), entity.entity(), entity.text(), metric.id(), value, high, unit(hit.metric(), q),
                wording.qualifier(q, hit), null, periods.asOf(q, claim), claim, wording.speaker(), s.text(), s.start(), s.end(), null,
                article.lang(), article.url(), article.title(), article.published(), article.source());
    }

    /** A comparison value: the fact it compares with, for the period before when it says so. */
    private Fact prior(SentenceView.Valued valued, Fact compared) {
        Quantity q = valued.q();
        String asOf = periods.priorAsOf(valued, compared.asOf());
        double sign = compared.value() < 0 ? -1 : 1;
        // "净亏损869.3万美元，去年同期净利润2133万美元": a comparison that names its own profit or loss has its sign.
        MetricRegistry.Hit own = ownMetricWord(valued.q());
        if (own != null && own.metric().id().equals(hitMetricBase(compared.metric()))) sign = own.metric().negative() ? -1 : 1;
        Sentence s = v.sentence;
        String unit = q.currency() != null ? q.currency() : compared.unit();
        return new Fact(null, compared.doc(), compared.entity(), compared.entityMention(), compared.metric(),
                sign * Math.abs(q.value()), null, unit, q.qualifier() != null ? q.qualifier() : "=", null, asOf,
                Fact.REPORTED, compared.speaker(), s.text(), s.start(), s.end(), null, compared.lang(), compared.url(),
                compared.title(), compared.published(), compared.source());
    }

    /** The metric word written right before a comparison value, with nothing but 为/of between. */
    private MetricRegistry.Hit ownMetricWord(Quantity q) {
        MetricRegistry.Hit own = null;
        for (MetricRegistry.Hit m : v.metrics) {
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
        String t = q.text();
        return t.endsWith("元") && !t.matches(".*(美元|港元|欧元|日元|韩元|澳元|加元|新元|台币元)$") && !t.contains("人民币");
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
