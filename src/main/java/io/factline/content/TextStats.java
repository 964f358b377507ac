package io.factline.content;

/**
 * Language-neutral measures of a piece of running text, so a Chinese paragraph weighs what an English one of
 * the same content does.
 */
final class TextStats {
    /**
     * How many Latin characters one CJK character stands for: an English word is about six characters with
     * its space, a Chinese word under two characters.
     */
    static final int CJK_WEIGHT = 3;

    private TextStats() {
    }

    /** Length in Latin-character equivalents, whitespace not counted. */
    static int weight(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') continue;
            n += isCjk(c) ? CJK_WEIGHT : 1;
        }
        return n;
    }

    static boolean isCjk(char c) {
        return (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
    }

    /** Commas and clause marks of both scripts: the sign of sentences rather than labels and link lists. */
    static int clauseMarks(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case ',', '，', '、', '；', ';', '。' -> n++;
                default -> { }
            }
        }
        return n;
    }

    /** Whether the text ends a sentence somewhere (., 。, !, ?, full-width or not). */
    static boolean hasSentenceEnd(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '。' || c == '！' || c == '？' || ((c == '.' || c == '!' || c == '?')
                    && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1))))) {
                return true;
            }
        }
        return false;
    }

    /** Collapses runs of spaces (also no-break and ideographic spaces) and trims. */
    static String clean(String s) {
        return s.replace('\u00a0', ' ').replace('\u3000', ' ').replace('\u200b', ' ')
                .replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
    }
}
