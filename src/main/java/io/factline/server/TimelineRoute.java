package io.factline.server;

import io.factline.index.IndexReaderSession;
import io.factline.timeline.Timeline;
import io.factline.timeline.TimelineCsv;
import io.factline.timeline.TimelineHints;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/timeline?entity=&metric=&min_confidence=&format=json|csv}: the points of one metric of one entity
 * ordered by {@code as_of}, each with its sources, and {@code conflict: true} where sources disagree about the same
 * period. Entities and metrics by any of their names; an unknown metric is a 400 that suggests close ones.
 */
final class TimelineRoute implements Route {
    private final IndexReaderSession index;
    private final Lookups lookups;

    TimelineRoute(IndexReaderSession index, Lookups lookups) {
        this.index = index;
        this.lookups = lookups;
    }

    /**
     * An empty timeline with what to try instead: {@code other_metrics} the metrics the entity has facts of (with
     * counts), or when it has none, {@code close_entities} entities with facts whose names are close.
     */
    private Map<String, Object> withSuggestions(Timeline t, double minConfidence) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entity", t.entity());
        out.put("metric", t.metric());
        out.put("points", t.points());
        TimelineHints hints = TimelineHints.of(index, lookups.names(), t.entity(), minConfidence);
        if (hints.unknownEntity()) out.put("close_entities", hints.closeEntities());
        else out.put("other_metrics", hints.otherMetrics());
        return out;
    }

    @Override
    public Set<String> parameters() {
        return Set.of("entity", "metric", "min_confidence", "format");
    }

    @Override
    public void answer(String tail, Params p, Reply reply) throws IOException {
        p.required("entity");
        p.required("metric");
        boolean csv = p.oneOf("format", List.of("json", "csv"), "json").equals("csv");
        String entity = lookups.entity(p), metric = lookups.metric(p);
        Timeline t = Timeline.of(index, entity, metric, lookups.minConfidence(p));
        if (!csv) {
            reply.json(200, t.points().isEmpty() ? withSuggestions(t, lookups.minConfidence(p)) : t);
            return;
        }
        StringBuilder body = new StringBuilder(TimelineCsv.HEADER).append("\r\n");
        for (String row : TimelineCsv.rows(t)) body.append(row).append("\r\n");
        reply.bytes(200, "text/csv; charset=utf-8", body.toString().getBytes(StandardCharsets.UTF_8), "no-store");
    }
}
