package io.factline.cli;

import io.factline.eval.FactScore;
import io.factline.eval.GoldSet;
import io.factline.facts.Registries;
import io.factline.ingest.InputReader;
import io.factline.ingest.Pipeline;
import io.factline.model.Article;
import io.factline.model.Fact;
import io.factline.nlp.AnnotatedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code factline eval facts}: precision, recall and F1 of fact extraction on a gold set. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = {"Extract facts from the documents of a gold set and score them as corpora/news/README.md "
                + "defines: per language and per metric, with qualifier, as_of and claim agreement.",
                "Without arguments: the development gold of ../shared/corpora/news."})
final class EvalFactsCommand implements Runnable {
    private static final Path DEFAULT_NEWS = Path.of("..", "shared", "corpora", "news");

    @Option(names = "--gold", paramLabel = "FILE", description = "Gold facts, JSON Lines (default: <news>/gold-dev.jsonl).")
    Path gold;

    @Option(names = "--docs", paramLabel = "FILE",
            description = "Documents the gold annotates exhaustively, one id per line (default: gold-dev.docs next to "
                    + "the gold file when present, else the documents the gold names).")
    Path docs;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format;

    @Option(names = "--errors", description = "Also list every missed and false fact (on stdout, after the table).")
    boolean errors;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Article files or directories (default: <news>/en <news>/zh <news>/headlines).")
    List<String> inputs;

    enum Format { text, json }

    @Override
    public void run() {
        Path goldFile = gold != null ? gold : DEFAULT_NEWS.resolve("gold-dev.jsonl");
        if (!Files.isRegularFile(goldFile)) throw new UsageException("no gold file at " + goldFile + " (use --gold FILE)");
        Path docsFile = docs != null ? docs : goldFile.resolveSibling("gold-dev.docs");
        if (docs == null && !Files.isRegularFile(docsFile)) docsFile = null;
        GoldSet set = GoldSet.read(goldFile, docsFile);
        List<String> paths = inputs != null && !inputs.isEmpty() ? inputs : List.of(
                goldFile.resolveSibling("en").toString(), goldFile.resolveSibling("zh").toString(),
                goldFile.resolveSibling("headlines").toString());

        Pipeline pipeline = new Pipeline(Registries.load());
        List<Fact> predicted = new ArrayList<>();
        Map<String, String> langOf = new LinkedHashMap<>();
        long[] nanos = new long[2];
        new InputReader(null).read(paths, article -> {
            if (!set.docs().contains(article.id())) return;
            long t0 = System.nanoTime();
            AnnotatedArticle annotated = pipeline.nlp().annotate(article);
            long t1 = System.nanoTime();
            predicted.addAll(pipeline.facts().extract(annotated));
            nanos[0] += t1 - t0;
            nanos[1] += System.nanoTime() - t1;
            Article a = annotated.article();
            langOf.put(a.id(), a.lang());
        });
        if (langOf.size() < set.docs().size()) {
            Streams.err().printf("eval: %d of the %d gold documents were not found in the inputs%n",
                    set.docs().size() - langOf.size(), set.docs().size());
        }
        FactScore score = FactScore.score(predicted, set.facts(), langOf);
        PrintStream out = Streams.out();
        double factShare = nanos[1] / (double) Math.max(1, nanos[0] + nanos[1]);
        if (format == Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("documents", langOf.size());
            json.put("all", counts(score.all()));
            Map<String, Object> langs = new LinkedHashMap<>();
            score.byLang().forEach((k, v) -> langs.put(k, counts(v)));
            json.put("lang", langs);
            Map<String, Object> metrics = new LinkedHashMap<>();
            score.byMetric().forEach((k, v) -> metrics.put(k, counts(v)));
            json.put("metric", metrics);
            json.put("fact_stage_time_share", round(factShare));
            Formats.jsonLine(out, json);
        } else {
            out.printf("%d documents, %d gold facts scored%n%n", langOf.size(), score.all().tp() + score.all().fn());
            out.printf("%-18s %5s %5s %5s %7s %7s %7s %9s %7s %7s%n", "", "tp", "fp", "fn", "P", "R", "F1",
                    "qualifier", "as_of", "claim");
            row(out, "all", score.all());
            score.byLang().forEach((k, v) -> row(out, "lang " + k, v));
            score.byMetric().forEach((k, v) -> row(out, "  " + k, v));
            out.printf("%nfact extraction took %.1f %% of the NLP + fact time (annotation %.1f s, facts %.2f s)%n",
                    100 * factShare, nanos[0] / 1e9, nanos[1] / 1e9);
        }
        if (errors) printErrors(score, out);
    }

    private static void printErrors(FactScore score, PrintStream out) {
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
                out.printf("FALSE  %s %s(%s) %s %s %s %s %s | %s%n", p.doc(), p.entity(), p.entityMention(), p.metric(),
                        Formats.number(p.value()), p.unit(), p.asOf(), p.claim(), clip(p.sentence()));
            } else {
                var g = o.gold();
                out.printf("MISSED %s %s(%s) %s %s %s %s %s | %s%n", g.doc(), g.entity(), g.entityMention(), g.metric(),
                        Formats.number(g.value()), g.unit(), g.asOf(), g.claim(), clip(g.sentence()));
            }
        }
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
