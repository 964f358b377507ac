package io.factline.nlp;

/**
 * Tells Chinese from English by script: Han characters against Latin letters, with a Latin word counting about
 * as much as a Han character (an English word averages five letters, a Chinese word under two characters,
 * so a Chinese text quoting "iPhone" or an English one quoting 博客园 keeps its language).
 */
public final class Language {
    public static final String ZH = "zh";
    public static final String EN = "en";
    /**
     * Web and mail addresses are in no language: a Chinese flash that ends "来源链接：http://www.….pdf" is Chinese,
     * and analysing that line as English would load CoreNLP for a Chinese-only input. Each alternative starts only
     * where a run of its characters starts and takes the run possessively: the time stays linear on a page that is
     * one long run of letters (tried at every position, the scan was quadratic: 20,000 characters took 2 s).
     */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "(?i)(?:(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*+://|\\bwww\\.)\\S+|(?<![\\w.+-])[\\w.+-]++@[\\w-]+\\.[\\w.-]+");

    private Language() {
    }

    /** {@code zh} or {@code en}; text with neither script counts as English. */
    public static String detect(CharSequence text) {
        text = withoutAddresses(text);
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
        text = withoutAddresses(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) return true;
        }
        return false;
    }

    /**
     * How many words of Latin letters that start in lower case the text has, addresses left out: English prose has
     * many (the, of, said), a Chinese sentence that names foreign companies has none.
     */
    static int lowercaseLatinWords(CharSequence text) {
        CharSequence t = withoutAddresses(text);
        int words = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean latin = c < 0x250 && Character.isLetter(c);
            if (latin && !in && Character.isLowerCase(c)) words++;
            in = latin;
        }
        return words;
    }

    private static CharSequence withoutAddresses(CharSequence text) {
        return ADDRESS.matcher(text).replaceAll(" ");
    }
}
