package io.factline.facts;

import io.factline.registry.Metric;
import io.factline.nlp.Quantity;
import io.factline.nlp.QuantityKind;

import java.util.Optional;
import java.util.Set;

/**
 * Which metric word a number measures: one whose unit fits the number, close to it, before it ("revenue rose to
 * $5bn", 营收达5亿元) or just after ("22 million creators", 5亿元融资, "$2 billion in cloud software revenue"), with no
 * nearer rival (another number the word could take, another word the number could belong to) in between.
 */
final class MetricPairing {
    private static final Set<String> PEOPLE_COUNTERS = Set.of("人", "名", "位", "个", "户");
    /** Counters of devices; 款 counts models, which is not a shipment. */
    private static final Set<String> UNIT_COUNTERS = Set.of("台", "部", "辆", "件", "套", "只", "个", "架", "块");
    private static final int MAX_TOKENS_BEFORE_EN = 15, MAX_TOKENS_BEFORE_ZH = 14;

    /** Candidate pairs may lie further apart than the rule allows: the scorer weighs the distance. */
    private static final int MAX_TOKENS_CANDIDATE_BEFORE = 24, MAX_TOKENS_CANDIDATE_AFTER = 8;

    private final SentenceView v;

    MetricPairing(SentenceView v) {
        this.v = v;
    }

    /**
     * A metric word the number may measure, and how they stand to each other.
     *
     * @param before the word comes before the number
     * @param tokens words between them
     * @param soft   commas, colons and parentheses between them
     * @param rival  another number or metric word between them that could take one of the two
     * @param chosen the pair the distance rule of {@link #metricFor} picks
     * @param implicit no word names the metric: a percentage read as a share ("accounts for half of", 以12%排名第三)
     */
    record Pair(MetricWords.Hit hit, boolean before, int tokens, int soft, boolean rival, boolean chosen,
                boolean implicit) {
    }

    /**
     * Every metric word of the sentence whose unit fits the number, within a clause of it (no ；or 。 between):
     * the candidates the scorer chooses among, the rule's own choice marked.
     */
    java.util.List<Pair> pairs(SentenceView.Valued valued) {
        Quantity q = valued.q();
        MetricWords.Hit chosen = metricFor(valued).orElse(null);
        java.util.List<Pair> out = new java.util.ArrayList<>();
        for (MetricWords.Hit m : v.metrics) {
            if (!compatible(m.metric(), q)) continue;
            boolean before = m.end() <= q.start();
            if (!before && q.end() > m.start()) continue;
            int from = before ? m.end() : q.end(), to = before ? q.start() : m.start();
            String gap = v.sentence.between(from, to);
            if (Boundaries.hard(gap)) continue;
            int tokens = v.tokensBetween(from, to);
            if (tokens > (before ? MAX_TOKENS_CANDIDATE_BEFORE : MAX_TOKENS_CANDIDATE_AFTER)) continue;
            out.add(new Pair(m, before, tokens, Boundaries.soft(gap, v.lang), rivalBetween(m, q, from, to), m == chosen,
                    false));
        }
        // A percentage no share word measures may still be one: "Maruti accounts for half of India's car sales",
        // "used by 95% of web surfers", 小米以12%排名第三. The scorer judges it by the words around it.
        if (out.isEmpty() && q.kind() == QuantityKind.PERCENT) {
            v.metricRegistry.metric("market_share").ifPresent(share -> out.add(new Pair(
                    new MetricWords.Hit(share, q.start(), q.end(), "", false), false, 0, 0, false, false, true)));
        }
        return out;
    }

    Optional<MetricWords.Hit> metricFor(SentenceView.Valued valued) {
        Quantity q = valued.q();
        MetricWords.Hit best = null;
        int bestScore = Integer.MAX_VALUE;
        boolean zh = v.lang.equals("zh");
        for (MetricWords.Hit m : v.metrics) {
            if (!compatible(m.metric(), q)) continue;
            int score;
            if (m.end() <= q.start()) {
                String gap = v.sentence.between(m.end(), q.start());
                if (Boundaries.hard(gap) || rivalBetween(m, q, m.end(), q.start())) continue;
                int tokens = v.tokensBetween(m.end(), q.start());
                if (tokens > (zh ? MAX_TOKENS_BEFORE_ZH : MAX_TOKENS_BEFORE_EN)) continue;
                score = tokens + 3 * Boundaries.soft(gap, v.lang);
            } else if (q.end() <= m.start()) {
                String gap = v.sentence.between(q.end(), m.start());
                if (Boundaries.hard(gap) || Boundaries.soft(gap, v.lang) > 0 || rivalBetween(m, q, q.end(), m.start())) {
                    continue;
                }
                int tokens = v.tokensBetween(q.end(), m.start());
                // "$2 billion in cloud software revenue", "$5bn of sales": a prepositional gap may be longer.
                String g = gap.strip().toLowerCase(java.util.Locale.ROOT);
                // 数千万美元的新一轮融资: an attributive 的 phrase may be longer too.
                int allowed = zh ? (g.startsWith("的") ? 5 : 3)
                        : g.startsWith("in ") || g.startsWith("of ") || g.equals("in") || g.equals("of") ? 4 : 2;
                if (tokens > allowed) continue;
                // "22 million creators", "five million copies", 1.44亿人民币融资: the counted noun itself is the
                // strongest tie, stronger than a word just before the number (战略投资1.44亿人民币融资).
                score = tokens == 0 ? (gap.isEmpty() ? -1 : 0) : tokens + 4;
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
    private boolean rivalBetween(MetricWords.Hit m, Quantity q, int from, int to) {
        for (SentenceView.Valued other : v.values) {
            Quantity o = other.q();
            if (o != q && other.role() == SentenceView.Role.LEVEL && o.start() >= from && o.end() <= to
                    && compatible(m.metric(), o)) {
                return true;
            }
        }
        for (MetricWords.Hit other : v.metrics) {
            if (other != m && other.start() >= from && other.end() <= to && compatible(other.metric(), q)) return true;
        }
        return false;
    }

    boolean compatible(Metric metric, Quantity q) {
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
        if (!metric.counters().isEmpty()) return metric.counters().contains(c);
        return switch (metric.unit()) {
            case "people" -> PEOPLE_COUNTERS.contains(c);
            case "accounts" -> c.equals("户");
            case "units" -> UNIT_COUNTERS.contains(c) && !c.equals("辆");
            case "downloads" -> c.equals("次");
            default -> false;
        };
    }
}
