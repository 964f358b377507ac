package io.factline.ingest;

import io.factline.index.IndexWriterSession;
import io.factline.model.Article;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.ArrayList;

/**
 * Reads inputs and indexes them: each article goes through the {@link Pipeline} on a worker thread and into the
 * index. Articles already indexed unchanged by the same pipeline version are skipped, so an ingest that was
 * stopped carries on where it stopped when run again. Commits every {@value #COMMIT_EVERY} articles.
 */
public final class Ingester {
    static final int COMMIT_EVERY = 100;
    private static final long PROGRESS_EVERY_MS = 10_000;

    private final Pipeline pipeline;
    private final int threads;
    private final PrintStream log;

    /** What an ingest did. */
    public record Stats(int read, int indexed, int unchanged, int facts, int skippedFiles, long millis) {
    }

    public Ingester(Pipeline pipeline, int threads, PrintStream log) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.log = log;
    }

    public Stats ingest(List<String> inputs, InputReader reader, IndexWriterSession index, boolean force) {
        long t0 = System.currentTimeMillis();
        AtomicInteger read = new AtomicInteger(), indexed = new AtomicInteger(), unchanged = new AtomicInteger(),
                facts = new AtomicInteger();
        AtomicLong lastProgress = new AtomicLong(t0);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "factline-ingest");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 4);
        List<Future<?>> pending = new ArrayList<>();
        String version = pipeline.version();
        try {
            reader.read(inputs, article -> {
                read.incrementAndGet();
                if (!force && index.isCurrent(article, version)) {
                    unchanged.incrementAndGet();
                    return;
                }
                inFlight.acquireUninterruptibly();
                pending.add(pool.submit(() -> {
                    try {
                        ExtractedArticle x = pipeline.process(article);
                        index.put(x.article(), x.facts(), x.entities(), version);
                        facts.addAndGet(x.facts().size());
                        int n = indexed.incrementAndGet();
                        if (n % COMMIT_EVERY == 0) index.commit();
                        progress(lastProgress, indexed, unchanged, facts, t0);
                    } catch (RuntimeException e) {
                        throw new IllegalStateException("failed on " + describe(article) + ": " + e, e);
                    } finally {
                        inFlight.release();
                    }
                }));
                pending.removeIf(Future::isDone);
            });
            for (Future<?> f : pending) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
            index.commit();
        }
        return new Stats(read.get(), indexed.get(), unchanged.get(), facts.get(), reader.skipped(),
                System.currentTimeMillis() - t0);
    }

    private void progress(AtomicLong last, AtomicInteger indexed, AtomicInteger unchanged, AtomicInteger facts, long t0) {
        long now = System.currentTimeMillis();
        long prev = last.get();
        if (now - prev >= PROGRESS_EVERY_MS && last.compareAndSet(prev, now)) {
            double secs = (now - t0) / 1000.0;
            log.printf("ingest: %d articles indexed (%d facts), %d unchanged, %.1f articles/s%n", indexed.get(),
                    facts.get(), unchanged.get(), indexed.get() / Math.max(secs, 0.001));
        }
    }

    private static String describe(Article a) {
        return a.url() != null ? a.url() : a.title() != null ? "'" + a.title() + "'" : "article " + a.id();
    }
}
