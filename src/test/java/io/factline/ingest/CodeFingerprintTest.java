package io.factline.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The version that decides whether an indexed article is redone follows the code and the models, not a constant. */
class CodeFingerprintTest {
    @Test
    void followsTheClassesAndTheModelFiles() {
        String facts = CodeFingerprint.of(List.of("io/factline/facts/"), List.of("metrics.tsv"));
        assertEquals(facts, CodeFingerprint.of(List.of("io/factline/facts/"), List.of("metrics.tsv")), "stable");
        assertNotEquals(facts, CodeFingerprint.of(List.of("io/factline/nlp/"), List.of("metrics.tsv")),
                "other classes, another version");
        assertNotEquals(facts, CodeFingerprint.of(List.of("io/factline/facts/"), List.of("cues.tsv")),
                "other model files, another version");
        assertNotEquals(facts, CodeFingerprint.of(List.of("io/factline/facts/"), List.of()),
                "the model files count");
    }
}
