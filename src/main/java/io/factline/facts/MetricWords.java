package io.factline.facts;

import io.factline.registry.Phrases;
import io.factline.registry.Metric;
import io.factline.registry.Metrics;
import io.factline.nlp.Sentence;
import io.factline.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the words of {@code models/metrics.tsv} that name metrics in a sentence. English words match CoreNLP lemmas
 * or the words as written, Chinese words the text; "…" in a pattern allows a few words in between.
 */
final class MetricWords {
    private static final int EN_GAP_TOKENS = 4;
    private static final int ZH_GAP_CHARS = 6;

    private final Metrics metrics;
    private final Phrases<Word> zhWords = new Phrases<>();
    private final List<GappedZh> zhGapped = new ArrayList<>();
    private final Map<String, List<EnPattern>> enByFirst = new HashMap<>();

    /** A metric word found in a sentence. {@code context} words count only where the article names the metric plainly. */
    record Hit(Metric metric, int start, int end, String text, boolean context) {
    }

    private record Word(Metric metric, boolean context) {
    }

    private record GappedZh(Pattern pattern, Word word) {
    }

    private record EnPattern(List<String> parts, Word word) {
    }

    MetricWords(Metrics metrics) {
        this.metrics = metrics;
        for (Metrics.Definition d : metrics.definitions()) {
            Metric m = d.metric();
            for (String w : d.zh()) addZh(w, new Word(m, false));
            for (String w : d.en()) addEn(w, new Word(m, false));
            for (String w : d.context()) {
                if (isChinese(w)) addZh(w, new Word(m, true));
                else addEn(w, new Word(m, true));
            }
        }
    }

    private void addZh(String w, Word word) {
        if (w.contains("…")) {
            String[] parts = w.split("…");
            zhGapped.add(new GappedZh(Pattern.compile(Pattern.quote(parts[0].strip())
                    + "[^，。；,;：:！？]{0," + ZH_GAP_CHARS + "}?" + Pattern.quote(parts[1].strip())), word));
        } else {
            zhWords.add(w, false, word);
        }
    }

    private void addEn(String w, Word word) {
        List<String> parts = new ArrayList<>();
        for (String p : w.toLowerCase(Locale.ROOT).split("\\s+")) if (!p.isEmpty()) parts.add(p);
        if (parts.isEmpty() || parts.get(0).equals("…")) return;
        enByFirst.computeIfAbsent(parts.get(0), k -> new ArrayList<>()).add(new EnPattern(parts, word));
    }

    private static boolean isChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The metric of an id. */
    java.util.Optional<Metric> metric(String id) {
        return metrics.metric(id);
    }

    /**
     * Metric words of a sentence. Where matches overlap the longest is kept (several if equally long), except
     * that a count inside a money phrase survives it: in "22 million creators have generated 41.7 billion
     * yuan", "creators" measures one number and "creators … generated" the other.
     */
    List<Hit> find(Sentence s) {
        List<Hit> hits = s.lang().equals("zh") ? findZh(s) : findEn(s);
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            boolean dominated = false;
            for (Hit o : hits) {
                // Chinese has no spaces: a word inside a longer metric word is part of it (费用 in 付费用户数).
                if (o != h && o.start() <= h.start() && h.end() <= o.end() && o.end() - o.start() > h.end() - h.start()
                        && (o.metric().isMoney() == h.metric().isMoney() || s.lang().equals("zh") && !o.text().contains("…")
                        && !isGapped(o))) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) kept.add(h);
        }
        kept.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return kept;
    }

    /** A hit of a pattern with a gap (创作者…收入): its words are apart, so a word between them is its own. */
    private boolean isGapped(Hit h) {
        for (GappedZh g : zhGapped) if (g.pattern().matcher(h.text()).matches() && g.word().metric() == h.metric()) return true;
        return false;
    }

    private List<Hit> findZh(Sentence s) {
        List<Hit> out = new ArrayList<>();
        for (Phrases.Hit<Word> h : zhWords.find(s.text(), s.start())) {
            out.add(new Hit(h.value().metric(), h.start(), h.end(), h.text(), h.value().context()));
        }
        for (GappedZh g : zhGapped) {
            Matcher m = g.pattern().matcher(s.text());
            while (m.find()) {
                out.add(new Hit(g.word().metric(), s.start() + m.start(), s.start() + m.end(), m.group(),
                        g.word().context()));
            }
        }
        return out;
    }

    private List<Hit> findEn(Sentence s) {
        List<Hit> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Set<String> keys = forms(tokens.get(i));
            for (String k : keys) {
                List<EnPattern> candidates = enByFirst.get(k);
                if (candidates == null) continue;
                for (EnPattern p : candidates) {
                    int end = match(tokens, i, p.parts());
                    if (end > i) {
                        Token first = tokens.get(i), last = tokens.get(end - 1);
                        out.add(new Hit(p.word().metric(), first.start(), last.end(), s.between(first.start(), last.end()),
                                p.word().context()));
                    }
                }
            }
        }
        return out;
    }

    /** Index after the last matched token, or -1. */
    private static int match(List<Token> tokens, int from, List<String> parts) {
        int t = from;
        for (int p = 0; p < parts.size(); p++) {
            String part = parts.get(p);
            if (part.equals("…")) {
                String next = parts.get(p + 1);
                int limit = Math.min(tokens.size(), t + EN_GAP_TOKENS + 1);
                int found = -1;
                for (int k = t; k < limit; k++) {
                    if (isPunctuation(tokens.get(k))) break;
                    if (forms(tokens.get(k)).contains(next)) {
                        found = k;
                        break;
                    }
                }
                if (found < 0) return -1;
                t = found;
                continue;
            }
            if (t >= tokens.size() || !forms(tokens.get(t)).contains(part)) return -1;
            t++;
        }
        return t;
    }

    /** Punctuation ends a gap; the possessive "'s" does not ("share of Brazil's beer market"). */
    private static boolean isPunctuation(Token t) {
        String w = t.word();
        return !w.isEmpty() && !Character.isLetterOrDigit(w.charAt(0)) && !w.matches("['’]s");
    }

    private static Set<String> forms(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        String l = t.lemma() == null ? w : t.lemma().toLowerCase(Locale.ROOT);
        return w.equals(l) ? Set.of(w) : Set.of(w, l);
    }
}
