package io.factline.facts;

/**
 * A metric of {@code models/metrics.tsv}.
 *
 * @param id       canonical id (DAU, revenue, …)
 * @param unit     what its values are: money, people, units, accounts, downloads, ratio
 * @param negative true when the words name the metric's negative (净亏损, "net loss" → net_profit &lt; 0)
 */
public record Metric(String id, String unit, boolean negative) {

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
}
