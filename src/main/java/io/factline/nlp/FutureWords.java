package io.factline.nlp;

import io.factline.model.ModelFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of {@code models/future.tsv} that look ahead in time ("will", "expects", 将, 预计, 明年): a sentence
 * holding one speaks of the future, so that "as of January" written in September is next January, and the years it
 * names are not the year the article reports on.
 */
public final class FutureWords {
    private static final FutureWords INSTANCE = new FutureWords(ModelFile.load("future.tsv"));

    private final Pattern english;
    private final Pattern chinese;

    private FutureWords(ModelFile file) {
        int lang = file.column("lang"), ahead = file.column("ahead"), words = file.column("words");
        List<String> en = new ArrayList<>(), zh = new ArrayList<>();
        for (String[] row : file.rows()) {
            if (!row[ahead].strip().equals("yes")) continue;
            (row[lang].strip().equals("zh") ? zh : en).addAll(ModelFile.alternatives(row[words]));
        }
        english = Pattern.compile("(?i)\\b(?:" + alternation(en) + ")\\b");
        chinese = Pattern.compile(alternation(zh));
    }

    public static FutureWords get() {
        return INSTANCE;
    }

    private static String alternation(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** Whether an English sentence holds a word that looks ahead. */
    public boolean inEnglish(String sentence) {
        return english.matcher(sentence).find();
    }

    /** Whether a Chinese sentence holds a word that looks ahead. */
    public boolean inChinese(String sentence) {
        return chinese.matcher(sentence).find();
    }

    /** Whether a sentence of either language holds one. */
    public boolean in(String sentence) {
        return inEnglish(sentence) || inChinese(sentence);
    }
}
