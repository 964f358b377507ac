package io.factline.facts;

import io.factline.model.Article;
import io.factline.model.Fact;
import io.factline.model.Mention;
import io.factline.nlp.AnnotatedArticle;
import io.factline.nlp.Quantity;
import io.factline.nlp.QuantityKind;
import io.factline.nlp.Sentence;
import io.factline.nlp.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fact stage entry point. For each sentence, pairs every quantity with the metric word that measures it (a
 * value of the metric's kind, near it, with no nearer rival), then finds the entity it belongs to, the
 * qualifier, the period, the claim type and the speaker, and finally merges what the article says twice.
 */
public final class FactExtractor {
    private static final Set<String> PEOPLE_COUNTERS = Set.of("人", "名", "位", "个", "户");
    private static final Set<String> UNIT_COUNTERS = Set.of("台", "部", "辆", "件", "套", "只", "个", "架", "款");

    private final Registries registries;

    public FactExtractor(Registries registries) {
        this.registries = registries;
    }

    public List<Fact> extract(AnnotatedArticle annotated) {
        ArticleContext ctx = new ArticleContext(annotated, registries);
        List<Fact> facts = new ArrayList<>();
        EntityMention focus = ctx.topic();
        for (Sentence s : annotated.sentences()) {
            SentenceView view = new SentenceView(s, ctx, registries);
            List<Fact> found = new SentenceFacts(view, ctx, registries, annotated.article(), focus).extract();
            facts.addAll(found);
            focus = nextFocus(view, focus);
        }
        return FactMerger.merge(facts);
    }

    /** "It" and "the company" in the next sentence speak of the first company this one names. */
    private static EntityMention nextFocus(SentenceView view, EntityMention focus) {
        for (EntityMention e : view.entities) if (!e.anaphor() && e.entityId() != null) return e;
        for (EntityMention e : view.entities) if (!e.anaphor()) return e;
        return focus;
    }

    /** The facts of one sentence. */
    private static final class SentenceFacts {
        private final SentenceView v;
        private final ArticleContext ctx;
        private final Cues cues;
        private final Article article;
        private final EntityMention focus;

        SentenceFacts(SentenceView v, ArticleContext ctx, Registries reg, Article article, EntityMention focus) {
            this.v = v;
            this.ctx = ctx;
            this.cues = reg.cues();
            this.article = article;
            this.focus = focus;
        }

        List<Fact> extract() {
            List<Fact> out = new ArrayList<>();
            List<Quantity> paired = new ArrayList<>();
            for (Quantity q : v.values) {
                Optional<MetricRegistry.Hit> metric = metricFor(q);
                if (metric.isEmpty()) continue;
                Fact f = fact(q, metric.get());
                if (f != null) {
                    out.add(f);
                    paired.add(q);
                }
            }
            return attachGrowth(out, paired);
        }

        private Fact fact(Quantity q, MetricRegistry.Hit hit) {
            Metric metric = hit.metric();
            EntityMention entity = entityFor(hit, q);
            if (entity == null) return null;
            String unit = unit(metric, q);
            double value = metric.negative() ? -Math.abs(q.value()) : q.value();
            Double high = q.valueHigh() == null ? null : metric.negative() ? -Math.abs(q.valueHigh()) : q.valueHigh();
            if (high != null && high < value) {
                double t = value;
                value = high;
                high = t;
            }
            Sentence s = v.sentence;
            return new Fact(null, article.id(), entity.entity(), entity.text(), metric.id(), value, high, unit,
                    qualifier(q, hit), null, asOf(q), claim(q, hit), speaker(), s.text(), s.start(), s.end(), null,
                    article.lang(), article.url(), article.title(), article.published(), article.source());
        }

        // ---- metric -------------------------------------------------------------------------------------

        private Optional<MetricRegistry.Hit> metricFor(Quantity q) {
            MetricRegistry.Hit best = null;
            int bestScore = Integer.MAX_VALUE;
            boolean zh = v.lang.equals("zh");
            for (MetricRegistry.Hit m : v.metrics) {
                if (!compatible(m.metric(), q)) continue;
                int score;
                if (m.end() <= q.start()) {
                    String gap = v.sentence.between(m.end(), q.start());
                    if (hardBoundary(gap) || rivalBetween(m, q, m.end(), q.start())) continue;
                    int tokens = v.tokensBetween(m.end(), q.start());
                    if (tokens > (zh ? 14 : 15)) continue;
                    score = tokens + 3 * softBoundaries(gap);
                } else if (q.end() <= m.start()) {
                    String gap = v.sentence.between(q.end(), m.start());
                    if (hardBoundary(gap) || softBoundaries(gap) > 0 || rivalBetween(m, q, q.end(), m.start())) continue;
                    int tokens = v.tokensBetween(q.end(), m.start());
                    if (tokens > (zh ? 3 : 2)) continue;
                    score = tokens + 4;
                } else {
                    continue;
                }
                if (score < bestScore) {
                    bestScore = score;
                    best = m;
                }
            }
            return Optional.ofNullable(best);
        }

        /** Another value the metric could take, or another metric the value could belong to, lies between. */
        private boolean rivalBetween(MetricRegistry.Hit m, Quantity q, int from, int to) {
            for (Quantity other : v.values) {
                if (other != q && other.start() >= from && other.end() <= to && compatible(m.metric(), other)) return true;
            }
            for (MetricRegistry.Hit other : v.metrics) {
                if (other != m && other.start() >= from && other.end() <= to && compatible(other.metric(), q)) return true;
            }
            return false;
        }

        private boolean compatible(Metric metric, Quantity q) {
            if (metric.isMoney()) {
                if (q.kind() == QuantityKind.MONEY) return true;
                // Chinese news often leaves 元 out: "年营收99亿".
                return v.lang.equals("zh") && q.kind() == QuantityKind.NUMBER && q.counter() == null && q.value() >= 1e4
                        && !q.text().matches("[\\d.,\\s]+");
            }
            if (metric.isRatio()) return q.kind() == QuantityKind.PERCENT;
            if (q.kind() != QuantityKind.NUMBER) return false;
            String c = q.counter();
            if (c == null) return true;
            return switch (metric.unit()) {
                case "people" -> PEOPLE_COUNTERS.contains(c);
                case "accounts" -> c.equals("户");
                case "units" -> UNIT_COUNTERS.contains(c);
                case "downloads" -> c.equals("次");
                default -> false;
            };
        }

        private String unit(Metric metric, Quantity q) {
            if (metric.isMoney()) {
                if (q.currency() == null || q.currency().equals("CNY") && barYuan(q)) return ctx.yuanCurrency(q.start());
                return q.currency();
            }
            if ("户".equals(q.counter())) return "accounts";
            return switch (metric.unit()) {
                case "ratio" -> "ratio";
                default -> metric.unit();
            };
        }

        /** 元 on its own, which an article-level note such as "(美元．下同)" may re-define. */
        private static boolean barYuan(Quantity q) {
            String t = q.text();
            return t.endsWith("元") && !t.matches(".*(美元|港元|欧元|日元|韩元|澳元|加元|新元|台币元)$")
                    && !t.contains("人民币");
        }

        // ---- entity -------------------------------------------------------------------------------------

        /**
         * The entity a metric word belongs to: one attached to it ("X's revenue", "revenue of X", 快手日活), else
         * the nearest one named before it in the sentence, else the one just after the value, else the entity
         * the article was speaking of.
         */
        private EntityMention entityFor(MetricRegistry.Hit m, Quantity q) {
            int anchor = Math.min(m.start(), q.start());
            EntityMention attached = null, before = null;
            for (EntityMention e : v.entities) {
                if (e.end() <= m.start() && attachedBefore(e, m)) attached = e;
                if (e.start() >= m.end() && attachedAfter(m, e) && attached == null) attached = e;
                if (e.end() <= anchor && !hardBoundary(v.sentence.between(e.end(), anchor))) before = e;
            }
            EntityMention chosen = attached != null ? attached : before;
            if (chosen == null) {
                for (EntityMention e : v.entities) {
                    if (e.start() >= Math.max(m.end(), q.end()) && !e.anaphor()) {
                        String gap = v.sentence.between(Math.max(m.end(), q.end()), e.start());
                        if (!hardBoundary(gap) && softBoundaries(gap) == 0) chosen = e;
                        break;
                    }
                }
            }
            if (chosen == null || chosen.anaphor()) {
                // "It", 该公司: the entity last spoken of. No mention at all: the entity the article is about.
                EntityMention target = chosen != null && focus != null ? focus : ctx.topic();
                if (target == null) return null;
                String mention = chosen != null ? chosen.text() : target.text();
                return new EntityMention(target.entityId(), target.entityId() == null ? target.text() : mention,
                        chosen != null ? chosen.start() : -1, chosen != null ? chosen.end() : -1, false);
            }
            return chosen;
        }

        private boolean attachedBefore(EntityMention e, MetricRegistry.Hit m) {
            String gap = v.sentence.between(e.end(), m.start()).strip();
            return gap.isEmpty() || gap.equals("的") || gap.equals("'s") || gap.equals("’s") || gap.equals("'")
                    || gap.equals("之");
        }

        private boolean attachedAfter(MetricRegistry.Hit m, EntityMention e) {
            if (e.anaphor()) return false;
            String gap = v.sentence.between(m.end(), e.start()).strip();
            return gap.equals("of") || gap.equals("at") || gap.equals("for") || gap.equals("of the");
        }

        // ---- qualifier, claim, period, speaker ------------------------------------------------------------

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

        /** Forecast cues anywhere before the value in its part of the sentence win over pledge cues. */
        private String claim(Quantity q, MetricRegistry.Hit m) {
            int from = v.sentence.start();
            String upTo = v.sentence.between(from, q.end());
            int semi = Math.max(upTo.lastIndexOf(';'), upTo.lastIndexOf('；'));
            String scope = upTo.substring(semi + 1);
            if (cues.any(Cues.Kind.CLAIM, v.lang, Cues.Position.CLAUSE, scope)) {
                boolean forecast = cues.find(Cues.Kind.CLAIM, v.lang, Cues.Position.CLAUSE, scope, 0).stream()
                        .anyMatch(h -> h.value().equals(Fact.FORECAST));
                return forecast ? Fact.FORECAST : Fact.PLEDGE;
            }
            return Fact.REPORTED;
        }

        /** The period of the nearest time expression before the value, else after it, in its part of the sentence. */
        private String asOf(Quantity q) {
            List<TimeExpression> times = v.sentence.times();
            TimeExpression chosen = null;
            for (TimeExpression t : times) {
                if (t.kind() == TimeExpression.Kind.DURATION || t.kind() == TimeExpression.Kind.YEAR_EARLIER) continue;
                if (t.end() <= q.start() && !hardBoundary(v.sentence.between(t.end(), q.start()))) chosen = t;
            }
            if (chosen == null) {
                for (TimeExpression t : times) {
                    if (t.kind() == TimeExpression.Kind.DURATION || t.kind() == TimeExpression.Kind.YEAR_EARLIER) continue;
                    if (t.start() >= q.end() && !hardBoundary(v.sentence.between(q.end(), t.start()))) {
                        chosen = t;
                        break;
                    }
                }
            }
            String value = chosen == null ? null : chosen.value();
            if (value != null && yearEarlier(q)) value = minusYear(value);
            return value;
        }

        /** "from $142m a year earlier", 去年同期: the value is the year-before figure of the period. */
        private boolean yearEarlier(Quantity q) {
            for (TimeExpression t : v.sentence.times()) {
                if (t.kind() != TimeExpression.Kind.YEAR_EARLIER) continue;
                boolean justAfter = t.start() >= q.end() && v.sentence.between(q.end(), t.start()).strip().length() <= 2;
                boolean justBefore = t.end() <= q.start() && v.tokensBetween(t.end(), q.start()) <= 3;
                if (justAfter || justBefore) return true;
            }
            return false;
        }

        private static String minusYear(String period) {
            StringBuilder sb = new StringBuilder();
            for (String part : period.split("/")) {
                if (sb.length() > 0) sb.append('/');
                int y = Integer.parseInt(part.substring(0, 4)) - 1;
                sb.append(String.format("%04d", y)).append(part.substring(4));
            }
            return sb.toString();
        }

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

        // ---- growth -------------------------------------------------------------------------------------

        /** Each growth rate goes to the nearest fact of the sentence as its {@code yoy}. */
        private List<Fact> attachGrowth(List<Fact> facts, List<Quantity> paired) {
            if (v.growth.isEmpty() || facts.isEmpty()) return facts;
            Double[] yoy = new Double[facts.size()];
            for (SentenceView.Growth g : v.growth) {
                int best = -1, bestDistance = Integer.MAX_VALUE;
                for (int i = 0; i < paired.size(); i++) {
                    Quantity q = paired.get(i);
                    int from = Math.min(q.end(), g.quantity().end()), to = Math.max(q.start(), g.quantity().start());
                    if (hardBoundary(v.sentence.between(from, to))) continue;
                    int d = Math.abs(g.quantity().start() - q.start());
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = i;
                    }
                }
                if (best >= 0 && yoy[best] == null) yoy[best] = g.rate();
            }
            List<Fact> out = new ArrayList<>(facts.size());
            for (int i = 0; i < facts.size(); i++) {
                Fact f = facts.get(i);
                out.add(yoy[i] == null ? f : new Fact(null, f.doc(), f.entity(), f.entityMention(), f.metric(), f.value(),
                        f.valueHigh(), f.unit(), f.qualifier(), yoy[i], f.asOf(), f.claim(), f.speaker(), f.sentence(),
                        f.start(), f.end(), f.altSentences(), f.lang(), f.url(), f.title(), f.published(), f.source()));
            }
            return out;
        }

        private static boolean hardBoundary(String gap) {
            return gap.indexOf(';') >= 0 || gap.indexOf('；') >= 0 || gap.indexOf('。') >= 0;
        }

        private static int softBoundaries(String gap) {
            int n = 0;
            for (int i = 0; i < gap.length(); i++) {
                char c = gap.charAt(i);
                if (c == ',' || c == '，' || c == ':' || c == '：' || c == '(' || c == '（') n++;
            }
            return n;
        }
    }
}
