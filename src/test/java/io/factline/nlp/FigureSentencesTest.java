package io.factline.nlp;

import io.factline.model.Article;
import io.factline.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast English analysis tags and names only where a figure can be: the sentences with a digit or a number in
 * words, and the sentence before each. Through the real CoreNLP models; the article is written for this test.
 */
class FigureSentencesTest {
    private static final String TEXT = String.join("\n",
            "Harlow Instruments opened a new laboratory near Leeds on Tuesday.",
            "The building was designed by Marta Quigley of Fenwick Partners.",
            "Quigley said the Ridgeway Group was her first client in Yorkshire.",
            "It said quarterly revenue climbed to $412 million.",
            "Analysts at Corbin Securities expect two million customers by the spring.",
            "Workers at the old site in Bradford were told on Monday.");

    private static List<Sentence> analyse(NlpMode mode) {
        Article a = new Article("figure-sentences-test", null, null, TEXT, "en", "2024-05-02", null, null, null, null, null);
        return new NlpPipeline(List.of(), mode).annotate(a).sentences();
    }

    private static boolean tagged(Sentence s) {
        return s.tokens().stream().allMatch(t -> !t.pos().isEmpty());
    }

    private static List<String> names(Sentence s) {
        return s.entities().stream().map(Mention::text).toList();
    }

    @Test
    void figuresAndTheSentenceBeforeEachAreTaggedAndNamed() {
        List<Sentence> s = analyse(NlpMode.FAST);
        assertEquals(6, s.size(), s.toString());
        // "$412 million" and "two million" (a number in words) hold figures; the sentence before the first names what
        // "It" refers to.
        for (int i : new int[]{2, 3, 4}) assertTrue(tagged(s.get(i)), "tagged: " + s.get(i).text());
        assertTrue(names(s.get(2)).contains("Ridgeway Group"), names(s.get(2)).toString());
        assertTrue(names(s.get(4)).contains("Corbin Securities"), names(s.get(4)).toString());
        assertEquals("NNP", s.get(2).tokens().get(0).pos());
        // The others are neither tagged nor named, but still lemmatised: what the topic and metric words read.
        for (int i : new int[]{0, 1, 5}) {
            assertTrue(s.get(i).tokens().stream().allMatch(t -> t.pos().isEmpty()), "untagged: " + s.get(i).text());
            assertEquals(List.of(), names(s.get(i)), s.get(i).text());
        }
        Token opened = s.get(0).tokens().get(2), told = s.get(5).tokens().get(8);
        assertEquals("opened", opened.word());
        assertEquals("open", opened.lemma());
        assertEquals("told", told.word());
        assertEquals("tell", told.lemma());
        assertEquals("Leeds", s.get(0).tokens().get(7).lemma(), "a name inside a sentence stays as written");
        assertEquals("worker", s.get(5).tokens().get(0).lemma(), "a sentence's first word is lemmatised");
    }

    @Test
    void theFullAnalysisTagsAndNamesEverySentence() {
        List<Sentence> s = analyse(NlpMode.FULL);
        assertTrue(s.stream().allMatch(FigureSentencesTest::tagged), s.toString());
        assertTrue(names(s.get(1)).contains("Marta Quigley"), names(s.get(1)).toString());
    }

    @Test
    void theFastAnalysisGivesTheLemmasOfCoreNlpsLemmaAnnotator() {
        // The fast path lemmatises tagged words itself (remembering them); the full one runs CoreNLP's annotator.
        List<Sentence> fast = analyse(NlpMode.FAST), full = analyse(NlpMode.FULL);
        for (int i : new int[]{2, 3, 4}) {
            List<String> fastLemmas = fast.get(i).tokens().stream().map(t -> t.lemma() + "/" + t.pos()).toList();
            List<String> fullLemmas = full.get(i).tokens().stream().map(t -> t.lemma() + "/" + t.pos()).toList();
            assertEquals(fullLemmas, fastLemmas, fast.get(i).text());
        }
        assertEquals("climb", fast.get(3).tokens().get(4).lemma());
        assertEquals("customer", fast.get(4).tokens().get(7).lemma());
    }

    @Test
    void aFigureIsADigitOrANumberInWords() {
        assertTrue(FigureSentences.mayHoldFigure("Sales rose 4%."));
        assertTrue(FigureSentences.mayHoldFigure("It has five million users."));
        assertTrue(FigureSentences.mayHoldFigure("Nine out of ten buyers chose it."));
        assertTrue(FigureSentences.mayHoldFigure("Half of its income comes from ads."));
        assertFalse(FigureSentences.mayHoldFigure("The chief executive declined to comment."));
    }
}
