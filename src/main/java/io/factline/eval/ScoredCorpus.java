package io.factline.eval;

import io.factline.facts.Extraction;
import io.factline.facts.FactCandidate;
import io.factline.model.Fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidates of a set of annotated documents with a confidence each: the facts at any confidence floor,
 * their scores against the annotations, the calibration table and the kinds of error.
 */
public final class ScoredCorpus {
    /** One document: its candidates and their confidences. */
    public record Doc(String id, String lang, boolean offTopic, Extraction extraction, double[] confidence) {
    }

    private final List<Doc> docs;
    private final Map<String, Doc> byId = new LinkedHashMap<>();

    public ScoredCorpus(List<Doc> docs) {
        this.docs = List.copyOf(docs);
        for (Doc d : docs) byId.put(d.id(), d);
    }

    public List<Doc> docs() {
        return docs;
    }

    /** The facts of every document at a confidence floor. */
    public List<Fact> facts(double minConfidence) {
        List<Fact> out = new ArrayList<>();
        for (Doc d : docs) out.addAll(d.extraction().select(d.confidence(), minConfidence));
        return out;
    }

    /** The facts the hand-written rules alone give. */
    public List<Fact> ruleFacts() {
        List<Fact> out = new ArrayList<>();
        for (Doc d : docs) out.addAll(d.extraction().selectRules());
        return out;
    }

    public Map<String, String> langOf() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Doc d : docs) m.put(d.id(), d.lang());
        return m;
    }

    public FactScore score(List<Fact> facts, List<GoldFact> gold) {
        return FactScore.score(facts, gold, langOf());
    }

    /** A row of the calibration table: among facts of confidence ≥ {@code floor}, how many were right. */
    public record CalibrationRow(double floor, int facts, int right) {
        public double precision() {
            return facts == 0 ? Double.NaN : right / (double) facts;
        }

        /** What calibration promises: precision at least the floor, less five points. */
        public boolean holds() {
            return facts == 0 || precision() >= floor - 0.05;
        }
    }

    /** The calibration table of the scored facts (core facts about companies, as the score counts them). */
    public List<CalibrationRow> calibration(List<GoldFact> gold, double[] floors, String lang) {
        List<CalibrationRow> rows = new ArrayList<>();
        for (double floor : floors) {
            FactScore s = score(facts(floor), gold);
            FactScore.Counts c = lang == null ? s.all() : s.byLang().getOrDefault(lang, new FactScore.Counts());
            rows.add(new CalibrationRow(floor, c.tp() + c.fp(), c.tp()));
        }
        return rows;
    }

    /** False core facts found in off-topic documents, at a floor. */
    public int falseInOffTopic(List<GoldFact> gold, double minConfidence, String lang) {
        int n = 0;
        FactScore s = score(facts(minConfidence), gold);
        for (FactScore.Outcome o : s.outcomes()) {
            if (!o.kind().equals("false")) continue;
            Doc d = doc(o.predicted().doc());
            if (d != null && d.offTopic() && (lang == null || d.lang().equals(lang))) n++;
        }
        return n;
    }

    public int offTopicDocs(String lang) {
        int n = 0;
        for (Doc d : docs) if (d.offTopic() && (lang == null || d.lang().equals(lang))) n++;
        return n;
    }

    /**
     * Why each error happened, counted: a false fact whose value the annotators gave another entity (wrong
     * entity) or another metric (wrong metric), or did not annotate at all (not a fact); a missed fact whose value
     * no candidate read (not proposed), whose right reading was proposed but scored below the floor or beaten by
     * another reading (not chosen).
     */
    public Map<String, Integer> errorKinds(List<GoldFact> gold, double minConfidence) {
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (FactScore.Outcome o : score(facts(minConfidence), gold).outcomes()) {
            if (!o.kind().equals("match")) kinds.merge(errorKind(o, gold).kind(), 1, Integer::sum);
        }
        return kinds;
    }

    /**
     * Why one error happened ({@link #errorKinds}); for a missed fact whose right reading was proposed, the highest
     * confidence the scorer gave that reading (what the floor or a surer reading of the same number beat).
     */
    public record ErrorKind(String kind, Double rightReadingConfidence) {
    }

    /** Why an outcome that is not a match happened. */
    public ErrorKind errorKind(FactScore.Outcome o, List<GoldFact> gold) {
        if (o.kind().equals("false")) {
            Fact p = o.predicted();
            String kind = "false: not a fact";
            for (GoldFact g : gold) {
                if (!g.doc().equals(p.doc()) || !FactScore.sameValue(p.value(), g.value())) continue;
                if (g.metric().equals(p.metric())) {
                    kind = g.entity() != null && g.entity().startsWith("MARKET:") ? "false: a market's figure"
                            : "false: wrong entity";
                    break;
                }
                kind = g.metric().startsWith("other:") ? "false: a non-core metric" : "false: wrong metric";
            }
            Doc d = doc(p.doc());
            if (d != null && d.offTopic()) kind += " (off-topic page)";
            return new ErrorKind(kind, null);
        }
        GoldFact g = o.gold();
        Doc d = doc(g.doc());
        if (d == null) return new ErrorKind("missed: not proposed", null);
        List<FactCandidate> cs = d.extraction().candidates();
        boolean valueRead = false;
        Double right = null;
        for (int i = 0; i < cs.size(); i++) {
            FactCandidate c = cs.get(i);
            if (!FactScore.sameValue(c.fact().value(), g.value())) continue;
            valueRead = true;
            if (FactScore.matches(c.fact(), g)) right = right == null ? d.confidence()[i] : Math.max(right, d.confidence()[i]);
        }
        String kind = right != null ? "missed: proposed, not chosen" : valueRead ? "missed: value read, no right reading"
                : "missed: value not read";
        return new ErrorKind(kind, right);
    }

    private Doc doc(String id) {
        return byId.get(id);
    }
}
