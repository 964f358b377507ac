package io.factline.registry;

import java.util.HashMap;
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

    public NameLookup(Registries registries) {
        this.registries = registries;
        for (Entity e : registries.entities().all()) {
            byName.putIfAbsent(key(e.id()), e.id());
            for (String n : e.strongNames()) byName.putIfAbsent(key(n), e.id());
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The canonical id of an entity named by its id or any strong name, any case; an unknown name as written. */
    public String entity(String name) {
        return byName.getOrDefault(key(name), name.strip());
    }

    /** The metric id written in any case ("dau" → DAU); empty when the registry has no such metric. */
    public Optional<String> metric(String id) {
        String v = id.strip();
        return registries.metrics().ids().stream().filter(m -> m.equalsIgnoreCase(v)).findFirst();
    }

    /** The metric ids, sorted. */
    public List<String> metrics() {
        return registries.metrics().ids().stream().sorted().toList();
    }
}
