package io.factline.registry;

/**
 * A metric of {@code models/metrics.tsv}.
 *
 * @param id       canonical id (DAU, revenue, …)
 * @param unit     what its values are: money, people, units, accounts, downloads, ratio
 * @param negative true when the words name the metric's negative (净亏损, "net loss" → net_profit &lt; 0)
 * @param counters Chinese counter words its counts may carry (台, 辆); empty: any counter of its unit
 */
public record Metric(String id, String unit, boolean negative, java.util.Set<String> counters) {

    public boolean isMoney() {
        return unit.equals("money");
    }

    public boolean isRatio() {
        return unit.equals("ratio");
    }

    /** The core metric ids of DESIGN.md; other ids exist to keep their numbers away from these. */
    public boolean isCore() {
        return !id.contains(":");
    }

    /** The same words read as a change of the metric ("added 5 million subscribers", 净增22.5万户). */
    public Metric asChange() {
        String base = id.startsWith("other:") ? id.substring(6) : id;
        return new Metric("other:" + base + "_change", unit, negative, counters);
    }
}
