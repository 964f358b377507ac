package io.factline.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where an article too long to analyse whole is cut. */
class AnalysedLengthTest {
    @Test
    void aShortTextIsAnalysedWhole() {
        assertEquals(11, NlpPipeline.analysedLength("Sales rose.", 100));
    }

    @Test
    void cutsAtTheLastParagraphInTheSecondHalf() {
        String text = "a".repeat(70) + "\n" + "b".repeat(70);
        assertEquals(70, NlpPipeline.analysedLength(text, 100));
    }

    @Test
    void withoutAParagraphCutsAfterTheLastSentenceEnd() {
        String english = "Word ".repeat(12) + "end. " + "word ".repeat(30);
        assertEquals(english.indexOf("end.") + 4, NlpPipeline.analysedLength(english, 100));
        String chinese = "字".repeat(60) + "。" + "字".repeat(60);
        assertEquals(61, NlpPipeline.analysedLength(chinese, 100));
    }

    @Test
    void aTextWithoutBreaksIsCutAtTheLimitButNeverInsideACharacter() {
        assertEquals(100, NlpPipeline.analysedLength("x".repeat(300), 100));
        String emoji = "x".repeat(99) + "\uD83D\uDE00".repeat(50); // the 100th char is the first half of a pair
        assertEquals(99, NlpPipeline.analysedLength(emoji, 100));
    }
}
