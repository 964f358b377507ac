package io.factline.eval;

import io.factline.facts.Extraction;
import io.factline.facts.FactCandidate;
import io.factline.model.Fact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

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

    /** The same candidates and confidences, of the documents whose ids pass the test only. */
    public ScoredCorpus only(Predicate<String> id) {
        return new ScoredCorpus(docs.stream().filter(d -> id.test(d.id())).toList());
    }

    /**
     * Average precision of the facts ranked by confidence (each number's best reading), by language and for
     * {@code all}: the area under the precision–recall curve, a measure of the ranking whatever the floor.
     * Floors are taken at 200 quantiles of the confidences.
     */
    public Map<String, Double> averagePrecision(List<GoldFact> gold) {
        List<Double> values = new ArrayList<>();
        for (Fact f : facts(0)) values.add(f.confidence());
        Collections.sort(values);
        Map<String, Double> area = new TreeMap<>();
        Map<String, Double> reached = new HashMap<>();
        for (int q = 200; q >= 0 && !values.isEmpty(); q--) {
            double floor = values.get(Math.min(values.size() - 1, (int) ((long) q * values.size() / 200)));
            FactScore s = score(facts(floor), gold);
            Map<String, FactScore.Counts> parts = new TreeMap<>(s.byLang());
            parts.put("all", s.all());
            parts.forEach((k, c) -> {
                double before = reached.getOrDefault(k, 0.0);
                if (c.recall() > before) area.merge(k, (c.recall() - before) * c.precision(), Double::sum);
                reached.put(k, Math.max(before, c.recall()));
            });
        }
        return area;
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
    public record ErrorKind(String kind, Double rightReadingConfidence, SortedSet<String> readFor) {
        ErrorKind(String kind, Double rightReadingConfidence) {
            this(kind, rightReadingConfidence, new TreeSet<>());
        }
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
        boolean valueRead = false, metricRead = false, entityRead = false;
        Double right = null;
        SortedSet<String> readFor = new TreeSet<>();
        for (int i = 0; i < cs.size(); i++) {
            FactCandidate c = cs.get(i);
            if (!FactScore.sameValue(c.fact().value(), g.value())) continue;
            valueRead = true;
            if (FactScore.matches(c.fact(), g)) right = right == null ? d.confidence()[i] : Math.max(right, d.confidence()[i]);
            if (c.fact().metric().equals(g.metric())) {
                metricRead = true;
                readFor.add(c.fact().entity() + "(" + c.fact().entityMention() + ")");
            }
            if (FactScore.sameEntity(c.fact(), g)) entityRead = true;
        }
        // Which half of the reading no candidate of the value had: the metric (the number was tied to another word)
        // or the entity (the right metric, but only for other names).
        String kind = right != null ? "missed: proposed, not chosen"
                : !valueRead ? "missed: value not read"
                : metricRead ? "missed: value read, never with its entity"
                : entityRead ? "missed: value read, never as its metric"
                : "missed: value read, neither its metric nor its entity";
        return new ErrorKind(kind, right, right == null ? readFor : new TreeSet<>());
    }

    private Doc doc(String id) {
        return byId.get(id);
    }
}
