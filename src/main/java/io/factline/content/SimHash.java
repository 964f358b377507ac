package io.factline.content;

import java.util.Locale;

/**
 * Charikar's SimHash (STOC 2002) of a text over its character 5-grams, as Manku, Jain and Das Sarma used it to find
 * near-duplicate web pages (WWW 2007): two copies of one article with different page furniture differ in a few of
 * the 64 bits. Character n-grams work for Chinese and English alike, without segmentation. Near-duplicates are
 * found through {@value #BANDS} bands of 16 bits: two hashes within {@value #MAX_DISTANCE} bits of each other agree
 * exactly on at least one band (pigeonhole), so a lookup is four index probes, not a scan.
 */
public final class SimHash {
    public static final int BANDS = 4;
    /** Manku et al. found 3 of 64 bits the right threshold for 8 billion pages. */
    public static final int MAX_DISTANCE = 3;
    /** Shorter texts (a menu page, an empty article) share too much boilerplate to call copies. */
    public static final int MIN_CHARS = 200;
    private static final int GRAM = 5;

    private SimHash() {
    }

    /** The hash of a text, or empty when the text is too short to judge. */
    public static java.util.OptionalLong of(String text) {
        String t = normalize(text);
        if (t.length() < MIN_CHARS) return java.util.OptionalLong.empty();
        int[] votes = new int[64];
        for (int i = 0; i + GRAM <= t.length(); i++) {
            long h = hash(t, i, i + GRAM);
            for (int bit = 0; bit < 64; bit++) votes[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
        }
        long out = 0;
        for (int bit = 0; bit < 64; bit++) if (votes[bit] > 0) out |= 1L << bit;
        return java.util.OptionalLong.of(out);
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    public static int band(long hash, int band) {
        return (int) ((hash >>> (16 * band)) & 0xffff);
    }

    /**
     * Letters and digits only, lower case: spacing and punctuation differ between copies more than words do. Two
     * texts equal once normalised are the same text.
     */
    public static String normalize(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** FNV-1a over the chars, then a SplitMix64 finaliser so that every bit depends on every char. */
    private static long hash(String s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
