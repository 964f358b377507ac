package io.factline.server;

import io.factline.index.IndexReaderSession;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/timelines?entity=&limit=&min_confidence=}: the entity/metric pairs with most facts, most first, as
 * {@code {"timelines": [{"entity", "metric", "facts"}]}}, of one entity when given: the timelines worth offering
 * before anything is asked.
 */
final class TimelinesRoute implements Route {
    private final IndexReaderSession index;
    private final Lookups lookups;

    TimelinesRoute(IndexReaderSession index, Lookups lookups) {
        this.index = index;
        this.lookups = lookups;
    }

    @Override
    public Set<String> parameters() {
        return Set.of("entity", "limit", "min_confidence");
    }

    @Override
    public void answer(String tail, Params p, Reply reply) throws IOException {
        int limit = p.integer("limit", 10, 1, 100);
        List<Object> out = new ArrayList<>();
        for (IndexReaderSession.Pair pair : index.topPairs(lookups.entity(p), limit, lookups.minConfidence(p))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("entity", pair.entity());
            m.put("metric", pair.metric());
            m.put("facts", pair.facts());
            out.add(m);
        }
        reply.json(200, Map.of("timelines", out));
    }
}
