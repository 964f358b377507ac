package io.factline.cli;

import io.factline.facts.FactScorer;
import picocli.CommandLine.Option;

/** {@code --min-confidence C}: facts below this confidence are left out; the fact scorer's default when not given. */
final class ConfidenceOption {
    @Option(names = "--min-confidence", paramLabel = "C",
            description = "Leave out facts of lower confidence, 0 to 1 (default: the fact scorer's, chosen in "
                    + "training for a cross-validated precision of 0.85).")
    Double minConfidence;

    /** The floor asked for, or the scorer's default; a usage error outside [0, 1]. */
    double value() {
        if (minConfidence == null) return FactScorer.load().defaultMinConfidence();
        if (minConfidence.isNaN() || minConfidence < 0 || minConfidence > 1) {
            throw new UsageException("--min-confidence must be between 0 and 1, not " + minConfidence);
        }
        return minConfidence;
    }
}
