package io.factline.cli;

import io.factline.registry.Registries;
import io.factline.ingest.InputReader;
import io.factline.ingest.Pipeline;
import io.factline.model.Fact;
import io.factline.nlp.NlpPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** {@code factline extract}: metric facts of the given inputs, nothing stored. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print the metric facts of articles; nothing is stored.", "Formats: jsonl (default), csv."})
final class ExtractCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date for inputs that carry none (YYYY-MM-DD); relative dates resolve against it.")
    String published;

    @picocli.CommandLine.Mixin
    NlpModeOption nlp;

    @picocli.CommandLine.Mixin
    FormatOption format;

    @picocli.CommandLine.Mixin
    ConfidenceOption confidence;

    @picocli.CommandLine.Mixin
    ArticleBudgetOption articleBudget;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores); the "
            + "facts come out in the order of the inputs whatever the number.")
    Integer threads;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or directories: " + InputReader.SUPPORTED + "; - reads a text from standard input.")
    List<String> inputs;

    /** Long inputs say how far they are every so often. */
    private static final long PROGRESS_EVERY_NANOS = 10_000_000_000L;

    /** An article on its way: where it came from, and what its analysis will give. */
    private record Pending(String origin, Future<Outcome> outcome) {
    }

    /** An article's facts, or why it has none: what the analysis said (abandoned, failed), and a cut report. */
    private record Outcome(List<Fact> facts, String cut, String problem) {
    }

    /** What has been printed so far. */
    private static final class Totals {
        final long t0;
        long articles, facts, lastProgress;
        int failed;

        Totals(long t0) {
            this.t0 = t0;
            this.lastProgress = t0;
        }
    }

    private static Outcome analyse(Pipeline pipeline, io.factline.ingest.ArticleBudget budget,
                                   io.factline.model.Article article, String origin) {
        try {
            io.factline.ingest.ExtractedArticle x = budget.process(pipeline, article);
            return new Outcome(x.facts(), x.cut() ? x.cutReport(origin) : null, null);
        } catch (io.factline.ingest.ArticleBudget.Exceeded e) {
            return new Outcome(List.of(), null, "abandoned: " + origin + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // One article that breaks the analysis must not cost the others.
            return new Outcome(List.of(), null, "failed: " + origin + ": " + io.factline.ingest.Ingester.reason(e));
        }
    }

    private static void print(Pending p, PrintStream out, PrintStream err, boolean csv, Totals totals) {
        Outcome o;
        try {
            o = p.outcome().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting " + p.origin(), e);
        } catch (ExecutionException e) {
            o = new Outcome(List.of(), null, "failed: " + p.origin() + ": " + io.factline.ingest.Ingester.reason(e.getCause()));
        }
        if (o.cut() != null) err.println("extract: " + o.cut());
        if (o.problem() != null) {
            totals.failed++;
            err.println("extract: " + o.problem());
            return;
        }
        for (Fact f : o.facts()) {
            if (csv) Formats.factCsv(out, f);
            else Formats.jsonLine(out, f);
            totals.facts++;
        }
        totals.articles++;
        long now = System.nanoTime();
        if (now - totals.lastProgress >= PROGRESS_EVERY_NANOS) {
            totals.lastProgress = now;
            err.printf("extract: %d articles, %d facts, %.1f articles/s%n", totals.articles, totals.facts,
                    totals.articles / ((now - totals.t0) / 1e9));
        }
    }

    @Override
    public Integer call() {
        PrintStream out = Streams.out();
        PrintStream err = Streams.err();
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) throw new UsageException("--threads: expected at least 1, not " + n);
        NlpPipeline.loadNotices(m -> err.println("extract: " + m));
        Pipeline pipeline = new Pipeline(Registries.load(), confidence.value(), nlp.mode());
        InputReader reader = new InputReader(Args.publishedDate(published),
                problem -> err.println("extract: " + problem));
        boolean csv = format.get(FormatOption.Format.jsonl, FormatOption.Format.csv) == FormatOption.Format.csv;
        if (csv) Formats.factCsvHeader(out);
        io.factline.ingest.ArticleBudget budget = articleBudget.budget();
        // Articles are analysed on n workers and printed by this thread in the order read: a window of 4 per worker
        // bounds what is held in memory (the reader waits for the oldest article when the window is full).
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "factline-extract");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> window = new ArrayDeque<>();
        Totals totals = new Totals(System.nanoTime());
        try {
            reader.readWithOrigins(inputs, (article, origin) -> {
                window.add(new Pending(origin, pool.submit(() -> analyse(pipeline, budget, article, origin))));
                while (window.size() >= 4 * n) print(window.poll(), out, err, csv, totals);
            });
        } finally {
            // Whatever stopped the reading, the articles already read are printed.
            try {
                while (!window.isEmpty()) print(window.poll(), out, err, csv, totals);
            } finally {
                pool.shutdownNow();
            }
        }
        out.flush();
        String failures = FailureSummary.of(reader.problems(), totals.failed);
        if (failures == null) return 0;
        err.println("factline: " + failures + " (see above); the facts of the others are printed");
        return 1;
    }
}
