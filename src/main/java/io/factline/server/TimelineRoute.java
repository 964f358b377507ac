package io.factline.server;

import io.factline.index.IndexReaderSession;
import io.factline.timeline.Timeline;

import java.io.IOException;
import java.util.Set;

/**
 * {@code GET /api/timeline?entity=&metric=}: the points of one metric of one entity ordered by {@code as_of},
 * each with its sources, and {@code conflict: true} where sources disagree about the same period.
 */
final class TimelineRoute implements Route {
    private final IndexReaderSession index;
    private final Lookups lookups;

    TimelineRoute(IndexReaderSession index, Lookups lookups) {
        this.index = index;
        this.lookups = lookups;
    }

    @Override
    public Set<String> parameters() {
        return Set.of("entity", "metric", "min_confidence");
    }

    @Override
    public void answer(String tail, Params p, Reply reply) throws IOException {
        p.required("entity");
        p.required("metric");
        String entity = lookups.entity(p), metric = lookups.metric(p);
        reply.json(200, Timeline.of(index, entity, metric, lookups.minConfidence(p)));
    }
}
