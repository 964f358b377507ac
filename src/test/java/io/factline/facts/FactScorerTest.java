package io.factline.facts;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fact scorer's arithmetic: two logistic regressions multiplied, then a calibration table per language. */
class FactScorerTest {
    private final FactScorer scorer = new FactScorer(Map.of("bias", 0.0, "m=revenue", 2.0), Map.of("e.kind=REGISTRY", 1.0),
            Map.of("", new double[][]{{0.2, 0.6}, {0.1, 0.9}}, "zh", new double[][]{{0.2, 0.6}, {0.3, 0.5}}), 0.7);

    @Test
    void theRawScoreIsTheReadingsProbabilityTimesTheEntitys() {
        double reading = 1 / (1 + Math.exp(-2.0)), entity = 1 / (1 + Math.exp(-1.0));
        assertEquals(reading * entity, scorer.raw(List.of("bias", "m=revenue", "e.kind=REGISTRY")), 1e-12);
        assertEquals(0.5 * 0.5, scorer.raw(List.of("bias")), 1e-12, "unknown features weigh nothing");
    }

    @Test
    void calibrationInterpolatesBetweenItsPointsAndIsFlatBeyondThem() {
        assertEquals(0.1, scorer.calibrate(0.05), 1e-12);
        assertEquals(0.5, scorer.calibrate(0.4), 1e-12);
        assertEquals(0.9, scorer.calibrate(0.99), 1e-12);
        assertEquals(0.4, scorer.calibrate(0.4, "zh"), 1e-12, "a language's own table");
        assertEquals(0.5, scorer.calibrate(0.4, "en"), 1e-12, "a language without a table takes the common one");
        assertEquals(0.7, scorer.defaultMinConfidence());
    }
}
