package io.factline.registry;

import io.factline.model.ModelFile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The companies and products of {@code models/entities.tsv} and their names in both languages. A name
 * written with a capital matches case-sensitively (so "Apple" is not "apple"); one written in lowercase, as
 * machine-translation artefacts are ("shake sound"), matches in any case.
 */
public final class EntityRegistry {
    private final Map<String, Entity> byId = new LinkedHashMap<>();
    private final Phrases<Alias> names = new Phrases<>();

    /** A surface form of an entity; context forms count only where the article names the entity otherwise. */
    public record Alias(String entityId, boolean context) {
    }

    public EntityRegistry(ModelFile file) {
        int id = file.column("id"), kind = file.column("kind"), parent = file.column("parent"),
                zh = file.column("zh"), en = file.column("en"), aliases = file.column("aliases"),
                context = file.column("context_aliases"), tickers = file.column("tickers");
        for (String[] row : file.rows()) {
            Entity e = new Entity(row[id].strip(), row[kind].strip(), row[parent].isBlank() ? null : row[parent].strip(),
                    ModelFile.alternatives(row[zh]), ModelFile.alternatives(row[en]),
                    ModelFile.alternatives(row[aliases]), ModelFile.alternatives(row[context]),
                    ModelFile.alternatives(row[tickers]));
            if (e.id().isEmpty()) continue;
            byId.put(e.id(), e);
            for (String n : e.strongNames()) names.add(n, hasUpperCase(n), new Alias(e.id(), false));
            names.add(e.id(), hasUpperCase(e.id()), new Alias(e.id(), false));
            for (String n : e.contextAliases()) names.add(n, hasUpperCase(n), new Alias(e.id(), true));
        }
    }

    private static boolean hasUpperCase(String s) {
        return !s.equals(s.toLowerCase(Locale.ROOT));
    }

    public Optional<Entity> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Entity> all() {
        return byId.values();
    }

    /** Chinese names, for the segmenter's user dictionary. */
    public Set<String> chineseNames() {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Entity e : byId.values()) {
            out.addAll(e.zh());
            for (String a : e.aliases()) if (a.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) out.add(a);
        }
        return out;
    }

    /** Entity names in {@code text}, longest match first where they overlap. */
    public List<Phrases.Hit<Alias>> find(String text, int base) {
        return names.findLongest(text, base);
    }

    /** Ids of the entities a text names by a name that identifies them on its own. */
    public Set<String> namedIn(String text) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Phrases.Hit<Alias> h : names.findLongest(text, 0)) if (!h.value().context()) out.add(h.value().entityId());
        return out;
    }

    /** Entities whose case-insensitive id or name equals {@code query}, or starts with it (autocomplete). */
    public List<Entity> search(String query, int limit) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        List<Entity> exact = new ArrayList<>(), prefix = new ArrayList<>(), inside = new ArrayList<>();
        for (Entity e : byId.values()) {
            int best = 3;
            List<String> all = new ArrayList<>(e.strongNames());
            all.add(e.id());
            for (String n : all) {
                String l = n.toLowerCase(Locale.ROOT);
                if (l.equals(q)) best = Math.min(best, 0);
                else if (l.startsWith(q)) best = Math.min(best, 1);
                else if (l.contains(q)) best = Math.min(best, 2);
            }
            if (best == 0) exact.add(e);
            else if (best == 1) prefix.add(e);
            else if (best == 2) inside.add(e);
        }
        List<Entity> out = new ArrayList<>(exact);
        out.addAll(prefix);
        out.addAll(inside);
        return out.subList(0, Math.min(limit, out.size()));
    }
}
