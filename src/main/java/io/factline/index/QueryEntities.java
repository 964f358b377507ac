package io.factline.index;

import io.factline.registry.Entity;
import io.factline.registry.EntityRegistry;
import io.factline.registry.NameLookup;
import io.factline.registry.Phrases;
import io.factline.registry.Registries;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the registry entities a query names, so that a search for Douyin also finds the articles that write 抖音 or
 * "Shake sound", and one for 抖音 the English ones. Plain queries (words) are read word by word, longest name first,
 * in any case, and Chinese names inside unspaced Chinese text; a query with syntax (quotes, operators, wildcards)
 * is read only as a whole, since its words are not free to be regrouped.
 */
final class QueryEntities {
    /** Query syntax beyond plain words: then only a query that is one name as a whole is read as that entity. */
    private static final Pattern SYNTAX = Pattern.compile("[\"()*?:+\\-~^\\[\\]{}\\\\/]|(?:^|\\s)(?:AND|OR|NOT|&&|\\|\\|)(?:\\s|$)");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** Longest name tried, in words. */
    private static final int MAX_WORDS = 6;

    /** An entity the query names: its id, the words that named it, every name that identifies it. */
    record Named(String id, String asWritten, List<String> names) {
    }

    /** A query split into the entities it names and the words left. */
    record Parsed(List<Named> entities, String rest) {
        static Parsed none(String query) {
            return new Parsed(List.of(), query);
        }
    }

    private final NameLookup names;
    private final EntityRegistry registry;

    QueryEntities(Registries registries) {
        this.names = new NameLookup(registries);
        this.registry = registries.entities();
    }

    Parsed parse(String query) {
        String q = query.strip();
        if (q.isEmpty()) return Parsed.none(query);
        if (SYNTAX.matcher(q).find()) {
            String whole = q.length() > 1 && q.startsWith("\"") && q.endsWith("\"") ? q.substring(1, q.length() - 1) : q;
            return names.knownEntity(whole).map(e -> new Parsed(List.of(named(e, whole)), ""))
                    .orElse(Parsed.none(query));
        }
        String[] words = q.split("\\s+");
        List<Named> found = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < words.length; ) {
            int matched = 0;
            for (int n = Math.min(MAX_WORDS, words.length - i); n >= 1 && matched == 0; n--) {
                String span = String.join(" ", java.util.Arrays.asList(words).subList(i, i + n));
                var e = names.knownEntity(span);
                if (e.isPresent()) {
                    found.add(named(e.get(), span));
                    matched = n;
                }
            }
            if (matched > 0) {
                i += matched;
                continue;
            }
            if (HAN.matcher(words[i]).find()) {
                rest.add(chineseNames(words[i], found));
            } else {
                rest.add(words[i]);
            }
            i++;
        }
        return found.isEmpty() ? Parsed.none(query) : new Parsed(dedupe(found), String.join(" ", rest).strip());
    }

    /** The Chinese names inside an unspaced word (抖音日活 → 抖音), added to {@code found}; what is left of the word. */
    private String chineseNames(String word, List<Named> found) {
        StringBuilder left = new StringBuilder();
        int at = 0;
        for (Phrases.Hit<EntityRegistry.Alias> h : registry.find(word, 0)) {
            if (h.value().context() || h.start() < at) continue;
            var e = registry.get(h.value().entityId());
            if (e.isEmpty()) continue;
            found.add(named(e.get(), h.text()));
            left.append(word, at, h.start()).append(' ');
            at = h.end();
        }
        left.append(word.substring(at));
        return left.toString().strip();
    }

    private static Named named(Entity e, String asWritten) {
        Set<String> all = new LinkedHashSet<>(e.strongNames());
        all.add(e.id());
        return new Named(e.id(), asWritten, List.copyOf(all));
    }

    private static List<Named> dedupe(List<Named> found) {
        List<Named> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Named n : found) if (seen.add(n.id())) out.add(n);
        return out;
    }
}
