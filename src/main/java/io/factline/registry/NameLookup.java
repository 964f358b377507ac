package io.factline.registry;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the names people type (抖音, douyin, Shake sound, dau) to the canonical ids the index stores, the same
 * way for the command line and the HTTP API.
 */
public final class NameLookup {
    private final Registries registries;
    /** Lowercased id and strong names → entity id; where two entities share a name, the first listed wins. */
    private final Map<String, String> byName = new HashMap<>();
    /** Lowercased metric id and words → metric id; core metrics first where a word names several. */
    private final Map<String, String> metricByName = new LinkedHashMap<>();

    public NameLookup(Registries registries) {
        this.registries = registries;
        for (Entity e : registries.entities().all()) {
            byName.putIfAbsent(key(e.id()), e.id());
            for (String n : e.strongNames()) byName.putIfAbsent(key(n), e.id());
        }
        for (String id : registries.metrics().ids()) metricByName.putIfAbsent(key(id), id);
        for (boolean core : new boolean[]{true, false}) {
            for (String id : registries.metrics().ids()) {
                if (registries.metrics().metric(id).orElseThrow().isCore() != core) continue;
                for (String n : registries.metrics().names(id)) metricByName.putIfAbsent(key(n), id);
            }
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The entity named by its id or any strong name, in any case; empty when no entity has that name. */
    public Optional<Entity> knownEntity(String name) {
        String id = byName.get(key(name));
        return id == null ? Optional.empty() : registries.entities().get(id);
    }

    /** The canonical id of an entity named by its id or any strong name, any case; an unknown name as written. */
    public String entity(String name) {
        return byName.getOrDefault(key(name), name.strip());
    }

    /**
     * The metric an id or any of its words names, in any case and either language (dau, 日活, daily active users →
     * DAU); empty when no metric has that name.
     */
    public Optional<String> metric(String name) {
        String k = key(name).replaceAll("\\s+", " ");
        String id = metricByName.get(k);
        // The registry writes English words as lemmas: "daily active user" for "daily active users".
        if (id == null && k.endsWith("s")) id = metricByName.get(k.substring(0, k.length() - 1));
        return Optional.ofNullable(id);
    }

    /** Metric ids whose ids or words are close to a name that matched none. */
    public List<String> closeMetrics(String name, int limit) {
        return Suggestions.closest(name, metricByName, limit);
    }

    /** Entity ids whose ids or names are close to a name that matched none. */
    public List<String> closeEntities(String name, int limit) {
        return Suggestions.closest(name, byName, limit);
    }

    /** The metric ids, sorted. */
    public List<String> metrics() {
        return registries.metrics().ids().stream().sorted().toList();
    }
}
