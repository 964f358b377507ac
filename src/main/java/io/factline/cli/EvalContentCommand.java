package io.factline.cli;

import io.factline.cli.ContentEvaluation.PageResult;
import io.factline.cli.ContentEvaluation.Run;
import io.factline.content.ShingleMetric;
import io.factline.content.ShingleMetric.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/** {@code factline eval content}: precision, recall and F1 of the extracted article text on a labelled set. */
@Command(name = "content", mixinStandardHelpOptions = true,
        description = {"Extract every labelled page and score the text as the ScrapingHub article-extraction "
                + "benchmark does (4-token shingles, precision and recall averaged over pages, F1 of the means; "
                + "each Han character is one token). Also scores titles and published dates where labelled.",
                "Rows: all pages, the development part and the held-out third (pages whose id hashes to 0 mod 3).",
                "Speed, the worst pages and the titles and dates that disagree with their labels go to standard error."})
final class EvalContentCommand implements Runnable {
    @Option(names = "--gold", required = true, paramLabel = "GOLD",
            description = {"The labels: a ground-truth.json of the ScrapingHub benchmark ({id: {articleBody, url}}), "
                    + "or a directory of <id>.json files with body (or articleBody) and optionally url, title, "
                    + "publish_time, must_contain, must_not_contain."})
    Path gold;

    @Parameters(index = "0", paramLabel = "PAGES_DIR",
            description = "Directory of the pages: <id>.html, <id>.htm, or either .gz.")
    Path pages;

    /** text (default; "table" as before) or json. */
    @picocli.CommandLine.Mixin
    FormatOption format;

    @Option(names = "--worst", defaultValue = "10", paramLabel = "N",
            description = "List the N pages of lowest F1 on standard error (default 10; 0: none).")
    int worst;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Score another extractor's output ({id: {articleBody}}) instead of running ours.")
    Path predictions;

    @Option(names = "--repeat", defaultValue = "1", paramLabel = "N",
            description = "Extract every page N times and time the last run (the first runs warm the JVM up).")
    int repeat;


    @Override
    public void run() {
        if (repeat < 1) throw new UsageException("--repeat must be at least 1");
        if (worst < 0) throw new UsageException("--worst must be 0 or more");
        boolean json = format.get(FormatOption.Format.text, FormatOption.Format.json) == FormatOption.Format.json;
        List<GoldPages.Gold> golds = GoldPages.load(gold, pages);
        Run run = predictions != null ? ContentEvaluation.predictions(golds, predictions)
                : ContentEvaluation.extract(golds, repeat);
        Map<String, Object> report = report(run.pages());
        PrintStream out = Streams.out();
        if (json) {
            Formats.jsonLine(out, report);
        } else {
            printTable(out, report);
        }
        out.flush();
        PrintStream err = Streams.err();
        for (PageResult r : run.pages()) {
            if (r.error() != null) err.println("error: " + r.gold().id() + ": " + r.error());
        }
        if (run.timing() != null) printTiming(err, run);
        printWorst(err, run.pages());
        printMismatches(err, run.pages());
    }

    private static Map<String, Object> report(List<PageResult> pages) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pages", pages.size());
        m.put("errors", pages.stream().filter(p -> p.error() != null).count());
        m.put("all", text(pages, p -> true));
        m.put("dev", text(pages, p -> !p.heldOut()));
        m.put("held_out", text(pages, PageResult::heldOut));
        m.put("title", share(pages, PageResult::titleOk));
        m.put("published", share(pages, PageResult::dateOk));
        m.put("published_time", share(pages, PageResult::timeOk));
        int snippets = pages.stream().mapToInt(PageResult::snippets).sum();
        if (snippets > 0) {
            m.put("snippets", Map.of("checked", snippets,
                    "correct", pages.stream().mapToInt(PageResult::snippetsOk).sum()));
        }
        return m;
    }

    private static Map<String, Object> text(List<PageResult> pages, Predicate<PageResult> which) {
        List<ShingleMetric.PageScore> scores = pages.stream().filter(which).map(PageResult::score)
                .filter(Objects::nonNull).toList();
        Summary s = ShingleMetric.summarize(scores);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pages", s.pages());
        m.put("precision", round(s.precision()));
        m.put("recall", round(s.recall()));
        m.put("f1", round(s.f1()));
        m.put("exact", round(s.accuracy()));
        return m;
    }

    private static Map<String, Object> share(List<PageResult> pages, Function<PageResult, Boolean> check) {
        long labelled = pages.stream().map(check).filter(Objects::nonNull).count();
        long correct = pages.stream().map(check).filter(Boolean.TRUE::equals).count();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("labelled", labelled);
        m.put("correct", correct);
        m.put("accuracy", labelled == 0 ? null : round(correct / (double) labelled));
        return m;
    }

    private static Double round(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 10000) / 10000.0;
    }

    @SuppressWarnings("unchecked")
    private static void printTable(PrintStream out, Map<String, Object> report) {
        out.printf(Locale.ROOT, "%-9s %6s %10s %8s %8s %7s%n", "pages", "scored", "precision", "recall", "F1", "exact");
        for (String row : List.of("all", "dev", "held_out")) {
            Map<String, Object> t = (Map<String, Object>) report.get(row);
            out.printf(Locale.ROOT, "%-9s %6d %10s %8s %8s %7s%n", row.replace('_', '-'), (Integer) t.get("pages"),
                    fixed(t.get("precision")), fixed(t.get("recall")), fixed(t.get("f1")), fixed(t.get("exact")));
        }
        for (String field : List.of("title", "published", "published_time")) {
            Map<String, Object> s = (Map<String, Object>) report.get(field);
            if ((Long) s.get("labelled") == 0) continue;
            out.printf(Locale.ROOT, "%-15s %d of %d correct (%s)%n", field.replace('_', ' ') + ":", (Long) s.get("correct"),
                    (Long) s.get("labelled"), fixed(s.get("accuracy")));
        }
        if (report.containsKey("snippets")) {
            Map<String, Object> s = (Map<String, Object>) report.get("snippets");
            out.printf(Locale.ROOT, "%-15s %d of %d right%n", "snippets:", s.get("correct"), s.get("checked"));
        }
        out.println("errors: " + report.get("errors") + " of " + report.get("pages") + " pages");
    }

    private static String fixed(Object v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.3f", (Double) v);
    }

    private static void printTiming(PrintStream err, Run run) {
        double seconds = run.timing().nanos() / 1e9, mb = run.timing().bytes() / 1e6;
        err.printf(Locale.ROOT, "extracted %d pages (%.1f MB) in %.2f s: %.0f pages/s, %.1f MB/s%n",
                run.pages().size(), mb, seconds, run.pages().size() / seconds, mb / seconds);
    }

    /** Titles and dates that disagree with their labels, extracted value first. */
    private void printMismatches(PrintStream err, List<PageResult> pages) {
        List<PageResult> wrong = pages.stream().filter(p -> Boolean.FALSE.equals(p.titleOk())
                || Boolean.FALSE.equals(p.dateOk())).limit(worst).toList();
        if (wrong.isEmpty()) return;
        err.println("title or date not as labelled (extracted | label):");
        for (PageResult p : wrong) {
            if (Boolean.FALSE.equals(p.titleOk())) {
                err.println("  " + p.gold().id() + " title: " + p.article().title() + " | " + p.gold().title());
            }
            if (Boolean.FALSE.equals(p.dateOk())) {
                err.println("  " + p.gold().id() + " published: " + p.article().published() + " | " + p.gold().published());
            }
        }
    }

    private void printWorst(PrintStream err, List<PageResult> pages) {
        List<PageResult> scored = pages.stream().filter(p -> p.score() != null)
                .sorted(Comparator.comparingDouble(p -> p.score().f1())).limit(worst).toList();
        if (scored.isEmpty()) return;
        err.println("worst pages (F1 precision recall id):");
        for (PageResult p : scored) {
            err.printf(Locale.ROOT, "  %.3f %.3f %.3f %s%s%n", p.score().f1(), p.score().precision(), p.score().recall(),
                    p.gold().id(), p.heldOut() ? " (held-out)" : "");
        }
    }
}
