package io.factline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * The English sentences worth CoreNLP's tagger and NER: those that can hold a figure (a digit, or a number in words
 * that {@link EnglishQuantities} reads) and the sentence before each, which names what "it" or "the company" in the
 * figure's sentence refers to. Facts come only from figures; the rest of an article (about half the words of the
 * English pool's news) is tokenised, split and lemmatised without tags, and read for the registry's names, metric
 * words and the topic, which need no tagger. Tagging the sentence before each figure was decided on the train
 * split's cross-validation: without it the scorer lost 0.01 F1; tagging the lead as well added nothing.
 */
final class FigureSentences {
    private FigureSentences() {
    }

    /**
     * The sentences of a split annotation that get tags, lemmas and names, as an annotation of their own whose
     * sentences and tokens are the article's (annotating it annotates them). The others get an empty list of
     * names, so that every sentence reads alike afterwards.
     */
    static Annotation select(Annotation article) {
        List<CoreMap> sentences = article.get(CoreAnnotations.SentencesAnnotation.class);
        boolean[] keep = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            if (mayHoldFigure(sentences.get(i).get(CoreAnnotations.TextAnnotation.class))) {
                keep[i] = true;
                if (i > 0) keep[i - 1] = true;
            }
        }
        List<CoreMap> kept = new ArrayList<>();
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            if (keep[i]) {
                kept.add(s);
                tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
            } else {
                s.set(CoreAnnotations.MentionsAnnotation.class, new ArrayList<>());
            }
        }
        Annotation selected = new Annotation(article.get(CoreAnnotations.TextAnnotation.class));
        selected.set(CoreAnnotations.SentencesAnnotation.class, kept);
        selected.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return selected;
    }

    /** A digit, or a number in words ("five million", "half of", "nine out of ten"). */
    static boolean mayHoldFigure(String sentence) {
        for (int i = 0; i < sentence.length(); i++) if (Character.isDigit(sentence.charAt(i))) return true;
        return !EnglishQuantities.find(sentence, 0, List.of()).isEmpty();
    }

    /**
     * The lemma of a word that was not tagged: Morpha's rules for any part of speech (companies → company, said →
     * say), the word as written when it has no other form. A capitalised word inside a sentence is a name (Leeds,
     * not "leed") and stays as written; at a sentence's start it may be any word.
     */
    static String untaggedLemma(String word, boolean sentenceStart) {
        if (!sentenceStart && !word.isEmpty() && Character.isUpperCase(word.charAt(0))) return word;
        String stem = Lemmas.stem(word);
        return stem == null || stem.equalsIgnoreCase(word) ? word : stem;
    }
}
