package io.factline.cli;

import io.factline.ingest.InputReader;
import io.factline.ingest.Pipeline;
import io.factline.model.Article;
import io.factline.nlp.NlpMode;
import io.factline.nlp.NlpTimes;
import io.factline.registry.Registries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * {@code factline bench extract}: runs content → NLP → facts (→ index with {@code --index}) over any input on
 * worker threads fed through a bounded queue, as {@code ingest} does, and reports throughput, peak heap and where
 * the time goes. The models of the first article's languages load before the clock starts; a language met later
 * loads inside the run (its load notice on stderr says how long that took). {@code --compare-full-nlp} runs the
 * same articles through the fast and the full English analysis in turns ({@link BenchRun} counts each).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Measure extraction on real inputs: articles/s, characters/s, MB/s, peak heap and the time of "
                + "each stage. Nothing is stored (--index writes to a temporary folder, deleted after).",
                "Formats: text (default), json."})
final class BenchExtractCommand implements Callable<Integer> {
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    @Option(names = "--index", description = "Also index each article (Lucene, in a temporary folder).")
    boolean index;

    @Option(names = "--limit", paramLabel = "N", description = "Stop after N articles.")
    Integer limit;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date for inputs that carry none (YYYY-MM-DD).")
    String published;

    @picocli.CommandLine.Mixin
    FormatOption format;

    @picocli.CommandLine.Mixin
    NlpModeOption nlp;

    @Option(names = "--compare-full-nlp",
            description = "Run the inputs through --nlp fast and through --nlp full in this process, taking turns "
                    + "over blocks of articles so that a drift in the machine's speed weighs on both alike, and report "
                    + "both and the ratio of their speeds.")
    boolean compareFullNlp;

    @Option(names = "--warm-up", paramLabel = "N",
            description = "Before measuring, run the inputs N times uncounted through the same models (default: 0), "
                    + "so that the report is of compiled code, as an ingest is after its first minutes: on 2 cores the "
                    + "JIT compilers are busy for about half a minute at the start of a run.")
    int warmUp;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories: " + InputReader.SUPPORTED + ".")
    List<String> inputs;

    /**
     * Articles a comparison runs through one pipeline before the other takes the workers: long enough that the
     * pause between (a block's last articles leave a worker idle) costs about a per cent, short enough that a
     * change in the machine's speed, which drifts by up to a quarter within minutes here, weighs on both alike.
     */
    private static final int COMPARISON_BLOCK = 200;

    @Override
    public Integer call() throws IOException {
        PrintStream err = Streams.err();
        boolean json = format.get(FormatOption.Format.text, FormatOption.Format.json) == FormatOption.Format.json;
        if (limit != null && limit < 1) throw new UsageException("--limit: expected at least 1, not " + limit);
        if (warmUp < 0) throw new UsageException("--warm-up: expected 0 or more passes, not " + warmUp);
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) throw new UsageException("--threads: expected at least 1, not " + n);
        io.factline.nlp.NlpPipeline.loadNotices(m -> err.println("bench: " + m));
        Registries registries = Registries.load();
        if (compareFullNlp && nlp.mode() == NlpMode.FULL) {
            throw new UsageException("--compare-full-nlp compares --nlp fast with --nlp full: leave out --nlp full");
        }
        List<Pipeline> pipelines = new ArrayList<>();
        for (NlpMode mode : compareFullNlp ? List.of(NlpMode.FAST, NlpMode.FULL) : List.of(nlp.mode())) {
            pipelines.add(new Pipeline(registries, Double.NaN, mode));
        }
        for (int pass = 1; pass <= warmUp; pass++) {
            List<BenchReport> w = measure(pipelines, n, err, 0);
            if (w == null) break;
            for (BenchReport r : w) {
                err.printf(Locale.ROOT, "bench: warm-up pass %d of %d, %s NLP: %,d articles in %.1f s, %.2f articles/s%n",
                        pass, warmUp, r.mode().name().toLowerCase(Locale.ROOT), r.articles(), r.seconds(), r.perSecond());
            }
        }
        List<BenchReport> reports = measure(pipelines, n, err, warmUp);
        if (reports == null) {
            err.println("bench: no article in the inputs");
            return 1;
        }
        boolean clean = true;
        for (BenchReport r : reports) clean &= r.failed() == 0 && r.problems() == 0;
        if (json) {
            if (reports.size() == 1) Formats.jsonLine(Streams.out(), reports.get(0).toJson());
            else Formats.jsonLine(Streams.out(), comparisonJson(reports));
        } else {
            for (int i = 0; i < reports.size(); i++) {
                if (i > 0) Streams.out().println();
                reports.get(i).print(Streams.out());
            }
            if (reports.size() == 2) {
                BenchReport a = reports.get(0), b = reports.get(1);
                Streams.out().printf(Locale.ROOT, "%nfast NLP against full NLP: %.2f× the articles/s (%.2f against %.2f); "
                        + "%,d facts against %,d (the same articles in turns of %d, each analysis timed on its own turns)%n",
                        a.perSecond() / b.perSecond(), a.perSecond(), b.perSecond(), a.facts(), b.facts(), COMPARISON_BLOCK);
            }
        }
        return clean ? 0 : 1;
    }

    private static Map<String, Object> comparisonJson(List<BenchReport> reports) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fast", reports.get(0).toJson());
        m.put("full", reports.get(1).toJson());
        m.put("speedup", reports.get(0).perSecond() / reports.get(1).perSecond());
        m.put("turn_articles", COMPARISON_BLOCK);
        return m;
    }

    /**
     * One pass over the inputs, after {@code warmedUp} uncounted ones, a report per pipeline; null when they hold
     * no article. One pipeline streams: the reader feeds the workers through a bounded queue, as {@code ingest}
     * does. Several take turns over blocks of articles (each block through each pipeline, the clock of each
     * counting its own turns), so that the machine's drift does not favour the one measured first.
     */
    private List<BenchReport> measure(List<Pipeline> pipelines, int n, PrintStream err, int warmedUp) throws IOException {
        InputReader reader = new InputReader(Args.publishedDate(published), problem -> err.println("bench: " + problem));
        List<BenchRun> runs = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "factline-bench");
            t.setDaemon(true);
            return t;
        });
        try (BenchRun.HeapSampler heap = new BenchRun.HeapSampler()) {
            for (Pipeline p : pipelines) runs.add(new BenchRun(p, index));
            boolean any = runs.size() == 1 ? stream(reader, runs.get(0), pool, n, heap, err)
                    : inTurns(reader, runs, pool, heap, err);
            if (!any) return null;
            List<BenchReport> out = new ArrayList<>();
            for (BenchRun run : runs) out.add(run.report(reader.problems(), n, warmedUp));
            return out;
        } finally {
            pool.shutdownNow();
            for (BenchRun run : runs) run.close();
        }
    }

    /**
     * Reads the inputs (up to {@code --limit} articles), loads the first article's models into each run's pipeline
     * before handing it on, and counts the reading between articles as each run's; false when there was no article.
     */
    private boolean read(InputReader reader, List<BenchRun> runs, BiConsumer<Article, String> first,
                         BiConsumer<Article, String> next) {
        AtomicInteger submitted = new AtomicInteger();
        long[] readFrom = {System.nanoTime()};
        reader.readWithOrigins(inputs, (article, origin) -> {
            long got = System.nanoTime();
            if (limit != null && submitted.get() >= limit) return;
            if (submitted.getAndIncrement() == 0) {
                // The first languages' models load before the clock starts.
                for (BenchRun run : runs) run.pipeline.nlp().warmUpFor(article);
                first.accept(article, origin);
            } else {
                for (BenchRun run : runs) run.addReading(got - readFrom[0]);
                next.accept(article, origin);
            }
            readFrom[0] = System.nanoTime();
        });
        return submitted.get() > 0;
    }

    /** One pipeline: the reader feeds the workers through a bounded queue, one clock from first article to commit. */
    private boolean stream(InputReader reader, BenchRun run, ExecutorService pool, int n, BenchRun.HeapSampler heap,
                           PrintStream err) throws IOException {
        Semaphore inFlight = new Semaphore(n * 4); // the bounded queue: the reader waits when workers are behind
        long[] start = {0}, jit = {0};
        AtomicReference<Map<NlpTimes.Step, Long>> steps = new AtomicReference<>(Map.of());
        BiConsumer<Article, String> submit = (article, origin) -> {
            inFlight.acquireUninterruptibly();
            pool.submit(() -> {
                try {
                    run.process(article, origin, err);
                } finally {
                    inFlight.release();
                }
            });
        };
        boolean any = read(reader, List.of(run), (article, origin) -> {
            heap.takePeak();
            steps.set(NlpTimes.snapshot());
            jit[0] = BenchRun.jitMillis();
            start[0] = System.nanoTime();
            submit.accept(article, origin);
        }, submit);
        if (!any) return false;
        pool.shutdown();
        awaitQuietly(pool);
        run.commit();
        run.addStretch(System.nanoTime() - start[0], steps.get(), NlpTimes.snapshot(), jit[0], BenchRun.jitMillis(),
                heap.takePeak());
        return true;
    }

    /** Several pipelines take turns over blocks of {@link #COMPARISON_BLOCK} articles; each commit is timed apart. */
    private boolean inTurns(InputReader reader, List<BenchRun> runs, ExecutorService pool, BenchRun.HeapSampler heap,
                            PrintStream err) throws IOException {
        List<Article> block = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        int[] blocks = {0};
        BiConsumer<Article, String> add = (article, origin) -> {
            block.add(article);
            origins.add(origin);
            if (block.size() == COMPARISON_BLOCK) {
                takeTurns(runs, block, origins, pool, heap, err, blocks[0]++);
                block.clear();
                origins.clear();
            }
        };
        if (!read(reader, runs, add, add)) return false;
        if (!block.isEmpty()) takeTurns(runs, block, origins, pool, heap, err, blocks[0]);
        for (BenchRun run : runs) {
            long t0 = System.nanoTime();
            run.commit();
            run.addClock(System.nanoTime() - t0);
        }
        return true;
    }

    /**
     * A block of articles through each pipeline in turn, all workers on one pipeline at a time. The order turns
     * round from block to block: whoever goes first meets the block's text cold (and, early on, the JIT's work).
     */
    private static void takeTurns(List<BenchRun> runs, List<Article> block, List<String> origins, ExecutorService pool,
                                  BenchRun.HeapSampler heap, PrintStream err, int blockNumber) {
        for (int k = 0; k < runs.size(); k++) {
            BenchRun run = runs.get((k + blockNumber) % runs.size());
            Map<NlpTimes.Step, Long> before = NlpTimes.snapshot();
            long jit = BenchRun.jitMillis();
            heap.takePeak();
            long t0 = System.nanoTime();
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int i = 0; i < block.size(); i++) {
                Article a = block.get(i);
                String origin = origins.get(i);
                tasks.add(() -> {
                    run.process(a, origin, err);
                    return null;
                });
            }
            try {
                pool.invokeAll(tasks);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("bench: interrupted", e);
            }
            run.addStretch(System.nanoTime() - t0, before, NlpTimes.snapshot(), jit, BenchRun.jitMillis(), heap.takePeak());
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                // a benchmark of years of news may run for hours: keep waiting
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
