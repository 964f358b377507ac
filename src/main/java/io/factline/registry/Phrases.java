package io.factline.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary of phrases found in running text. Latin phrases match whole words only (the characters around
 * them are not letters or digits); Han phrases match anywhere, Chinese having no spaces. A phrase matches
 * case-insensitively unless it was added as case-sensitive.
 *
 * @param <T> what a phrase stands for
 */
public final class Phrases<T> {
    private final Map<String, List<Entry<T>>> byPrefix = new HashMap<>();
    private final Map<Character, List<Entry<T>>> single = new HashMap<>();

    private record Entry<T>(String phrase, boolean caseSensitive, T value) {
    }

    /** A phrase found in a text. Offsets are those of the text plus the base given to {@link #find}. */
    public record Hit<T>(int start, int end, String text, T value) {
        public int length() {
            return end - start;
        }
    }

    public void add(String phrase, boolean caseSensitive, T value) {
        if (phrase.isEmpty()) return;
        Entry<T> e = new Entry<>(phrase, caseSensitive, value);
        if (phrase.length() == 1) {
            single.computeIfAbsent(Character.toLowerCase(phrase.charAt(0)), k -> new ArrayList<>()).add(e);
        } else {
            byPrefix.computeIfAbsent(key(phrase, 0), k -> new ArrayList<>()).add(e);
        }
    }

    public boolean isEmpty() {
        return byPrefix.isEmpty() && single.isEmpty();
    }

    /** Every match in {@code text}, overlapping ones included, in order of start. */
    public List<Hit<T>> find(String text, int base) {
        List<Hit<T>> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            List<Entry<T>> ones = single.get(Character.toLowerCase(text.charAt(i)));
            if (ones != null) for (Entry<T> e : ones) match(text, i, e, base, out);
            if (i + 1 < text.length()) {
                List<Entry<T>> many = byPrefix.get(key(text, i));
                if (many != null) for (Entry<T> e : many) match(text, i, e, base, out);
            }
        }
        return out;
    }

    /** Matches that no longer match overlaps (the longest wins; at equal length the earliest). */
    public List<Hit<T>> findLongest(String text, int base) {
        List<Hit<T>> all = find(text, base);
        all.sort((a, b) -> a.length() != b.length() ? Integer.compare(b.length(), a.length())
                : Integer.compare(a.start(), b.start()));
        List<Hit<T>> kept = new ArrayList<>();
        for (Hit<T> h : all) {
            boolean covered = false;
            for (Hit<T> k : kept) {
                if (h.start() < k.end() && k.start() < h.end() && !(h.start() == k.start() && h.end() == k.end())) {
                    covered = true;
                    break;
                }
            }
            if (!covered) kept.add(h);
        }
        kept.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return kept;
    }

    private void match(String text, int i, Entry<T> e, int base, List<Hit<T>> out) {
        String p = e.phrase();
        if (!text.regionMatches(!e.caseSensitive(), i, p, 0, p.length())) {
            // A capitalised name also matches at the start of a sentence or headline in its capitalised form.
            if (!e.caseSensitive() || !Character.isLowerCase(p.charAt(0))) return;
            if (Character.toUpperCase(p.charAt(0)) != text.charAt(i)
                    || !text.regionMatches(false, i + 1, p, 1, p.length() - 1)) return;
        }
        int end = i + p.length();
        if (isWordChar(p.charAt(0)) && i > 0 && isWordChar(text.charAt(i - 1))) return;
        // A capitalised name also matches in the plural ("300,000 Kindles", "iPods").
        if (e.caseSensitive() && end < text.length() && text.charAt(end) == 's'
                && (end + 1 == text.length() || !isWordChar(text.charAt(end + 1)))) {
            end++;
        }
        if (isWordChar(p.charAt(p.length() - 1)) && end < text.length() && isWordChar(text.charAt(end))) return;
        out.add(new Hit<>(base + i, base + end, text.substring(i, end), e.value()));
    }

    /** Latin letters and digits need word boundaries; Han characters do not. */
    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
    }

    private static String key(CharSequence s, int i) {
        return ("" + s.charAt(i) + s.charAt(i + 1)).toLowerCase(java.util.Locale.ROOT);
    }
}
