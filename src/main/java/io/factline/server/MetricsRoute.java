package io.factline.server;

import io.factline.registry.Metrics;
import io.factline.registry.NameLookup;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/metrics}: the metric ids of the registry, for the timeline's picker: {@code metrics} all sorted,
 * {@code core} the metrics of DESIGN.md in the registry's order, {@code other} the finer ones ({@code other:*}).
 */
final class MetricsRoute implements Route {
    private final NameLookup names;
    private final Metrics metrics;

    MetricsRoute(NameLookup names, Metrics metrics) {
        this.names = names;
        this.metrics = metrics;
    }

    @Override
    public Set<String> parameters() {
        return Set.of();
    }

    @Override
    public void answer(String tail, Params p, Reply reply) throws IOException {
        List<String> core = metrics.ids().stream().filter(id -> metrics.metric(id).orElseThrow().isCore()).toList();
        List<String> other = names.metrics().stream().filter(id -> !core.contains(id)).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("metrics", names.metrics());
        out.put("core", core);
        out.put("other", other);
        reply.json(200, out);
    }
}
