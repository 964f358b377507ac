package io.factline.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text-overlap metric of the ScrapingHub article-extraction benchmark ({@code evaluate.py}), with one change
 * for Chinese: each Han character is a token of its own.
 *
 * <p>Both texts are cut into tokens (runs of word characters as Python's {@code \w+} matches them: letters,
 * digits, numerals and the underscore, case kept), then into overlapping 4-token shingles, counted as multisets.
 * Per page, true positives are the shingles both share, false positives the extra ones predicted, false
 * negatives the ones missed; the three are divided by their sum so every page weighs the same. Precision is the
 * mean of tp/(tp+fp) over the pages that predicted something, recall the mean of tp/(tp+fn) over the pages that
 * have gold text, and F1 is computed from those two means (not the mean of per-page F1). Without the Han rule
 * {@code \w+} would make a whole Chinese clause one token and a shingle four clauses.
 */
public final class ShingleMetric {
    /** Shingle length, in tokens. */
    public static final int N = 4;

    private ShingleMetric() {
    }

    /**
     * One page's normalised counts.
     *
     * @param tp    shared shingles, as a share of tp+fp+fn
     * @param fp    predicted shingles not in the gold text, as a share
     * @param fn    gold shingles not predicted, as a share
     * @param exact whether the two token sequences are identical
     */
    public record PageScore(double tp, double fp, double fn, boolean exact) {
        /** Whether the page counts towards precision (something was predicted). */
        public boolean predicted() {
            return tp + fp > 0;
        }

        /** Whether the page counts towards recall (it has gold text). */
        public boolean labelled() {
            return tp + fn > 0;
        }

        public double precision() {
            if (fp == 0 && fn == 0) return 1;
            return tp + fp == 0 ? 0 : tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) return 1;
            return tp + fn == 0 ? 0 : tp / (tp + fn);
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The means over a set of pages; NaN when no page counts. */
    public record Summary(int pages, double precision, double recall, double f1, double accuracy) {
    }

    /** Tokens as the benchmark cuts them, each Han character alone. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                if (start >= 0) out.add(text.substring(start, i));
                out.add(text.substring(i, next));
                start = -1;
            } else if (isWordChar(cp)) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i = next;
        }
        if (start >= 0) out.add(text.substring(start));
        return out;
    }

    /** Python's {@code \w}: alphabetic (categories L*), numeric (Nd, Nl, No) or the underscore; not marks. */
    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Scores one page's predicted text against its gold text. */
    public static PageScore score(String gold, String predicted) {
        List<String> goldTokens = tokens(gold), predictedTokens = tokens(predicted);
        Map<List<String>, Integer> g = shingles(goldTokens), p = shingles(predictedTokens);
        double tp = 0, fp = 0, fn = 0;
        for (Map.Entry<List<String>, Integer> e : g.entrySet()) {
            int inPrediction = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), inPrediction);
            fn += Math.max(0, e.getValue() - inPrediction);
        }
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - g.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        return new PageScore(tp, fp, fn, goldTokens.equals(predictedTokens));
    }

    /** A text of fewer than {@link #N} tokens is one short shingle; an empty text has none. */
    private static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        int count = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < count; i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!shingle.isEmpty()) out.merge(List.copyOf(shingle), 1, Integer::sum);
        }
        return out;
    }

    /** Precision and recall averaged over the pages that count for each, F1 of the two means. */
    public static Summary summarize(List<PageScore> pages) {
        double p = pages.stream().filter(PageScore::predicted).mapToDouble(PageScore::precision).average().orElse(Double.NaN);
        double r = pages.stream().filter(PageScore::labelled).mapToDouble(PageScore::recall).average().orElse(Double.NaN);
        double f1 = 2 * p * r / (p + r);
        double accuracy = pages.stream().mapToDouble(s -> s.exact() ? 1 : 0).average().orElse(Double.NaN);
        return new Summary(pages.size(), p, r, f1, accuracy);
    }
}
