package io.factline.server;

import io.factline.registry.NameLookup;

import java.time.LocalDate;

/** The entity and metric parameters of the API, resolved like the command line resolves them. */
final class Lookups {
    private final NameLookup names;
    private final double minConfidence;

    /** @param minConfidence the confidence floor of facts when a request names none */
    Lookups(NameLookup names, double minConfidence) {
        this.names = names;
        this.minConfidence = minConfidence;
    }

    NameLookup names() {
        return names;
    }

    /** Parameter {@code min_confidence}: facts of lower confidence are left out; the server's floor when absent. */
    double minConfidence(Params p) {
        return p.fraction("min_confidence", minConfidence);
    }

    /** The canonical entity id of parameter {@code entity} (抖音 → Douyin), or null when absent. */
    String entity(Params p) {
        String v = p.string("entity");
        return v == null ? null : names.entity(v);
    }

    /**
     * The metric id of parameter {@code metric}, by its id or any of its words in any case (日活, daily active users);
     * 400 suggesting close ones and listing the known ones when unknown.
     */
    String metric(Params p) {
        String v = p.string("metric");
        if (v == null) return null;
        return names.metric(v).orElseThrow(() -> {
            java.util.List<String> close = names.closeMetrics(v, 5);
            return HttpError.badRequest("metric: unknown metric '" + v + "'"
                    + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?")
                    + " (known metrics: " + String.join(", ", names.metrics()) + ")");
        });
    }

    /** The two ends of a date range; 400 when they are the wrong way round. */
    static LocalDate[] range(Params p) {
        LocalDate from = p.date("from", false), to = p.date("to", true);
        if (from != null && to != null && from.isAfter(to)) {
            throw HttpError.badRequest("from (" + from + ") is after to (" + to + ")");
        }
        return new LocalDate[]{from, to};
    }
}
