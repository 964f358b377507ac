package io.factline.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the fact scorer's model file, a plain TSV that {@link io.factline.facts.FactScorer} reads. */
public final class ScorerFile {
    private ScorerFile() {
    }

    public static void write(Path file, Map<String, Double> weights, List<Isotonic.Point> calibration,
                             double defaultMinConfidence, String provenance) {
        write(file, weights, Map.of(), Map.of("", calibration), defaultMinConfidence, provenance);
    }

    /** @param calibrations calibration tables by language, "" for the one of every language */
    public static void write(Path file, Map<String, Double> weights, Map<String, Double> entityWeights,
                             Map<String, List<Isotonic.Point>> calibrations, double defaultMinConfidence,
                             String provenance) {
        List<String> lines = new ArrayList<>();
        lines.add("# Fact scorer: judges the candidate facts of io.factline.facts. Written by `factline train facts`; do not edit.");
        lines.add("# " + provenance + ".");
        lines.add("# weight: logistic-regression weight of a binary feature (io.factline.facts.CandidateFeatures)"
                + (entityWeights.isEmpty() ? "." : " in the model of the number's reading;"));
        if (!entityWeights.isEmpty()) lines.add("# entity-weight: the same in the model of the entity, given the reading.");
        lines.add("# calibration: raw score → probability that the fact is right (isotonic regression of the cross-validated");
        lines.add("#     scores); calibration-en, calibration-zh: the same for one language's articles.");
        lines.add("# setting default_min_confidence: the confidence floor commands apply unless told otherwise.");
        lines.add("kind\tname\tvalue");
        lines.add(String.format(Locale.ROOT, "setting\tdefault_min_confidence\t%.2f", defaultMinConfidence));
        calibrations.forEach((lang, points) -> {
            for (Isotonic.Point p : points) {
                lines.add(String.format(Locale.ROOT, "%s\t%.6f\t%.6f", lang.isEmpty() ? "calibration" : "calibration-" + lang,
                        p.score(), p.probability()));
            }
        });
        weights(lines, "weight", weights);
        weights(lines, "entity-weight", entityWeights);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void weights(List<String> lines, String kind, Map<String, Double> weights) {
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(weights.entrySet());
        sorted.sort((a, b) -> a.getKey().compareTo(b.getKey()));
        for (Map.Entry<String, Double> e : sorted) {
            if (e.getKey().contains("\t") || e.getKey().contains("\n")) continue;
            lines.add(String.format(Locale.ROOT, "%s\t%s\t%.6f", kind, e.getKey(), e.getValue()));
        }
    }
}
