package io.factline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts sentences CoreNLP's splitter made too long into parts before tagging: text without sentence ends (a
 * table flattened into words, a page of links, a run-on block) otherwise reaches the tagger, the NER and SUTime
 * as one sentence of thousands of tokens, whose cost grows faster than its length. A part ends at the last comma
 * or semicolon before the limit when there is one in its second half, else at the limit.
 */
final class LongSentences {
    /** Tokens of a sentence at most; news sentences have 20 to 40, a long one 80. */
    static final int MAX_TOKENS = 150;

    private LongSentences() {
    }

    /** Replaces every sentence of {@code annotation} longer than {@code max} tokens by parts of at most that. */
    static void split(Annotation annotation, int max) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.stream().allMatch(s -> tokens(s).size() <= max)) return;
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> out = new ArrayList<>();
        int tokenOffset = 0;
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = tokens(s);
            int from = 0;
            while (from < tokens.size()) {
                int to = tokens.size() - from <= max ? tokens.size() : cut(tokens, from, max);
                out.add(sentence(text, tokens.subList(from, to), out.size(), tokenOffset));
                tokenOffset += to - from;
                from = to;
            }
        }
        annotation.set(CoreAnnotations.SentencesAnnotation.class, out);
    }

    private static List<CoreLabel> tokens(CoreMap s) {
        return s.get(CoreAnnotations.TokensAnnotation.class);
    }

    /** Where the part that starts at {@code from} ends (exclusive). */
    private static int cut(List<CoreLabel> tokens, int from, int max) {
        int limit = from + max;
        for (int i = limit - 1; i > from + max / 2; i--) {
            String w = tokens.get(i).word();
            if (w.equals(",") || w.equals(";")) return i + 1;
        }
        return limit;
    }

    private static CoreMap sentence(String text, List<CoreLabel> tokens, int index, int tokenOffset) {
        int begin = tokens.get(0).beginPosition(), end = tokens.get(tokens.size() - 1).endPosition();
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        s.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
        s.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
        s.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            tokens.get(i).setIndex(i + 1);
            tokens.get(i).setSentIndex(index);
        }
        return s;
    }
}
