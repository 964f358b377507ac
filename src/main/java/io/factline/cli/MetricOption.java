package io.factline.cli;

import io.factline.registry.NameLookup;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code --metric}: a metric by its id or any of its words, in either language. */
final class MetricOption {
    @Option(names = "--metric", paramLabel = "M",
            description = "Metric id or any of its names (DAU, 日活, daily active users; revenue, 营收…).")
    String value;

    /** The metric id, or null when not given; an unknown name is an error that suggests close ones. */
    String id(NameLookup names) {
        if (value == null) return null;
        return names.metric(value).orElseThrow(() -> new LookupException(unknown(value, names)));
    }

    static String unknown(String value, NameLookup names) {
        List<String> close = names.closeMetrics(value, 5);
        return "unknown metric '" + value + "'" + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?")
                + " (known metrics: " + String.join(", ", names.metrics()) + ")";
    }
}
