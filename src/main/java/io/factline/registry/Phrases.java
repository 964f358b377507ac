package io.factline.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A dictionary of phrases found in running text. Latin phrases match whole words only (the characters around
 * them are not letters or digits); Han phrases match anywhere, Chinese having no spaces. A phrase matches
 * case-insensitively unless it was added as case-sensitive.
 * <p>
 * The phrases are kept in a trie of case-folded characters, so that finding them costs a walk from each position
 * of the text as deep as some phrase goes, whatever the number of phrases (the registry has tens of thousands, many
 * sharing a start such as 中国).
 *
 * @param <T> what a phrase stands for
 */
public final class Phrases<T> {
    private final Node<T> root = new Node<>();
    private int added;

    /** @param order the order of adding, which orders the hits that start at one position */
    private record Entry<T>(String phrase, boolean caseSensitive, T value, int order) {
    }

    /** A trie node: children by folded character (sorted, for binary search) and the phrases that end here. */
    private static final class Node<T> {
        private static final char[] NO_KEYS = new char[0];
        char[] keys = NO_KEYS;
        Node<T>[] children;
        int size;
        List<Entry<T>> ending;

        Node<T> child(char c) {
            int at = Arrays.binarySearch(keys, 0, size, c);
            return at >= 0 ? children[at] : null;
        }

        @SuppressWarnings("unchecked")
        Node<T> childOrNew(char c) {
            int at = Arrays.binarySearch(keys, 0, size, c);
            if (at >= 0) return children[at];
            int insert = -at - 1;
            if (size == keys.length) {
                int capacity = Math.max(2, size * 2);
                keys = Arrays.copyOf(keys, capacity);
                children = children == null ? (Node<T>[]) new Node[capacity] : Arrays.copyOf(children, capacity);
            }
            System.arraycopy(keys, insert, keys, insert + 1, size - insert);
            System.arraycopy(children, insert, children, insert + 1, size - insert);
            Node<T> n = new Node<>();
            keys[insert] = c;
            children[insert] = n;
            size++;
            return n;
        }
    }

    /** A phrase found in a text. Offsets are those of the text plus the base given to {@link #find}. */
    public record Hit<T>(int start, int end, String text, T value) {
        public int length() {
            return end - start;
        }
    }

    public void add(String phrase, boolean caseSensitive, T value) {
        if (phrase.isEmpty()) return;
        Node<T> n = root;
        for (int i = 0; i < phrase.length(); i++) n = n.childOrNew(fold(phrase.charAt(i)));
        if (n.ending == null) n.ending = new ArrayList<>(1);
        n.ending.add(new Entry<>(phrase, caseSensitive, value, added++));
    }

    public boolean isEmpty() {
        return root.size == 0;
    }

    /**
     * Every match in {@code text}, overlapping ones included, in order of start; at one start, one-character
     * phrases first, then in the order they were added.
     */
    public List<Hit<T>> find(String text, int base) {
        List<Hit<T>> out = new ArrayList<>();
        List<Entry<T>> here = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            // Inside a Latin word no phrase can start: one that starts with a letter or digit needs a word boundary
            // before it (see match), and most positions of English text are inside a word.
            if (i > 0 && isWordChar(text.charAt(i)) && isWordChar(text.charAt(i - 1))) continue;
            Node<T> n = root;
            for (int j = i; j < text.length(); j++) {
                n = n.child(fold(text.charAt(j)));
                if (n == null) break;
                if (n.ending != null) here.addAll(n.ending);
            }
            if (here.isEmpty()) continue;
            if (here.size() > 1) {
                here.sort((a, b) -> (a.phrase().length() == 1) != (b.phrase().length() == 1)
                        ? (a.phrase().length() == 1 ? -1 : 1) : Integer.compare(a.order(), b.order()));
            }
            for (Entry<T> e : here) match(text, i, e, base, out);
            here.clear();
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
        // Fast answers for ASCII and the CJK Unified Ideographs block (all Han): it is asked of every character.
        if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (c >= '\u4e00' && c <= '\u9fff') return false;
        return Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN;
    }

    /** The case-folded form of a character: equal for two characters exactly when case-insensitive comparison is. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
