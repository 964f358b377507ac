package io.factline.facts;

import java.util.List;
import java.util.Optional;

/**
 * Resolves the names people type (抖音, douyin, Shake sound, dau) to the canonical ids the index stores, the same
 * way for the command line and the HTTP API.
 */
public final class NameLookup {
    private final Registries registries;

    public NameLookup(Registries registries) {
        this.registries = registries;
    }

    /** The canonical id of an entity named by its id or any strong name, any case; an unknown name as written. */
    public String entity(String name) {
        String n = name.strip();
        List<Entity> found = registries.entities().search(n, 2);
        return found.stream().filter(e -> e.id().equalsIgnoreCase(n)
                        || e.strongNames().stream().anyMatch(s -> s.equalsIgnoreCase(n)))
                .findFirst().map(Entity::id).orElse(n);
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
