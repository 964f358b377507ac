package io.factline.facts;

import io.factline.registry.Phrases;
import io.factline.model.ModelFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cue words of {@code models/cues.tsv}: qualifiers, claim types, speech verbs, out-of-scope contexts and
 * anaphors, per language and position.
 */
final class Cues {
    enum Kind {
        QUALIFIER, CLAIM, SPEECH, EXCLUDE, ANAPHOR, GROWTH, CHANGE, PRIOR, PAST, PREPOSITION, SUBJECT_VERB, NOT_NAME,
        ORG_SUFFIX, SOURCE, MARKET, NOT_METRIC, EXCLUDE_COUNT, VEHICLE, DESCRIPTOR, INVESTOR, ANALYST, RECEIVE, DEVICE,
        CORPORATE_FORM, ADJUSTED, SEGMENT, GOVERNMENT, CONJUNCTION, TRADING
    }

    enum Position { BEFORE, AFTER, CLAUSE }

    private record Key(Kind kind, String lang, Position position) {
    }

    private final Map<Key, Phrases<String>> phrases = new HashMap<>();

    /**
     * @param cues   models/cues.tsv
     * @param future models/future.tsv, whose words with a claim type are the {@link Kind#CLAIM} cues of a clause
     */
    Cues(ModelFile cues, ModelFile future) {
        int kind = cues.column("kind"), lang = cues.column("lang"), value = cues.column("value"),
                position = cues.column("position"), words = cues.column("words");
        for (String[] row : cues.rows()) {
            Key key = new Key(Kind.valueOf(row[kind].toUpperCase(java.util.Locale.ROOT)), row[lang],
                    Position.valueOf(row[position].toUpperCase(java.util.Locale.ROOT)));
            Phrases<String> p = phrases.computeIfAbsent(key, k -> new Phrases<>());
            for (String w : ModelFile.alternatives(row[words])) p.add(w, false, row[value]);
        }
        int flang = future.column("lang"), claim = future.column("claim"), fwords = future.column("words");
        for (String[] row : future.rows()) {
            if (row[claim].isBlank()) continue;
            Phrases<String> p = phrases.computeIfAbsent(new Key(Kind.CLAIM, row[flang].strip(), Position.CLAUSE),
                    k -> new Phrases<>());
            for (String w : ModelFile.alternatives(row[fwords])) p.add(w, false, row[claim].strip());
        }
    }

    List<Phrases.Hit<String>> find(Kind kind, String lang, Position position, String text, int base) {
        Phrases<String> p = phrases.get(new Key(kind, lang, position));
        return p == null ? List.of() : p.findLongest(text, base);
    }

    /** The cue of this kind that ends closest to the end of {@code text} (the words just before a number). */
    Optional<Phrases.Hit<String>> last(Kind kind, String lang, Position position, String text, int base) {
        List<Phrases.Hit<String>> hits = find(kind, lang, position, text, base);
        return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(hits.size() - 1));
    }

    /** The cue of this kind that starts closest to the start of {@code text} (the words just after a number). */
    Optional<Phrases.Hit<String>> first(Kind kind, String lang, Position position, String text, int base) {
        List<Phrases.Hit<String>> hits = find(kind, lang, position, text, base);
        return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
    }

    /** Whether {@code text} is, as a whole, one cue of this kind ("公司", "app"). */
    boolean isWhole(Kind kind, String lang, Position position, String text) {
        for (Phrases.Hit<String> h : find(kind, lang, position, text, 0)) {
            if (h.start() == 0 && h.end() == text.length()) return true;
        }
        return false;
    }

    boolean any(Kind kind, String lang, Position position, String text) {
        return !find(kind, lang, position, text, 0).isEmpty();
    }

}
