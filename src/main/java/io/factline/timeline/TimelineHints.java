package io.factline.timeline;

import io.factline.index.IndexReaderSession;
import io.factline.registry.NameLookup;
import io.factline.registry.Suggestions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to try when a timeline has no point: the metrics the entity has facts of, or, when it has none at all, the
 * entities with facts whose names are close to the one asked for (Douyn → Douyin).
 *
 * @param otherMetrics   metric → facts of the entity, by metric id; empty when the entity has no fact
 * @param closeEntities  entities with facts, closest first; empty when the entity has facts
 */
public record TimelineHints(Map<String, Integer> otherMetrics, List<String> closeEntities) {
    private static final int CLOSE = 5;

    public static TimelineHints of(IndexReaderSession index, NameLookup names, String entity, double minConfidence) {
        Map<String, Integer> metrics = index.metricsOf(entity, minConfidence);
        if (!metrics.isEmpty()) return new TimelineHints(metrics, List.of());
        Map<String, String> withFacts = new LinkedHashMap<>();
        for (String e : index.factEntities().keySet()) withFacts.put(e, e);
        List<String> close = new ArrayList<>(Suggestions.closest(entity, withFacts, CLOSE));
        for (String id : names.closeEntities(entity, CLOSE)) {
            if (close.size() < CLOSE && !close.contains(id) && withFacts.containsKey(id)) close.add(id);
        }
        return new TimelineHints(Map.of(), close);
    }

    /** The entity has no fact at all (of that confidence). */
    public boolean unknownEntity() {
        return otherMetrics.isEmpty();
    }
}
