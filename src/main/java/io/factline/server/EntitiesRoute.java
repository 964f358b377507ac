package io.factline.server;

import io.factline.registry.Entity;
import io.factline.registry.EntityRegistry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/entities?q=&limit=}: canonical entities of the registry whose id or a name equals, starts with
 * or contains {@code q} (in that order), with their names in both languages, for autocomplete.
 */
final class EntitiesRoute implements Route {
    private final EntityRegistry entities;

    EntitiesRoute(EntityRegistry entities) {
        this.entities = entities;
    }

    @Override
    public Set<String> parameters() {
        return Set.of("q", "limit");
    }

    @Override
    public void answer(String tail, Params p, Reply reply) throws IOException {
        String q = p.required("q");
        int limit = p.integer("limit", 10, 1, 100);
        List<Object> out = new ArrayList<>();
        for (Entity e : entities.search(q, limit)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("kind", e.kind());
            m.put("parent", e.parent());
            m.put("zh", e.zh());
            m.put("en", e.en());
            m.put("aliases", e.aliases());
            out.add(m);
        }
        reply.json(200, Map.of("entities", out));
    }
}
