package io.factline.train;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.stats.Counter;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import io.factline.eval.FactScore;
import io.factline.eval.GoldFact;
import io.factline.facts.Extraction;
import io.factline.facts.FactCandidate;
import io.factline.facts.FactScorer;
import io.factline.model.Fact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains the fact scorer: every candidate of the training documents is labelled right or wrong against their
 * annotations, a logistic regression with a Gaussian prior (CoreNLP's {@link LinearClassifierFactory}, quasi-Newton)
 * learns the weights of the candidates' binary features, and document-level cross-validation gives every
 * training candidate a score from a model that never saw its document: those scores calibrate the model
 * (isotonic regression over the candidates the decoder would choose) and set the default confidence floor.
 */
public final class FactTrainer {
    private static final String RIGHT = "right", WRONG = "wrong";

    private FactTrainer() {
    }

    /**
     * One training document: its candidates, whether each is right as a whole, and whether each reads its number
     * rightly (the metric's value, whatever the entity).
     */
    public record Example(String doc, String lang, Extraction extraction, boolean[] labels, boolean[] readings) {
    }

    /** The two models of the scorer: the reading's and the entity's weights. */
    public record Models(Map<String, Double> reading, Map<String, Double> entity) {
        public FactScorer scorer() {
            return new FactScorer(reading, entity, Map.of(), 0.5);
        }
    }

    /** Whether a feature (with or without its language prefix) describes the entity: the entity model's. */
    static boolean isEntityFeature(String f) {
        String g = f.length() > 3 && f.charAt(2) == '|' ? f.substring(3) : f;
        return g.startsWith("e.");
    }

    private static boolean isBias(String f) {
        return f.equals("bias") || f.endsWith("|bias");
    }

    /** The joint feature of the hand-written rules' own choice, which neither model uses. */
    private static boolean isRule(String f) {
        return f.equals("rule") || f.endsWith("|rule");
    }

    /**
     * Whether each candidate reads its number rightly: an annotation gives that value to that metric (for a
     * non-core reading, to any non-core metric), whatever the entity.
     */
    public static boolean[] readings(Extraction x, List<GoldFact> gold) {
        List<FactCandidate> candidates = x.candidates();
        boolean[] out = new boolean[candidates.size()];
        for (int i = 0; i < out.length; i++) {
            Fact f = candidates.get(i).fact();
            boolean core = FactScore.isCoreMetric(f.metric());
            for (GoldFact g : gold) {
                if (!g.doc().equals(f.doc()) || !FactScore.sameValue(f.value(), g.value())) continue;
                if (core ? g.metric().equals(f.metric()) : g.metric().startsWith("other:")) {
                    out[i] = true;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether each candidate is right as a whole by the scoring rules of corpora/news/README.md: a core fact when
     * an annotation has its metric, value and entity; a market figure when an annotation gives the market that
     * metric and value; a non-core reading ({@code other:*}) when the annotators also read the number as a
     * non-core metric, whatever its entity (the scorer learns from it that the number is not a core fact).
     */
    public static boolean[] label(Extraction x, List<GoldFact> gold) {
        List<FactCandidate> candidates = x.candidates();
        boolean[] out = new boolean[candidates.size()];
        for (int i = 0; i < out.length; i++) {
            Fact f = candidates.get(i).fact();
            boolean market = f.entity().startsWith("MARKET:");
            for (GoldFact g : gold) {
                if (!g.doc().equals(f.doc()) || !FactScore.sameValue(f.value(), g.value())) continue;
                boolean right;
                if (!FactScore.isCoreMetric(f.metric())) right = g.metric().startsWith("other:");
                else if (market) right = g.entity() != null && g.entity().startsWith("MARKET:") && g.metric().equals(f.metric());
                else right = FactScore.matches(f, g);
                if (right) {
                    out[i] = true;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Fits the logistic regression.
     *
     * @param sigma    standard deviation of the Gaussian prior on each weight (smaller: simpler model)
     * @param minCount features seen in fewer candidates are left out
     */
    public static Models fit(List<Example> examples, double sigma, int minCount) {
        List<List<String>> readingX = new ArrayList<>(), entityX = new ArrayList<>();
        List<Boolean> readingY = new ArrayList<>(), entityY = new ArrayList<>();
        for (Example e : examples) {
            List<FactCandidate> cs = e.extraction().candidates();
            Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < cs.size(); i++) {
                FactCandidate c = cs.get(i);
                // A reading is judged once, whatever entities it is proposed with.
                if (seen.add(c.group() + "|" + c.fact().metric())) {
                    List<String> fs = new ArrayList<>();
                    for (String f : c.features()) if (!isEntityFeature(f) && !isRule(f)) fs.add(f);
                    readingX.add(fs);
                    readingY.add(e.readings()[i]);
                }
                // The entity is judged where the reading is right: which of the entities proposed is its.
                if (e.readings()[i]) {
                    List<String> fs = new ArrayList<>();
                    for (String f : c.features()) if (isEntityFeature(f) || isBias(f)) fs.add(f);
                    entityX.add(fs);
                    entityY.add(e.labels()[i]);
                }
            }
        }
        double entitySigma = Double.parseDouble(System.getProperty("factline.entitySigma", Double.toString(sigma)));
        return new Models(logistic(readingX, readingY, sigma, minCount), logistic(entityX, entityY, entitySigma, minCount));
    }

    /**
     * A binary logistic regression over named features, with a Gaussian prior of width {@code sigma} on each
     * weight; features seen in fewer than {@code minCount} examples are left out.
     */
    public static Map<String, Double> logistic(List<List<String>> features, List<Boolean> labels, double sigma,
                                               int minCount) {
        RedwoodConfiguration.current().clear().apply();
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> fs : features) for (String f : fs) counts.merge(f, 1, Integer::sum);
        Dataset<String, String> data = new Dataset<>();
        for (int i = 0; i < features.size(); i++) {
            List<String> kept = new ArrayList<>();
            for (String f : features.get(i)) if (counts.get(f) >= minCount) kept.add(f);
            data.add(kept, labels.get(i) ? RIGHT : WRONG);
        }
        Map<String, Double> weights = new HashMap<>();
        if (data.size() == 0 || data.labelIndex().size() < 2) return weights;
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.useQuasiNewton();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        LinearClassifier<String, String> lr = factory.trainClassifier(data);
        Map<String, Counter<String>> byLabel = lr.weightsAsMapOfCounters();
        Counter<String> right = byLabel.get(RIGHT), wrong = byLabel.get(WRONG);
        Set<String> all = new LinkedHashSet<>(right.keySet());
        all.addAll(wrong.keySet());
        // Two classes: P(right) = σ(Σ (w_right − w_wrong)); the difference is the binary model's weight.
        for (String f : all) {
            double w = right.getCount(f) - wrong.getCount(f);
            if (Math.abs(w) > 1e-6) weights.put(f, w);
        }
        return weights;
    }

    /** Deals {@code n} documents to {@code folds} folds at random, by a fixed seed. */
    public static int[] folds(int n, int folds, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        Collections.shuffle(order, new Random(seed));
        int[] fold = new int[n];
        for (int k = 0; k < order.size(); k++) fold[order.get(k)] = k % folds;
        return fold;
    }

    /**
     * Cross-validated probabilities that each document is about companies' business, from a topic model
     * ({@link io.factline.facts.TopicScorer}) trained on the other folds.
     */
    public static double[] crossValidatedTopics(List<List<String>> docFeatures, List<Boolean> business, int[] fold,
                                                double sigma, int minCount) {
        double[] out = new double[docFeatures.size()];
        int folds = 0;
        for (int f : fold) folds = Math.max(folds, f + 1);
        for (int f = 0; f < folds; f++) {
            List<List<String>> xs = new ArrayList<>();
            List<Boolean> ys = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == f) continue;
                xs.add(docFeatures.get(i));
                ys.add(business.get(i));
            }
            FactScorer model = new FactScorer(logistic(xs, ys, sigma, minCount), new double[0], new double[0], 0.5);
            for (int i = 0; i < fold.length; i++) if (fold[i] == f) out[i] = model.raw(docFeatures.get(i));
        }
        return out;
    }

    /**
     * Scores every candidate with a model trained on the other folds (documents are dealt to folds at random, by
     * a fixed seed): honest scores of the training set, for calibration and for choosing settings.
     */
    public static List<double[]> crossValidated(List<Example> examples, int[] fold, double sigma, int minCount) {
        int folds = 0;
        for (int f : fold) folds = Math.max(folds, f + 1);
        List<double[]> scores = new ArrayList<>();
        for (Example e : examples) scores.add(new double[e.labels().length]);
        for (int f = 0; f < folds; f++) {
            List<Example> train = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) if (fold[i] != f) train.add(examples.get(i));
            FactScorer model = fit(train, sigma, minCount).scorer();
            for (int i = 0; i < examples.size(); i++) {
                if (fold[i] != f) continue;
                List<FactCandidate> cs = examples.get(i).extraction().candidates();
                for (int j = 0; j < cs.size(); j++) scores.get(i)[j] = model.raw(cs.get(j).features());
            }
        }
        return scores;
    }

    /**
     * The calibration table: isotonic regression of rightness on the raw score, over the candidates the decoder
     * chooses (each number's best), which are the facts a confidence is given to.
     */
    public static List<Isotonic.Point> calibration(List<Example> examples, List<double[]> raw) {
        return calibration(examples, raw, null);
    }

    /** The calibration table of one language's documents (null: of all). */
    public static List<Isotonic.Point> calibration(List<Example> examples, List<double[]> raw, String lang) {
        List<Double> s = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            if (lang != null && !e.lang().equals(lang)) continue;
            for (int idx : e.extraction().best(raw.get(i)).values()) {
                s.add(raw.get(i)[idx]);
                y.add(e.labels()[idx]);
            }
        }
        double[] scores = new double[s.size()];
        boolean[] outcomes = new boolean[y.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = s.get(i);
            outcomes[i] = y.get(i);
        }
        return Isotonic.fit(scores, outcomes);
    }

    /** A scorer from models and calibration tables by language ("" for every language). */
    public static FactScorer scorer(Models models, Map<String, List<Isotonic.Point>> calibrations, double minConfidence) {
        Map<String, double[][]> tables = new java.util.HashMap<>();
        calibrations.forEach((lang, points) -> {
            double[] s = new double[points.size()], p = new double[points.size()];
            for (int i = 0; i < s.length; i++) {
                s[i] = points.get(i).score();
                p[i] = points.get(i).probability();
            }
            tables.put(lang, new double[][]{s, p});
        });
        return new FactScorer(models.reading(), models.entity(), tables, minConfidence);
    }

    /** Calibration tables of the cross-validated scores: one for every language, one for each. */
    public static Map<String, List<Isotonic.Point>> calibrations(List<Example> examples, List<double[]> raw) {
        Map<String, List<Isotonic.Point>> out = new java.util.LinkedHashMap<>();
        out.put("", calibration(examples, raw, null));
        for (String lang : List.of("en", "zh")) {
            List<Isotonic.Point> t = calibration(examples, raw, lang);
            if (!t.isEmpty()) out.put(lang, t);
        }
        return out;
    }
}
