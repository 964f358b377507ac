package io.factline.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Isotonic regression by pool-adjacent-violators: the non-decreasing step function of a score that best fits
 * binary outcomes, which turns a classifier's scores into probabilities (Zadrozny and Elkan, KDD 2002).
 */
final class Isotonic {
    private Isotonic() {
    }

    /** A point of the fitted function: the mean score of a block and the share of positives in it. */
    record Point(double score, double probability, int count) {
    }

    static List<Point> fit(double[] scores, boolean[] outcomes) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        List<double[]> blocks = new ArrayList<>(); // {sum of scores, positives, count}
        for (int i : order) {
            blocks.add(new double[]{scores[i], outcomes[i] ? 1 : 0, 1});
            while (blocks.size() > 1) {
                double[] last = blocks.get(blocks.size() - 1), prev = blocks.get(blocks.size() - 2);
                if (prev[1] / prev[2] < last[1] / last[2]) break;
                prev[0] += last[0];
                prev[1] += last[1];
                prev[2] += last[2];
                blocks.remove(blocks.size() - 1);
            }
        }
        List<Point> out = new ArrayList<>();
        for (double[] b : blocks) out.add(new Point(b[0] / b[2], b[1] / b[2], (int) b[2]));
        return out;
    }
}
