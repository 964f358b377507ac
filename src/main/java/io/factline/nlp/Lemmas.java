package io.factline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * English lemmas as CoreNLP's {@code lemma} annotator gives them (Morpha), remembered per thread. Morpha's lexer is
 * one method too large for the JIT to compile, so it runs interpreted, and news repeats its words: the same word
 * with the same tag is lemmatised once.
 */
final class Lemmas {
    /**
     * Words remembered per thread and kind: a bound on memory (some tens of MB), past which the memory starts
     * afresh. The English pool's 4,677 articles hold 53,000 distinct tagged words and 46,000 untagged ones.
     */
    private static final int MAX_REMEMBERED = 100_000;
    private static final ThreadLocal<Lemmas> PER_THREAD = ThreadLocal.withInitial(Lemmas::new);
    /** For the rare verb written with its particle ("take_off"), which CoreNLP's annotator lemmatises in parts. */
    private static final MorphaAnnotator PHRASAL = new MorphaAnnotator(false);

    private final Morphology morphology = new Morphology();
    private final Map<String, String> tagged = new HashMap<>();
    private final Map<String, String> untagged = new HashMap<>();

    private Lemmas() {
    }

    /** The lemma CoreNLP's lemma annotator gives a word with this tag. */
    static String of(String word, String tag) {
        if (tag == null || tag.isEmpty()) return stem(word);
        if (tag.startsWith("VB") && word.contains("_")) return phrasal(word, tag);
        Lemmas l = PER_THREAD.get();
        return l.remembered(l.tagged, word + '\t' + tag, () -> l.morphology.lemma(word, tag));
    }

    /** Morpha's stem of a word whose part of speech is unknown (any rule may apply), or null when it has none. */
    static String stem(String word) {
        Lemmas l = PER_THREAD.get();
        return l.remembered(l.untagged, word, () -> l.morphology.stem(word));
    }

    private String remembered(Map<String, String> memory, String key, java.util.function.Supplier<String> compute) {
        String known = memory.get(key);
        if (known != null || memory.containsKey(key)) return known;
        if (memory.size() >= MAX_REMEMBERED) memory.clear();
        String lemma = compute.get();
        memory.put(key, lemma);
        return lemma;
    }

    private static String phrasal(String word, String tag) {
        CoreLabel token = new CoreLabel();
        token.setWord(word);
        token.setValue(word);
        token.setTag(tag);
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, List.of(token));
        Annotation one = new Annotation(word);
        one.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        PHRASAL.annotate(one);
        return token.lemma();
    }
}
