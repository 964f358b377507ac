package io.factline.facts;

import io.factline.model.ModelFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trained judge of candidate facts ({@code models/fact-scorer.tsv}, written by {@code factline train facts}):
 * two logistic regressions over the candidates' binary features, one judging the reading of the number (is it
 * this metric's value?) from every feature but the entity's, one judging the entity given the reading from the
 * entity's features ({@code e.*}); a calibration table turns their product into the probability that the fact is
 * right as a whole. Scoring is sums of weights: no library is needed to apply it.
 */
public final class FactScorer {
    /** The model file under {@code models/}. */
    public static final String FILE = "fact-scorer.tsv";

    private final Map<String, Double> weights;
    private final Map<String, Double> entityWeights;
    /** Calibration tables by language ("" for the one of every language): {scores, probabilities}. */
    private final Map<String, double[][]> calibrations;
    private final double defaultMinConfidence;

    /**
     * @param weights              feature → weight of the logistic regression
     * @param calibrationScores    raw scores, increasing, of the calibration table
     * @param calibrationProbs     the probability of each of them (non-decreasing); empty: no calibration
     * @param defaultMinConfidence the confidence below which facts are left out unless asked for
     */
    public FactScorer(Map<String, Double> weights, double[] calibrationScores, double[] calibrationProbs,
                      double defaultMinConfidence) {
        this(weights, Map.of(), Map.of("", new double[][]{calibrationScores, calibrationProbs}), defaultMinConfidence);
    }

    /**
     * @param weights       the reading's model (or the only one)
     * @param entityWeights the entity's model; empty: the reading's model judges the whole candidate
     * @param calibrations  calibration tables {scores, probabilities} by language, "" for every language
     */
    public FactScorer(Map<String, Double> weights, Map<String, Double> entityWeights,
                      Map<String, double[][]> calibrations, double defaultMinConfidence) {
        this.weights = Map.copyOf(weights);
        this.entityWeights = Map.copyOf(entityWeights);
        this.calibrations = Map.copyOf(calibrations);
        this.defaultMinConfidence = defaultMinConfidence;
    }

    /** The scorer packaged with factline. */
    public static FactScorer load() {
        return load(FILE);
    }

    /** A linear model of this format packaged under {@code models/}. */
    static FactScorer load(String file) {
        return read(ModelFile.load(file));
    }

    static FactScorer read(ModelFile file) {
        int kind = file.column("kind"), name = file.column("name"), value = file.column("value");
        Map<String, Double> weights = new HashMap<>(), entityWeights = new HashMap<>();
        Map<String, List<double[]>> tables = new HashMap<>();
        double min = 0.5;
        for (String[] row : file.rows()) {
            String k = row[kind];
            if (k.equals("weight")) weights.put(row[name], Double.parseDouble(row[value]));
            else if (k.equals("entity-weight")) entityWeights.put(row[name], Double.parseDouble(row[value]));
            else if (k.equals("calibration") || k.startsWith("calibration-")) {
                String lang = k.equals("calibration") ? "" : k.substring("calibration-".length());
                tables.computeIfAbsent(lang, x -> new ArrayList<>())
                        .add(new double[]{Double.parseDouble(row[name]), Double.parseDouble(row[value])});
            } else if (k.equals("setting")) {
                if (row[name].equals("default_min_confidence")) min = Double.parseDouble(row[value]);
            } else {
                throw new IllegalStateException(FILE + ": unknown row kind " + k);
            }
        }
        Map<String, double[][]> calibrations = new HashMap<>();
        tables.forEach((lang, points) -> {
            points.sort((a, b) -> Double.compare(a[0], b[0]));
            double[] sc = new double[points.size()], p = new double[points.size()];
            for (int i = 0; i < sc.length; i++) {
                sc[i] = points.get(i)[0];
                p[i] = points.get(i)[1];
            }
            calibrations.put(lang, new double[][]{sc, p});
        });
        return new FactScorer(weights, entityWeights, calibrations, min);
    }

    /** The uncalibrated probability: the reading's, times the entity's when there is an entity model. */
    public double raw(List<String> features) {
        double p = sigmoid(sum(weights, features));
        return entityWeights.isEmpty() ? p : p * sigmoid(sum(entityWeights, features));
    }

    private static double sum(Map<String, Double> weights, List<String> features) {
        double z = 0;
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) z += w;
        }
        return z;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** The calibrated probability that a candidate with these features is a right fact. */
    public double confidence(List<String> features) {
        return calibrate(raw(features), "");
    }

    /** The same, by the calibration table of the candidate's language when there is one. */
    public double confidence(List<String> features, String lang) {
        return calibrate(raw(features), lang);
    }

    /** Maps a raw score through the calibration table of every language. */
    public double calibrate(double raw) {
        return calibrate(raw, "");
    }

    /**
     * Maps a raw score through a language's calibration table (that of every language when it has none): linear
     * between its points, flat beyond its ends; no table, no change.
     */
    public double calibrate(double raw, String lang) {
        double[][] t = calibrations.get(lang == null ? "" : lang);
        if (t == null) t = calibrations.get("");
        if (t == null || t[0].length == 0) return raw;
        double[] xs = t[0], ys = t[1];
        int n = xs.length;
        if (raw <= xs[0]) return ys[0];
        if (raw >= xs[n - 1]) return ys[n - 1];
        int hi = 1;
        while (xs[hi] < raw) hi++;
        double x0 = xs[hi - 1], x1 = xs[hi];
        double y0 = ys[hi - 1], y1 = ys[hi];
        return x1 == x0 ? y1 : y0 + (y1 - y0) * (raw - x0) / (x1 - x0);
    }

    /**
     * The minimum confidence commands apply unless told otherwise (chosen in training for a cross-validated
     * precision of 0.85).
     */
    public double defaultMinConfidence() {
        return defaultMinConfidence;
    }

    public int size() {
        return weights.size();
    }
}
