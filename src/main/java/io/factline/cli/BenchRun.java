package io.factline.cli;

import io.factline.index.IndexWriterSession;
import io.factline.ingest.ExtractedArticle;
import io.factline.ingest.Pipeline;
import io.factline.model.Article;
import io.factline.nlp.AnnotatedArticle;
import io.factline.nlp.NlpMode;
import io.factline.nlp.NlpTimes;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What {@code bench extract} counts for one pipeline while articles go through it: articles, facts, characters, the
 * time of each stage and of the NLP's steps, the clock time the pipeline had the workers, the heap and the JIT.
 * Thread-safe; the index, with {@code --index}, is a temporary folder of its own, deleted by {@link #close}.
 */
final class BenchRun implements AutoCloseable {
    /** Stages of one article's way, in order; the NLP's own steps are broken down by {@link NlpTimes}. */
    static final String CONTENT = "reading and content extraction", NLP = "NLP", FACTS = "facts", INDEX = "index";

    final Pipeline pipeline;
    private final Path indexDir;
    private final IndexWriterSession session;
    private final Map<String, LongAdder> stageNanos = new LinkedHashMap<>();
    private final Map<NlpTimes.Step, Long> nlpSteps = new EnumMap<>(NlpTimes.Step.class);
    private final AtomicInteger articles = new AtomicInteger(), failed = new AtomicInteger(), facts = new AtomicInteger();
    private final AtomicLong chars = new AtomicLong(), bytes = new AtomicLong();
    private long clockNanos, jitMillis, peakHeap;
    private boolean jitKnown = true;

    BenchRun(Pipeline pipeline, boolean index) throws IOException {
        this.pipeline = pipeline;
        this.indexDir = index ? Files.createTempDirectory("factline-bench-") : null;
        this.session = index ? IndexWriterSession.open(indexDir) : null;
        for (String s : List.of(CONTENT, NLP, FACTS, INDEX)) stageNanos.put(s, new LongAdder());
        for (NlpTimes.Step s : NlpTimes.Step.values()) nlpSteps.put(s, 0L);
    }

    /** One article through the pipeline (and the index), on the calling worker thread. */
    void process(Article article, String origin, PrintStream err) {
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
        }
    }

    void addReading(long nanos) {
        stageNanos.get(CONTENT).add(nanos);
    }

    /**
     * A stretch of clock time during which this pipeline alone had the workers: its length, the NLP steps' time
     * (NlpTimes counts for the whole process, so a stretch is the difference of two snapshots), the JIT's
     * compilation time and the heap peak seen.
     */
    synchronized void addStretch(long nanos, Map<NlpTimes.Step, Long> stepsBefore, Map<NlpTimes.Step, Long> stepsAfter,
                                 long jitBefore, long jitAfter, long peak) {
        clockNanos += nanos;
        for (var e : stepsAfter.entrySet()) {
            nlpSteps.merge(e.getKey(), e.getValue() - stepsBefore.getOrDefault(e.getKey(), 0L), Long::sum);
        }
        if (jitBefore < 0 || jitAfter < 0) jitKnown = false;
        else jitMillis += jitAfter - jitBefore;
        peakHeap = Math.max(peakHeap, peak);
    }

    void commit() throws IOException {
        if (session != null) session.commit();
    }

    /** Clock time this pipeline took outside the stretches (committing its index after its turns). */
    synchronized void addClock(long nanos) {
        clockNanos += nanos;
    }

    /** The report of this run, after {@code warmedUp} uncounted ones; {@code problems}: inputs the reader skipped. */
    synchronized BenchReport report(long problems, int threads, int warmedUp) {
        return new BenchReport(pipeline.nlp().mode(), articles.get(), failed.get(), problems, facts.get(), chars.get(),
                bytes.get(), clockNanos / 1e9, threads, peakHeap, Runtime.getRuntime().maxMemory(), stageNanos,
                new EnumMap<>(nlpSteps), warmedUp, jitKnown ? jitMillis / 1e3 : -1);
    }

    @Override
    public void close() throws IOException {
        if (session != null) session.close();
        if (indexDir != null) {
            try (var walk = Files.walk(indexDir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Time the JIT compilers have spent compiling so far, summed over compilations (-1 where the JVM does not say).
     */
    static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    /**
     * The largest heap in use seen by a sampler (every 20 ms) since the last reset: what a run needed, garbage
     * included.
     */
    static final class HeapSampler implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        HeapSampler() {
            Thread thread = new Thread(() -> {
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

        /** The peak since the last call, and a new start. */
        long takePeak() {
            return peak.getAndSet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }

        @Override
        public void close() {
            running = false;
        }
    }
}
