package io.factline.cli;

import io.factline.eval.AnnotatedCorpus;
import io.factline.eval.FactScore;
import io.factline.eval.ScoredCorpus;
import io.factline.facts.Extraction;
import io.factline.facts.FactExtractor;
import io.factline.registry.Registries;
import io.factline.model.Fact;
import io.factline.nlp.AnnotatedArticle;
import io.factline.nlp.NlpPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code factline eval facts}: precision, recall and F1 of fact extraction on an annotated set. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = {"Extract facts from an annotated document set and score them as corpora/news/README.md "
                + "defines: per language and per metric, with qualifier, as_of and claim agreement; false facts on "
                + "off-topic documents; the calibration table of the confidence; the kinds of error.",
                "Without arguments: the locked test split of silver (texts read from ../shared/corpora)."})
final class EvalFactsCommand implements Runnable {
    private static final double[] FLOORS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95};

    @Option(names = "--split", defaultValue = "test", paramLabel = "SPLIT",
            description = "test (default: the locked split of silver), train (its training split) or dev "
                    + "(the published development gold of ../shared/corpora/news).")
    String split;

    @Option(names = "--gold", paramLabel = "FILE", description = "Score against this gold file (JSON Lines) instead.")
    Path gold;

    @Option(names = "--docs", paramLabel = "FILE",
            description = "Documents --gold annotates exhaustively, one id per line (default: gold-dev.docs next to "
                    + "it when present, else the documents it names).")
    Path docs;

    @Option(names = "--min-confidence", paramLabel = "C",
            description = "Score the facts of at least this confidence (default: the scorer's default).")
    Double minConfidence;

    @Option(names = "--rules", description = "Score the hand-written rules alone (what the scorer is compared with).")
    boolean rules;

    @Option(names = "--agreement",
            description = "Score the second annotator of silver/ against the first on the documents both annotated "
                    + "(no extraction): how far the annotations themselves agree.")
    boolean agreement;

    /** text (default) or json. */
    @picocli.CommandLine.Mixin
    FormatOption format;

    @Option(names = "--errors", description = "Also list every missed and false fact (on stdout, after the tables).")
    boolean errors;

    @Option(names = "--compare-full-nlp",
            description = "Also analyse the documents with --nlp full and score both analyses with the same scorer and "
                    + "confidence: whether the fast English analysis changes the facts.")
    boolean compareFullNlp;

    @picocli.CommandLine.Mixin
    AnalysisOptions analysis;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "With --gold or --split dev: article files or directories (default: <news>/en <news>/zh "
                    + "<news>/headlines).")
    List<String> inputs;


    @Override
    public void run() {
        boolean json = format.get(FormatOption.Format.text, FormatOption.Format.json) == FormatOption.Format.json;
        if (agreement) {
            agreement(Streams.out());
            return;
        }
        if (compareFullNlp && analysis.nlp.mode() == io.factline.nlp.NlpMode.FULL) {
            throw new UsageException("--compare-full-nlp compares --nlp fast with --nlp full: leave out --nlp full");
        }
        FactSets.Loaded set = load();
        Registries registries = Registries.load();
        FactExtractor extractor = new FactExtractor(registries);
        AnnotatedCorpus.Result annotated = new AnnotatedCorpus(analysis.pipeline(registries), analysis.nlpCache)
                .annotate(set.articles(), analysis.threads);
        long t0 = System.nanoTime();
        ScoredCorpus corpus = scored(annotated.articles(), set, extractor);
        double factSeconds = (System.nanoTime() - t0) / 1e9;
        double floor = minConfidence != null ? minConfidence : extractor.scorer().defaultMinConfidence();
        if (floor < 0 || floor > 1) throw new UsageException("--min-confidence must be between 0 and 1");
        List<Fact> predicted = rules ? corpus.ruleFacts() : corpus.facts(floor);
        FactScore score = corpus.score(predicted, set.gold());
        PrintStream out = Streams.out();
        // Unknown when analyses came from the cache: a cached analysis costs nothing, so the share would mean nothing.
        Double factShare = annotated.cached() > 0 ? null
                : factSeconds / Math.max(1e-9, factSeconds + annotated.nlpSeconds());
        Comparison full = compareFullNlp ? compareWithFull(set, registries, extractor, floor, score, annotated) : null;
        if (json) {
            json(out, set, corpus, score, floor, factShare, full);
        } else {
            text(out, set, corpus, score, floor, factSeconds, factShare, annotated);
            if (full != null) full.print(out);
        }
        if (errors) printErrors(score, out, o -> why(corpus.errorKind(o, set.gold()), !rules));
    }

    /**
     * An error's kind as the errors list prints it: "proposed, not chosen (right reading at 0.62)"; the confidence
     * only when the scorer chose (with --rules the rules did).
     */
    static String why(ScoredCorpus.ErrorKind k, boolean scored) {
        String kind = k.kind().substring(k.kind().indexOf(':') + 2);
        if (!k.readFor().isEmpty()) return kind + " (read for " + String.join(", ", k.readFor()) + ")";
        return k.rightReadingConfidence() == null || !scored ? kind
                : String.format(Locale.ROOT, "%s (right reading at %.2f)", kind, k.rightReadingConfidence());
    }

    /** Every candidate of every document with the scorer's confidence in it. */
    private static ScoredCorpus scored(List<AnnotatedArticle> articles, FactSets.Loaded set, FactExtractor extractor) {
        List<ScoredCorpus.Doc> docs = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            Extraction x = extractor.analyse(a);
            docs.add(new ScoredCorpus.Doc(a.article().id(), a.article().lang(), set.offTopic().contains(a.article().id()),
                    x, extractor.confidences(x)));
        }
        return new ScoredCorpus(docs);
    }

    /** The same documents scored on another analysis, beside this run's. */
    private record Comparison(FactScore fast, FactScore full, double fastNlpSeconds, double fullNlpSeconds, boolean timed) {
        void print(PrintStream out) {
            out.printf("%n--nlp fast against --nlp full (same scorer, same confidence):%n");
            out.printf("%-18s %9s %9s %9s %9s %10s%n", "", "F1", "full F1", "change", "as_of", "full as_of");
            compare(out, "all", fast.all(), full.all());
            for (String lang : full.byLang().keySet()) {
                FactScore.Counts a = fast.byLang().get(lang);
                if (a != null) compare(out, "lang " + lang, a, full.byLang().get(lang));
            }
            if (timed) {
                out.printf(Locale.ROOT, "NLP time: %.1f s against %.1f s with --nlp full (%.2f× faster)%n", fastNlpSeconds,
                        fullNlpSeconds, fullNlpSeconds / Math.max(1e-9, fastNlpSeconds));
            }
        }

        private static void compare(PrintStream out, String label, FactScore.Counts a, FactScore.Counts b) {
            out.printf(Locale.ROOT, "%-18s %9.3f %9.3f %+9.3f %9.3f %10.3f%n", label, a.f1(), b.f1(), a.f1() - b.f1(),
                    a.asOfAgreement(), b.asOfAgreement());
        }
    }

    private Comparison compareWithFull(FactSets.Loaded set, Registries registries, FactExtractor extractor, double floor,
                                       FactScore score, AnnotatedCorpus.Result annotated) {
        AnnotatedCorpus.Result fullAnalyses = new AnnotatedCorpus(
                new NlpPipeline(registries.chineseUserWords(), io.factline.nlp.NlpMode.FULL), analysis.nlpCache)
                .annotate(set.articles(), analysis.threads);
        ScoredCorpus corpus = scored(fullAnalyses.articles(), set, extractor);
        FactScore full = corpus.score(rules ? corpus.ruleFacts() : corpus.facts(floor), set.gold());
        return new Comparison(score, full, annotated.nlpSeconds(), fullAnalyses.nlpSeconds(),
                annotated.cached() == 0 && fullAnalyses.cached() == 0);
    }

    /** The second annotator's facts scored as predictions against the first annotator's. */
    private void agreement(PrintStream out) {
        io.factline.eval.SilverSet silver = FactSets.silverSet();
        Map<String, String> langOf = new LinkedHashMap<>();
        List<io.factline.eval.GoldFact> first = new ArrayList<>();
        for (String split : List.of(io.factline.eval.SilverSet.TRAIN, io.factline.eval.SilverSet.TEST)) {
            for (io.factline.eval.SilverSet.Doc d : silver.docs(split, null)) if (d.twice()) langOf.put(d.id(), d.lang());
            for (io.factline.eval.GoldFact g : silver.gold(split).facts()) if (langOf.containsKey(g.doc())) first.add(g);
        }
        List<Fact> second = new ArrayList<>();
        for (io.factline.eval.GoldFact g : silver.second()) {
            second.add(new Fact(null, g.doc(), g.entity(), g.entityMention(), g.metric(), g.value(), g.valueHigh(), g.unit(),
                    g.qualifier(), null, g.asOf(), g.claim(), null, g.sentence(), 0, 0, null, g.lang(), null, null, null, null));
        }
        FactScore score = FactScore.score(second, first, langOf);
        out.printf("agreement: %d documents annotated twice; the second annotator scored against the first%n%n",
                langOf.size());
        out.printf("%-18s %5s %5s %5s %7s %7s %7s %9s %7s %7s%n", "", "tp", "fp", "fn", "P", "R", "F1",
                "qualifier", "as_of", "claim");
        row(out, "all", score.all());
        score.byLang().forEach((k, v) -> row(out, "lang " + k, v));
        if (errors) printErrors(score, out, o -> null);
    }

    private FactSets.Loaded load() {
        if (gold != null) return FactSets.gold(gold, docs, inputs);
        return switch (split) {
            case "dev" -> FactSets.gold(null, null, inputs);
            case "train", "test" -> FactSets.silver(split);
            default -> throw new UsageException("--split must be test, train or dev, not '" + split + "'");
        };
    }

    private void text(PrintStream out, FactSets.Loaded set, ScoredCorpus corpus, FactScore score, double floor,
                      double factSeconds, Double factShare, AnnotatedCorpus.Result annotated) {
        out.printf(Locale.ROOT, "%s: %d documents, %d gold facts scored, %s%n%n", set.name(), corpus.docs().size(),
                score.all().tp() + score.all().fn(), rules ? "hand-written rules alone" : "confidence ≥ " + floor);
        out.printf("%-18s %5s %5s %5s %7s %7s %7s %9s %7s %7s%n", "", "tp", "fp", "fn", "P", "R", "F1",
                "qualifier", "as_of", "claim");
        row(out, "all", score.all());
        score.byLang().forEach((k, v) -> row(out, "lang " + k, v));
        score.byMetric().forEach((k, v) -> row(out, "  " + k, v));
        if (corpus.offTopicDocs(null) > 0 && !rules) {
            out.println();
            for (String lang : List.of("en", "zh")) {
                int n = corpus.offTopicDocs(lang);
                if (n == 0) continue;
                int fp = corpus.falseInOffTopic(set.gold(), floor, lang);
                out.printf(Locale.ROOT, "off-topic %s: %d false core facts in %d documents (%.2f per 20)%n", lang, fp, n,
                        20.0 * fp / n);
            }
        }
        if (!rules) {
            out.printf("%ncalibration: among facts of confidence ≥ c, the share that is right (promise: ≥ c − 0.05)%n");
            out.printf("%6s  %-21s %-21s %-21s%n", "c", "all", "en", "zh");
            List<List<ScoredCorpus.CalibrationRow>> tables = List.of(corpus.calibration(set.gold(), FLOORS, null),
                    corpus.calibration(set.gold(), FLOORS, "en"), corpus.calibration(set.gold(), FLOORS, "zh"));
            for (int i = 0; i < FLOORS.length; i++) {
                StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%6.2f ", FLOORS[i]));
                for (List<ScoredCorpus.CalibrationRow> t : tables) sb.append(String.format(Locale.ROOT, " %-21s", cell(t.get(i))));
                out.println(sb.toString().stripTrailing());
            }
            out.printf("%nerrors at confidence ≥ %s:%n", floor);
            corpus.errorKinds(set.gold(), floor).forEach((k, v) -> out.printf("  %-48s %4d%n", k, v));
        }
        if (factShare == null) {
            out.printf(Locale.ROOT, "%nfact extraction took %.2f s; the NLP of %d of %d documents was read from "
                    + "--nlp-cache (run without it to measure fact extraction's share of the time)%n", factSeconds,
                    annotated.cached(), annotated.articles().size());
        } else {
            out.printf(Locale.ROOT, "%nfact extraction took %.1f %% of the NLP + fact time (NLP %.1f s, facts %.2f s)%n",
                    100 * factShare, annotated.nlpSeconds(), factSeconds);
        }
    }

    private static String cell(ScoredCorpus.CalibrationRow r) {
        if (r.facts() == 0) return "-";
        return String.format(Locale.ROOT, "%.3f of %d%s", r.precision(), r.facts(), r.holds() ? "" : " (!)");
    }

    private void json(PrintStream out, FactSets.Loaded set, ScoredCorpus corpus, FactScore score, double floor,
                      Double factShare, Comparison full) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("set", set.name());
        json.put("documents", corpus.docs().size());
        json.put("min_confidence", rules ? null : floor);
        json.put("all", counts(score.all()));
        Map<String, Object> langs = new LinkedHashMap<>();
        score.byLang().forEach((k, v) -> langs.put(k, counts(v)));
        json.put("lang", langs);
        Map<String, Object> metrics = new LinkedHashMap<>();
        score.byMetric().forEach((k, v) -> metrics.put(k, counts(v)));
        json.put("metric", metrics);
        if (!rules) {
            Map<String, Object> off = new LinkedHashMap<>();
            for (String lang : List.of("en", "zh")) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("documents", corpus.offTopicDocs(lang));
                o.put("false_facts", corpus.falseInOffTopic(set.gold(), floor, lang));
                off.put(lang, o);
            }
            json.put("off_topic", off);
            List<Object> calibration = new ArrayList<>();
            for (ScoredCorpus.CalibrationRow r : corpus.calibration(set.gold(), FLOORS, null)) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("min_confidence", r.floor());
                c.put("facts", r.facts());
                c.put("precision", r.facts() == 0 ? null : round(r.precision()));
                calibration.add(c);
            }
            json.put("calibration", calibration);
            json.put("errors", corpus.errorKinds(set.gold(), floor));
        }
        json.put("fact_stage_time_share", factShare == null ? null : round(factShare));
        if (full != null) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("all", counts(full.full().all()));
            Map<String, Object> fl = new LinkedHashMap<>();
            full.full().byLang().forEach((k, v) -> fl.put(k, counts(v)));
            f.put("lang", fl);
            f.put("nlp_seconds", full.timed() ? round(full.fullNlpSeconds()) : null);
            f.put("this_run_nlp_seconds", full.timed() ? round(full.fastNlpSeconds()) : null);
            json.put("full_nlp", f);
        }
        Formats.jsonLine(out, json);
    }

    /** @param why an error's kind, or null where none is known (the agreement between annotators) */
    static void printErrors(FactScore score, PrintStream out,
                                    java.util.function.Function<FactScore.Outcome, String> why) {
        out.println();
        for (FactScore.Outcome o : score.outcomes()) {
            if (o.kind().equals("match")) {
                Fact p = o.predicted();
                var g = o.gold();
                boolean same = p.qualifier().equals(g.qualifier()) && java.util.Objects.equals(p.asOf(), g.asOf())
                        && p.claim().equals(g.claim());
                if (same) continue;
                out.printf("DIFF   %s %s %s %s | ours %s %s %s | gold %s %s %s | %s%n", p.doc(), p.entity(), p.metric(),
                        Formats.number(p.value()), p.qualifier(), p.asOf(), p.claim(), g.qualifier(), g.asOf(), g.claim(),
                        clip(p.sentence()));
            } else if (o.kind().equals("false")) {
                Fact p = o.predicted();
                out.printf("FALSE  %s %s(%s) %s %s %s %s %s %s%s | %s%n", p.doc(), p.entity(), p.entityMention(), p.metric(),
                        Formats.number(p.value()), p.unit(), p.asOf(), p.claim(), p.confidence(), bracketed(why.apply(o)),
                        clip(p.sentence()));
            } else {
                var g = o.gold();
                out.printf("MISSED %s %s(%s) %s %s %s %s %s%s | %s%n", g.doc(), g.entity(), g.entityMention(), g.metric(),
                        Formats.number(g.value()), g.unit(), g.asOf(), g.claim(), bracketed(why.apply(o)),
                        clip(g.sentence()));
            }
        }
    }

    private static String bracketed(String why) {
        return why == null ? "" : " [" + why + "]";
    }

    private static String clip(String s) {
        String t = s == null ? "" : s.replace('\n', ' ');
        return t.length() > 140 ? t.substring(0, 137) + "..." : t;
    }

    private static void row(PrintStream out, String name, FactScore.Counts c) {
        out.printf(Locale.ROOT, "%-18s %5d %5d %5d %7.3f %7.3f %7.3f %9.3f %7.3f %7.3f%n", name, c.tp(), c.fp(), c.fn(),
                c.precision(), c.recall(), c.f1(), c.qualifierAgreement(), c.asOfAgreement(), c.claimAgreement());
    }

    private static Map<String, Object> counts(FactScore.Counts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tp", c.tp());
        m.put("fp", c.fp());
        m.put("fn", c.fn());
        m.put("precision", round(c.precision()));
        m.put("recall", round(c.recall()));
        m.put("f1", round(c.f1()));
        m.put("qualifier_agreement", round(c.qualifierAgreement()));
        m.put("as_of_agreement", round(c.asOfAgreement()));
        m.put("claim_agreement", round(c.claimAgreement()));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
