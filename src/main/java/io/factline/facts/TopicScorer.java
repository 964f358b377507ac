package io.factline.facts;

import io.factline.nlp.AnnotatedArticle;
import io.factline.nlp.Sentence;
import io.factline.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How likely an article is about companies' business (results, deals, products, users) rather than about
 * something else (sport, politics, markets at large, science, private life): a logistic regression over the
 * words the article uses ({@code models/topic-scorer.tsv}, written by {@code factline train facts} from the
 * annotators' judgement of each training document). The fact scorer weighs every candidate by it: figures on a
 * page about other things are rarely company metrics.
 */
public final class TopicScorer {
    /** The model file under {@code models/}. */
    public static final String FILE = "topic-scorer.tsv";

    private final FactScorer model;

    public TopicScorer(FactScorer model) {
        this.model = model;
    }

    public static TopicScorer load() {
        return new TopicScorer(FactScorer.load(FILE));
    }

    /** The probability that the article is about companies' business. */
    public double probability(AnnotatedArticle a) {
        return model.confidence(features(a));
    }

    /**
     * The article's words, each once: lowercased lemmas (English) or words (Chinese) that hold a letter and no
     * digit, prefixed by the language.
     */
    public static List<String> features(AnnotatedArticle a) {
        Set<String> out = new LinkedHashSet<>();
        String lang = a.article().lang() == null ? "en" : a.article().lang();
        out.add("bias");
        out.add(lang + "|bias");
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                String w = word(t);
                if (w != null) out.add(s.lang() + "|w=" + w);
            }
        }
        return new ArrayList<>(out);
    }

    private static String word(Token t) {
        String w = (t.lemma() != null ? t.lemma() : t.word()).toLowerCase(Locale.ROOT);
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c)) return null;
            if (Character.isLetter(c)) letter = true;
        }
        return letter && w.length() < 30 ? w : null;
    }
}
