package io.factline.content;

import io.factline.content.ShingleMetric.PageScore;
import io.factline.content.ShingleMetric.Summary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShingleMetricTest {
    @Test
    void tokensAreWordRunsAndSingleHanCharacters() {
        assertEquals(List.of("Douyin", "s", "DAU", "6", "亿", "抖", "音", "日", "活", "snake_case", "2020"),
                ShingleMetric.tokens("Douyin's DAU: 6亿，抖音日活 snake_case 2020!"));
        // Python's \w does not match combining marks: they split a word, as in the benchmark.
        assertEquals(List.of("cafe", "x"), ShingleMetric.tokens("cafe\u0301x"));
        assertEquals(List.of(), ShingleMetric.tokens(null));
    }

    @Test
    void identicalTextsScorePerfectly() {
        PageScore s = ShingleMetric.score("One two three four five.", "one two three four five".replace("one", "One"));
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.recall());
        assertTrue(s.exact());
    }

    @Test
    void countsAreNormalisedPerPage() {
        // gold: a b c d e → shingles abcd, bcde; predicted adds f → abcd, bcde, cdef.
        PageScore s = ShingleMetric.score("a b c d e", "a b c d e f");
        assertEquals(2 / 3.0, s.tp(), 1e-9);
        assertEquals(1 / 3.0, s.fp(), 1e-9);
        assertEquals(0.0, s.fn(), 1e-9);
        assertEquals(2 / 3.0, s.precision(), 1e-9);
        assertEquals(1.0, s.recall(), 1e-9);
        assertFalse(s.exact());
    }

    @Test
    void aShortTextIsOneShingleAndAnEmptyOneNone() {
        assertEquals(1.0, ShingleMetric.score("too short", "too short").precision());
        PageScore empty = ShingleMetric.score("some gold text here", "");
        assertFalse(empty.predicted(), "an empty prediction does not count towards precision");
        assertEquals(0.0, empty.recall());
    }

    @Test
    void f1IsComputedFromTheMeansNotAveraged() {
        PageScore perfect = ShingleMetric.score("a b c d e", "a b c d e");
        PageScore nothing = ShingleMetric.score("a b c d e", "");
        Summary s = ShingleMetric.summarize(List.of(perfect, nothing));
        assertEquals(1.0, s.precision(), 1e-9, "only the page that predicted something counts for precision");
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(2 * 0.5 / 1.5, s.f1(), 1e-9);
    }
}
