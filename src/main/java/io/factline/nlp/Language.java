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
    /** Lowercase Latin words a line of a Chinese article needs to be analysed as English: a sentence, not names. */
    private static final int MIN_ENGLISH_WORDS = 3;

    private Language() {
    }

    /** {@code zh} or {@code en}; text with neither script counts as English. */
    public static String detect(CharSequence text) {
        return byScript(withoutAddresses(text));
    }

    /**
     * The language of one line of an article: its own by script, except that a line without letters (digits,
     * punctuation, an address) and a line of Latin names in a non-English article (关于Orions Systems：, "X旗下拥有
     * Kona Brewing Company、…": no lowercase words, so no English prose) follow the line before, or the article.
     */
    static String ofLine(CharSequence line, String articleLang, String previous) {
        CharSequence t = withoutAddresses(line);
        String following = previous == null ? articleLang : previous;
        if (!hasLetters(t)) return following;
        String lang = byScript(t);
        if (lang.equals(EN) && !articleLang.equals(EN) && lowercaseLatinWords(t) < MIN_ENGLISH_WORDS) return following;
        return lang;
    }

    private static String byScript(CharSequence text) {
        int han = 0, latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) han++;
            else if (c < 0x250 && Character.isLetter(c)) latin++;
        }
        return han > 0 && han * 3 >= latin ? ZH : EN;
    }

    private static boolean hasLetters(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) return true;
        }
        return false;
    }

    /** Words of Latin letters that start in lower case: English prose has many (the, of, said). */
    private static int lowercaseLatinWords(CharSequence text) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
