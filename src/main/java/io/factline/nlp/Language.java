package io.factline.nlp;

/**
 * Tells Chinese from English by script: Han characters against Latin letters, with a Latin word counting about
 * as much as a Han character (an English word averages five letters, a Chinese word under two characters,
 * so a Chinese text quoting "iPhone" or an English one quoting 博客园 keeps its language).
 */
public final class Language {
    public static final String ZH = "zh";
    public static final String EN = "en";

    private Language() {
    }

    /** {@code zh} or {@code en}; text with neither script counts as English. */
    public static String detect(CharSequence text) {
        int han = 0, latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) han++;
            else if (c < 0x250 && Character.isLetter(c)) latin++;
        }
        return han > 0 && han * 3 >= latin ? ZH : EN;
    }

    /** True when the text has letters of either script (a line of digits or punctuation has no language). */
    static boolean hasWords(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) return true;
        }
        return false;
    }
}
