package io.factline.eval;

import io.factline.model.Fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores predicted facts against gold facts as corpora/news/README.md defines it: a prediction matches a gold
 * fact when the document, the metric and the value (within 0.5 %) agree and the entity agrees (canonical
 * name or mention, either side). Gold facts of non-core metrics ({@code other:*}) or about markets
 * ({@code MARKET:*}) are left out, and so are predictions that are those facts; predictions of non-core
 * metrics are left out. Qualifier, {@code as_of} and claim agreement are measured among matched facts.
 */
public final class FactScore {
    static final double VALUE_TOLERANCE = 0.005;

    /** A matched pair, a miss or a false alarm, for error analysis. */
    public record Outcome(String kind, Fact predicted, GoldFact gold) {
    }

    /** Counts of one slice (a language, a metric, or all). */
    public static final class Counts {
        int tp, fp, fn, qualifierAgree, asOfAgree, claimAgree;

        public int tp() {
            return tp;
        }

        public int fp() {
            return fp;
        }

        public int fn() {
            return fn;
        }

        public double precision() {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double qualifierAgreement() {
            return tp == 0 ? 0 : qualifierAgree / (double) tp;
        }

        public double asOfAgreement() {
            return tp == 0 ? 0 : asOfAgree / (double) tp;
        }

        public double claimAgreement() {
            return tp == 0 ? 0 : claimAgree / (double) tp;
        }
    }

    private final Counts all = new Counts();
    private final Map<String, Counts> byLang = new TreeMap<>();
    private final Map<String, Counts> byMetric = new TreeMap<>();
    private final List<Outcome> outcomes = new ArrayList<>();

    private FactScore() {
    }

    /**
     * @param predicted facts of the documents that have gold (other documents' facts are ignored)
     * @param gold      every gold fact of those documents
     * @param langOf    the language of each document
     */
    public static FactScore score(Collection<Fact> predicted, Collection<GoldFact> gold, Map<String, String> langOf) {
        FactScore s = new FactScore();
        Map<String, List<GoldFact>> goldByDoc = new HashMap<>();
        for (GoldFact g : gold) goldByDoc.computeIfAbsent(g.doc(), k -> new ArrayList<>()).add(g);
        Map<String, List<Fact>> predByDoc = new HashMap<>();
        for (Fact f : predicted) predByDoc.computeIfAbsent(f.doc(), k -> new ArrayList<>()).add(f);
        for (String doc : langOf.keySet()) {
            s.scoreDoc(predByDoc.getOrDefault(doc, List.of()), goldByDoc.getOrDefault(doc, List.of()), langOf.get(doc));
        }
        return s;
    }

    private void scoreDoc(List<Fact> predicted, List<GoldFact> gold, String lang) {
        List<GoldFact> open = new ArrayList<>(gold);
        // A prediction that could be a scored fact or a left-out one (a market figure) is the scored one.
        open.sort((a, b) -> Boolean.compare(a.excluded(), b.excluded()));
        for (Fact p : predicted) {
            GoldFact match = null;
            for (GoldFact g : open) {
                if (matches(p, g)) {
                    match = g;
                    break;
                }
            }
            if (match != null) {
                open.remove(match);
                if (match.excluded()) continue;
                if (!isCoreMetric(p.metric())) continue;
                GoldFact g = match;
                count(lang, p.metric(), c -> {
                    c.tp++;
                    if (p.qualifier().equals(g.qualifier())) c.qualifierAgree++;
                    if (Objects.equals(p.asOf(), g.asOf())) c.asOfAgree++;
                    if (p.claim().equals(g.claim())) c.claimAgree++;
                });
                outcomes.add(new Outcome("match", p, g));
            } else if (isCoreMetric(p.metric()) && !p.entity().startsWith("MARKET:")) {
                count(lang, p.metric(), c -> c.fp++);
                outcomes.add(new Outcome("false", p, null));
            }
        }
        for (GoldFact g : open) {
            if (g.excluded()) continue;
            count(lang, g.metric(), c -> c.fn++);
            outcomes.add(new Outcome("missed", null, g));
        }
    }

    private void count(String lang, String metric, java.util.function.Consumer<Counts> f) {
        f.accept(all);
        f.accept(byLang.computeIfAbsent(lang, k -> new Counts()));
        f.accept(byMetric.computeIfAbsent(metric, k -> new Counts()));
    }

    /** Whether a predicted fact is the gold fact: same document, metric, value (within 0.5 %) and entity. */
    public static boolean matches(Fact p, GoldFact g) {
        if (!p.doc().equals(g.doc()) || !p.metric().equals(g.metric())) return false;
        if (!sameValue(p.value(), g.value())) return false;
        return sameEntity(p, g);
    }

    /** Whether a predicted fact names the gold fact's entity (its name or its mention as written). */
    public static boolean sameEntity(Fact p, GoldFact g) {
        Set<String> ours = names(p.entity(), p.entityMention());
        Set<String> theirs = names(g.entity(), g.entityMention());
        for (String n : ours) if (theirs.contains(n)) return true;
        return false;
    }

    /** Whether a value is the gold value, within 0.5 %. */
    public static boolean sameValue(double predicted, double gold) {
        return Math.abs(predicted - gold) <= VALUE_TOLERANCE * Math.max(Math.abs(gold), 1e-12);
    }

    private static Set<String> names(String a, String b) {
        Set<String> s = new java.util.HashSet<>();
        if (a != null && !a.isBlank()) s.add(a.strip().toLowerCase(Locale.ROOT));
        if (b != null && !b.isBlank()) s.add(b.strip().toLowerCase(Locale.ROOT));
        return s;
    }

    /** The core metric ids of DESIGN.md. */
    static final Set<String> CORE = Set.of("DAU", "MAU", "users", "revenue", "net_profit", "GMV", "funding",
            "valuation", "investment_pledge", "market_share", "shipments", "subscribers", "creators",
            "creators_income");

    public static boolean isCoreMetric(String metric) {
        return CORE.contains(metric);
    }

    public Counts all() {
        return all;
    }

    public Map<String, Counts> byLang() {
        return byLang;
    }

    public Map<String, Counts> byMetric() {
        return byMetric;
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }
}
