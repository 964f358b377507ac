package io.factline.server;

import io.factline.registry.NameLookup;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/** {@code GET /api/metrics}: the metric ids of the registry, for the timeline's picker. */
final class MetricsRoute implements Route {
    private final NameLookup names;

    MetricsRoute(NameLookup names) {
        this.names = names;
    }

    @Override
    public Set<String> parameters() {
        return Set.of();
    }

    @Override
    public void answer(String tail, Params p, Reply reply) throws IOException {
        reply.json(200, Map.of("metrics", names.metrics()));
    }
}
