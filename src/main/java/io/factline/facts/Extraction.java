package io.factline.facts;

import io.factline.model.Fact;
import io.factline.nlp.Quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate facts of one article ({@link FactExtractor#analyse}) and how to turn scores into facts: each
 * number becomes at most one fact, its best-scored candidate when that one is likely enough; a comparison value
 * only with the fact it compares with; growth rates go to the nearest chosen fact of their clause; what the
 * article says twice is merged.
 */
public final class Extraction {
    private final List<FactCandidate> candidates;
    private final Map<Integer, SentenceView> views;

    Extraction(List<FactCandidate> candidates, List<SentenceView> views) {
        this.candidates = List.copyOf(candidates);
        this.views = new HashMap<>();
        for (SentenceView v : views) this.views.put(v.sentence.index(), v);
    }

    public List<FactCandidate> candidates() {
        return candidates;
    }

    /**
     * The facts of the article.
     *
     * @param confidence    the confidence of each candidate, in the order of {@link #candidates()}
     * @param minConfidence candidates below it are left out
     */
    public List<Fact> select(double[] confidence, double minConfidence) {
        // Merged first: a fact the article states twice is as sure as its surer statement, and keeps both.
        List<Fact> merged = FactMerger.merge(chosen(confidence, 0));
        List<Fact> out = new ArrayList<>();
        for (Fact f : merged) if (f.confidence() != null && f.confidence() >= minConfidence) out.add(f);
        return out;
    }

    /** The facts the hand-written rules alone give (every candidate marked as theirs), for comparison. */
    public List<Fact> selectRules() {
        double[] c = new double[candidates.size()];
        for (int i = 0; i < c.length; i++) c[i] = candidates.get(i).rule() ? 1 : 0;
        return FactMerger.merge(chosen(c, 0.5));
    }

    /**
     * The index of the candidate chosen in each group (-1 where none is), before the confidence floor: what a
     * calibration table is fitted on.
     */
    public Map<Integer, Integer> best(double[] confidence) {
        Map<Integer, Integer> best = new LinkedHashMap<>();
        boolean[] chosen = new boolean[candidates.size()];
        // Levels first, then comparison values, which need the fact they compare with.
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < candidates.size(); i++) {
                FactCandidate c = candidates.get(i);
                boolean prior = c.parent() >= 0;
                if (prior != (pass == 1)) continue;
                if (prior && !chosen[c.parent()]) continue;
                Integer b = best.get(c.group());
                if (b == null || b < 0 || confidence[i] > confidence[b]) best.put(c.group(), i);
            }
            for (int i : best.values()) if (i >= 0) chosen[i] = true;
        }
        return best;
    }

    private List<Fact> chosen(double[] confidence, double minConfidence) {
        if (confidence.length != candidates.size()) {
            throw new IllegalArgumentException(confidence.length + " scores for " + candidates.size() + " candidates");
        }
        boolean[] kept = new boolean[candidates.size()];
        for (int pass = 0; pass < 2; pass++) {
            Map<Integer, Integer> best = new LinkedHashMap<>();
            for (int i = 0; i < candidates.size(); i++) {
                FactCandidate c = candidates.get(i);
                boolean prior = c.parent() >= 0;
                if (prior != (pass == 1) || prior && !kept[c.parent()]) continue;
                Integer b = best.get(c.group());
                if (b == null || confidence[i] > confidence[b]) best.put(c.group(), i);
            }
            for (int i : best.values()) if (confidence[i] >= minConfidence) kept[i] = true;
        }
        Map<Integer, List<Integer>> bySentence = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (kept[i]) bySentence.computeIfAbsent(candidates.get(i).sentence(), k -> new ArrayList<>()).add(i);
        }
        List<Fact> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : bySentence.entrySet()) {
            List<Integer> idx = e.getValue();
            Double[] yoy = growth(views.get(e.getKey()), idx);
            for (int k = 0; k < idx.size(); k++) {
                Fact f = candidates.get(idx.get(k)).fact().withConfidence(confidence[idx.get(k)]);
                out.add(yoy[k] == null ? f : f.withYoy(yoy[k]));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Each growth rate of the sentence goes to the nearest chosen figure of its clause as its {@code yoy}. */
    private Double[] growth(SentenceView v, List<Integer> idx) {
        Double[] yoy = new Double[idx.size()];
        if (v == null) return yoy;
        for (SentenceView.Growth g : v.growth) {
            int best = -1, bestDistance = Integer.MAX_VALUE;
            for (int k = 0; k < idx.size(); k++) {
                FactCandidate c = candidates.get(idx.get(k));
                Quantity q = g.quantity();
                int from = Math.min(c.end(), q.end()), to = Math.max(c.start(), q.start());
                if (Boundaries.hard(v.sentence.between(from, to))) continue;
                int d = Math.abs(q.start() - c.start());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = k;
                }
            }
            if (best >= 0 && yoy[best] == null) yoy[best] = g.rate();
        }
        return yoy;
    }
}
