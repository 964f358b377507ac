package io.factline.ingest;

import io.factline.index.IndexWriterSession;
import io.factline.model.Article;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads inputs and indexes them: each article goes through the {@link Pipeline} on a worker thread and into the
 * index. Articles already indexed unchanged by the same pipeline version are skipped, so an ingest that was
 * stopped carries on where it stopped when run again. Commits every {@value #COMMIT_EVERY} articles. Articles can
 * also be fed one by one as they arrive (from a crawl) through {@link #start}.
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
        Run run = start(index, force);
        try {
            reader.read(inputs, run::accept);
        } catch (RuntimeException e) {
            run.abort();
            throw e;
        }
        return run.finish(reader.skipped());
    }

    /** Starts an ingest that is fed articles by {@link Run#accept}, from any thread, and ended by {@link Run#finish}. */
    public Run start(IndexWriterSession index, boolean force) {
        return new Run(index, force);
    }

    /** An ingest in progress. */
    public final class Run {
        private final IndexWriterSession index;
        private final boolean force;
        private final long t0 = System.currentTimeMillis();
        private final AtomicInteger read = new AtomicInteger(), indexed = new AtomicInteger(),
                unchanged = new AtomicInteger(), facts = new AtomicInteger();
        private final AtomicLong lastProgress = new AtomicLong(t0);
        private final ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "factline-ingest");
            t.setDaemon(true);
            return t;
        });
        private final Semaphore inFlight = new Semaphore(threads * 4);
        private final List<Future<?>> pending = new ArrayList<>();
        private final String version = pipeline.version();

        private Run(IndexWriterSession index, boolean force) {
            this.index = index;
            this.force = force;
        }

        /** Extracts and indexes an article, unless it is indexed unchanged; waits when the workers are behind. */
        public void accept(Article article) {
            read.incrementAndGet();
            if (!force && index.isCurrent(article, version)) {
                unchanged.incrementAndGet();
                return;
            }
            inFlight.acquireUninterruptibly();
            Future<?> f = pool.submit(() -> {
                try {
                    ExtractedArticle x = pipeline.process(article);
                    index.put(x.article(), x.facts(), x.entities(), version);
                    facts.addAndGet(x.facts().size());
                    int n = indexed.incrementAndGet();
                    if (n % COMMIT_EVERY == 0) index.commit();
                    progress();
                } catch (RuntimeException e) {
                    throw new IllegalStateException("failed on " + describe(article) + ": " + e, e);
                } finally {
                    inFlight.release();
                }
            });
            synchronized (pending) {
                pending.add(f);
                pending.removeIf(Future::isDone);
            }
        }

        /** Waits for the articles in hand, commits, and says what was done. */
        public Stats finish(int skippedFiles) {
            try {
                List<Future<?>> all;
                synchronized (pending) {
                    all = new ArrayList<>(pending);
                }
                for (Future<?> f : all) f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
            } finally {
                abort();
            }
            return new Stats(read.get(), indexed.get(), unchanged.get(), facts.get(), skippedFiles,
                    System.currentTimeMillis() - t0);
        }

        /** Stops the workers and commits what they finished. */
        void abort() {
            pool.shutdownNow();
            index.commit();
        }

        private void progress() {
            long now = System.currentTimeMillis();
            long prev = lastProgress.get();
            if (now - prev >= PROGRESS_EVERY_MS && lastProgress.compareAndSet(prev, now)) {
                double secs = (now - t0) / 1000.0;
                log.printf("ingest: %d articles indexed (%d facts), %d unchanged, %.1f articles/s%n", indexed.get(),
                        facts.get(), unchanged.get(), indexed.get() / Math.max(secs, 0.001));
            }
        }
    }

    private static String describe(Article a) {
        return a.url() != null ? a.url() : a.title() != null ? "'" + a.title() + "'" : "article " + a.id();
    }
}
