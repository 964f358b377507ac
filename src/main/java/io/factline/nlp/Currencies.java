package io.factline.nlp;

import io.factline.model.ModelFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The currency words and symbols of {@code models/currencies.tsv}, mapped to ISO 4217 codes. */
public final class Currencies {
    private static final Currencies INSTANCE = new Currencies(ModelFile.load("currencies.tsv"));

    private final Map<String, String> prefixes = new HashMap<>();
    private final Map<String, String> suffixes = new HashMap<>();
    private final List<String> prefixForms;
    private final List<String> suffixForms;

    private Currencies(ModelFile file) {
        int code = file.column("code"), prefix = file.column("prefix"), suffix = file.column("suffix");
        for (String[] row : file.rows()) {
            for (String p : ModelFile.alternatives(row[prefix])) prefixes.putIfAbsent(p, row[code]);
            for (String s : ModelFile.alternatives(row[suffix])) {
                suffixes.putIfAbsent(s.toLowerCase(Locale.ROOT), row[code]);
            }
        }
        prefixForms = longestFirst(prefixes.keySet());
        suffixForms = longestFirst(suffixes.keySet());
    }

    public static Currencies get() {
        return INSTANCE;
    }

    private static List<String> longestFirst(java.util.Collection<String> forms) {
        List<String> list = new ArrayList<>(forms);
        list.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return list;
    }

    /** Regex alternation of the symbols written before a number, longest first. */
    public String prefixRegex() {
        return prefixForms.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** Regex alternation of the words written after a number, longest first (match case-insensitively). */
    public String suffixRegex() {
        return suffixForms.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /**
     * Whether an amount as written ends in 元 alone (not 美元, 港元, 人民币元), the unit an article-level note such
     * as "(美元．下同)" may re-define.
     */
    public boolean endsInBareYuan(String amount) {
        String t = amount.strip().toLowerCase(Locale.ROOT);
        for (String form : suffixForms) if (t.endsWith(form)) return form.equals("元");
        return false;
    }

    public Optional<String> byPrefix(String symbol) {
        return Optional.ofNullable(prefixes.get(symbol.strip()));
    }

    public Optional<String> bySuffix(String word) {
        return Optional.ofNullable(suffixes.get(word.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
    }
}
