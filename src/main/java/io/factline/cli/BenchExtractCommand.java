package io.factline.cli;

import io.factline.index.IndexWriterSession;
import io.factline.ingest.ExtractedArticle;
import io.factline.ingest.InputReader;
import io.factline.ingest.Pipeline;
import io.factline.nlp.AnnotatedArticle;
import io.factline.nlp.NlpMode;
import io.factline.nlp.NlpTimes;
import io.factline.registry.Registries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code factline bench extract}: runs content → NLP → facts (→ index with {@code --index}) over any input on
 * worker threads fed through a bounded queue, as {@code ingest} does, and reports throughput, peak heap and where
 * the time goes. The models of the first article's languages load before the clock starts; a language met later
 * loads inside the run (its load notice on stderr says how long that took).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Measure extraction on real inputs: articles/s, characters/s, MB/s, peak heap and the time of "
                + "each stage. Nothing is stored (--index writes to a temporary folder, deleted after).",
                "Formats: text (default), json."})
final class BenchExtractCommand implements java.util.concurrent.Callable<Integer> {
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
            description = "Run the inputs twice in this process, with --nlp fast then with --nlp full, and report "
                    + "both runs and the ratio of their speeds.")
    boolean compareFullNlp;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories: " + InputReader.SUPPORTED + ".")
    List<String> inputs;

    /** Stages of one article's way, in order; the NLP's own steps are broken down by {@link NlpTimes}. */
    private static final String CONTENT = "reading and content extraction", NLP = "NLP", FACTS = "facts",
            INDEX = "index";

    @Override
    public Integer call() throws IOException {
        PrintStream err = Streams.err();
        boolean json = format.get(FormatOption.Format.text, FormatOption.Format.json) == FormatOption.Format.json;
        if (limit != null && limit < 1) throw new UsageException("--limit: expected at least 1, not " + limit);
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) throw new UsageException("--threads: expected at least 1, not " + n);
        io.factline.nlp.NlpPipeline.loadNotices(m -> err.println("bench: " + m));
        Registries registries = Registries.load();
        if (compareFullNlp && nlp.mode() == NlpMode.FULL) {
            throw new UsageException("--compare-full-nlp compares --nlp fast with --nlp full: leave out --nlp full");
        }
        List<NlpMode> modes = compareFullNlp ? List.of(NlpMode.FAST, NlpMode.FULL) : List.of(nlp.mode());
        List<Report> reports = new ArrayList<>();
        boolean clean = true;
        for (NlpMode mode : modes) {
            Report r = measure(new Pipeline(registries, Double.NaN, mode), n, err);
            if (r == null) {
                err.println("bench: no article in the inputs");
                return 1;
            }
            reports.add(r);
            clean &= r.failed() == 0 && r.problems() == 0;
        }
        if (json) {
            if (reports.size() == 1) Formats.jsonLine(Streams.out(), reports.get(0).toJson());
            else Formats.jsonLine(Streams.out(), comparisonJson(reports));
        } else {
            for (int i = 0; i < reports.size(); i++) {
                if (i > 0) Streams.out().println();
                reports.get(i).print(Streams.out());
            }
            if (reports.size() == 2) {
                Report a = reports.get(0), b = reports.get(1);
                Streams.out().printf(Locale.ROOT, "%nfast NLP against full NLP: %.2f× the articles/s (%.2f against %.2f); "
                        + "%,d facts against %,d%n", a.perSecond() / b.perSecond(), a.perSecond(), b.perSecond(), a.facts(),
                        b.facts());
            }
        }
        return clean ? 0 : 1;
    }

    private static Map<String, Object> comparisonJson(List<Report> reports) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fast", reports.get(0).toJson());
        m.put("full", reports.get(1).toJson());
        m.put("speedup", reports.get(0).perSecond() / reports.get(1).perSecond());
        return m;
    }

    /** One run over the inputs; null when they hold no article. */
    private Report measure(Pipeline pipeline, int n, PrintStream err) throws IOException {
        InputReader reader = new InputReader(Args.publishedDate(published), problem -> err.println("bench: " + problem));
        Path indexDir = index ? Files.createTempDirectory("factline-bench-") : null;
        IndexWriterSession session = index ? IndexWriterSession.open(indexDir) : null;
        HeapSampler heap = new HeapSampler();

        Map<String, LongAdder> stageNanos = new LinkedHashMap<>();
        for (String s : List.of(CONTENT, NLP, FACTS, INDEX)) stageNanos.put(s, new LongAdder());
        AtomicInteger articles = new AtomicInteger(), failed = new AtomicInteger(), facts = new AtomicInteger();
        AtomicInteger submitted = new AtomicInteger();
        AtomicLong chars = new AtomicLong(), bytes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "factline-bench");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(n * 4); // the bounded queue: the reader waits when workers are behind
        long[] start = {0};
        long[] readFrom = {System.nanoTime()};
        try {
            reader.readWithOrigins(inputs, (article, origin) -> {
                long got = System.nanoTime();
                if (limit != null && submitted.get() >= limit) return;
                submitted.incrementAndGet();
                if (start[0] == 0) {
                    pipeline.nlp().warmUpFor(article); // the first languages' models load before the clock starts
                    NlpTimes.reset();
                    heap.start();
                    start[0] = System.nanoTime();
                } else {
                    stageNanos.get(CONTENT).add(got - readFrom[0]);
                }
                inFlight.acquireUninterruptibly();
                pool.submit(() -> {
                    try {
                        long t1 = System.nanoTime();
                        AnnotatedArticle annotated = pipeline.nlp().annotate(article);
                        long t2 = System.nanoTime();
                        ExtractedArticle x = pipeline.finish(annotated);
                        long t3 = System.nanoTime();
                        if (session != null) session.put(x.article(), x.facts(), x.entities(), pipeline.version());
                        long t4 = System.nanoTime();
                        stageNanos.get(NLP).add(t2 - t1);
                        stageNanos.get(FACTS).add(t3 - t2);
                        stageNanos.get(INDEX).add(t4 - t3);
                        articles.incrementAndGet();
                        facts.addAndGet(x.facts().size());
                        chars.addAndGet(article.text().length());
                        bytes.addAndGet(article.text().getBytes(StandardCharsets.UTF_8).length);
                    } catch (RuntimeException | StackOverflowError e) {
                        failed.incrementAndGet();
                        err.println("bench: failed: " + origin + ": " + io.factline.ingest.Ingester.reason(e));
                    } finally {
                        inFlight.release();
                    }
                });
                readFrom[0] = System.nanoTime();
            });
            pool.shutdown();
            awaitQuietly(pool);
            if (session != null) session.commit();
        } finally {
            pool.shutdownNow();
            if (session != null) session.close();
            if (indexDir != null) deleteTree(indexDir);
            heap.stop();
        }
        if (start[0] == 0) return null;
        double seconds = (System.nanoTime() - start[0]) / 1e9;
        return new Report(pipeline.nlp().mode(), articles.get(), failed.get(), reader.problems(), facts.get(), chars.get(),
                bytes.get(), seconds, n, heap.peak(), Runtime.getRuntime().maxMemory(), stageNanos, NlpTimes.snapshot());
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

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** The largest heap in use seen by a sampler (every 20 ms): what the run needed, garbage included. */
    private static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running;
        private Thread thread;

        void start() {
            running = true;
            thread = new Thread(() -> {
                var memory = ManagementFactory.getMemoryMXBean();
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "factline-heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
        }

        long peak() {
            return peak.get();
        }
    }

    /** What one benchmark measured. */
    private record Report(NlpMode mode, int articles, int failed, long problems, int facts, long chars, long bytes,
                          double seconds, int threads, long peakHeap, long maxHeap, Map<String, LongAdder> stages,
                          Map<NlpTimes.Step, Long> nlpSteps) {
        double perSecond() {
            return articles / seconds;
        }

        void print(PrintStream out) {
            out.printf(Locale.ROOT, "bench extract: %,d articles (%,d characters, %.2f MB of text) in %.1f s on %d threads, %s NLP%s%n",
                    articles, chars, bytes / 1e6, seconds, threads, mode.name().toLowerCase(Locale.ROOT),
                    failed > 0 ? String.format(Locale.ROOT, "; %d failed", failed) : "");
            out.printf(Locale.ROOT, "  %.2f articles/s   %,.0f characters/s   %.3f MB/s   %,d facts%n", articles / seconds,
                    chars / seconds, bytes / 1e6 / seconds, facts);
            out.printf(Locale.ROOT, "  peak heap %.2f GB (of %.2f GB allowed)%n", peakHeap / 1e9, maxHeap / 1e9);
            double total = 0;
            for (LongAdder a : stages.values()) total += a.sum();
            out.printf(Locale.ROOT, "  time per stage (summed over threads):%n");
            for (var e : stages.entrySet()) {
                double s = e.getValue().sum() / 1e9;
                if (e.getKey().equals(INDEX) && s == 0) continue;
                out.printf(Locale.ROOT, "    %-58s %9.1f s %6.1f %%%n", e.getKey(), s, total == 0 ? 0 : 100 * e.getValue().sum() / total);
                if (e.getKey().equals(NLP)) {
                    long steps = 0;
                    for (long v : nlpSteps.values()) steps += v;
                    long rest = e.getValue().sum() - steps;
                    for (var step : nlpSteps.entrySet()) {
                        if (step.getValue() == 0) continue;
                        out.printf(Locale.ROOT, "      %-56s %9.1f s %6.1f %%%n", step.getKey().label(), step.getValue() / 1e9,
                                100 * step.getValue() / total);
                    }
                    if (rest > 0) {
                        out.printf(Locale.ROOT, "      %-56s %9.1f s %6.1f %%%n", "models loaded during the run, languages, the rest",
                                rest / 1e9, 100 * rest / total);
                    }
                }
            }
        }

        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("nlp", mode.name().toLowerCase(Locale.ROOT));
            m.put("articles", articles);
            m.put("failed", failed);
            m.put("facts", facts);
            m.put("characters", chars);
            m.put("bytes", bytes);
            m.put("seconds", seconds);
            m.put("threads", threads);
            m.put("articles_per_second", articles / seconds);
            m.put("characters_per_second", chars / seconds);
            m.put("mb_per_second", bytes / 1e6 / seconds);
            m.put("peak_heap_bytes", peakHeap);
            m.put("max_heap_bytes", maxHeap);
            Map<String, Object> st = new LinkedHashMap<>();
            for (var e : stages.entrySet()) st.put(e.getKey().replace(' ', '_'), e.getValue().sum() / 1e9);
            m.put("stage_seconds", st);
            Map<String, Object> nlp = new LinkedHashMap<>();
            for (var e : nlpSteps.entrySet()) nlp.put(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue() / 1e9);
            m.put("nlp_step_seconds", nlp);
            return m;
        }
    }
}
