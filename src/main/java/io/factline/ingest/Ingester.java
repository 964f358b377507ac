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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads inputs and indexes them: each article goes through the {@link Pipeline} on a worker thread and into the
 * index. Articles already indexed unchanged by the same pipeline are skipped, so an ingest that was stopped
 * carries on where it stopped when run again. Commits every {@value #COMMIT_EVERY} articles. An article that fails
 * is reported (which input, which article, why) and counted, and the others go on; so is one that takes longer
 * than its {@link ArticleBudget}. Articles can also be fed one by one as they arrive (from a crawl) through
 * {@link #start}.
 */
public final class Ingester {
    static final int COMMIT_EVERY = 100;
    private static final long PROGRESS_EVERY_MS = 10_000;
    /** How long a stop waits for the articles in hand before committing without them. */
    private static final long STOP_WAIT_SECONDS = 30;

    private final Pipeline pipeline;
    private final int threads;
    private final PrintStream log;
    private final ArticleBudget budget;

    /**
     * What an ingest did.
     *
     * @param reextracted articles indexed before from the same text by another pipeline (code or models changed)
     * @param failed      articles that could not be extracted or indexed (each reported as it failed)
     * @param stopped     the ingest was stopped (a signal) before it read all its inputs
     */
    public record Stats(int read, int indexed, int unchanged, int reextracted, int failed, int facts, int skippedFiles,
                        long millis, boolean stopped) {
    }

    public Ingester(Pipeline pipeline, int threads, PrintStream log) {
        this(pipeline, threads, log, new ArticleBudget(ArticleBudget.DEFAULT_SECONDS_PER_10K));
    }

    /** @param budget the time one article may take before it is abandoned (and reported, and counted as failed) */
    public Ingester(Pipeline pipeline, int threads, PrintStream log, ArticleBudget budget) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.log = log;
        this.budget = budget;
    }

    public Stats ingest(List<String> inputs, InputReader reader, IndexWriterSession index, boolean force) {
        Run run = start(index, force);
        try {
            reader.readWithOrigins(inputs, run::accept);
        } catch (RuntimeException e) {
            run.stop();
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
                unchanged = new AtomicInteger(), reextracted = new AtomicInteger(), failed = new AtomicInteger(),
                facts = new AtomicInteger();
        private final AtomicLong lastProgress = new AtomicLong(t0);
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "factline-ingest");
            t.setDaemon(true);
            return t;
        });
        private final Semaphore inFlight = new Semaphore(threads * 4);
        private final List<Future<?>> pending = new ArrayList<>();
        private final String version = pipeline.version();
        private boolean closed;

        private Run(IndexWriterSession index, boolean force) {
            this.index = index;
            this.force = force;
        }

        /** Extracts and indexes an article, unless it is indexed unchanged; waits when the workers are behind. */
        public void accept(Article article) {
            accept(article, null);
        }

        /**
         * The same, naming where the article came from (a file, {@code file:line}) for the report of a failure.
         * After {@link #stop} articles are no longer taken.
         */
        public void accept(Article article, String origin) {
            if (stopped.get()) return;
            read.incrementAndGet();
            IndexWriterSession.State state = index.state(article, version);
            if (!force && state == IndexWriterSession.State.CURRENT) {
                unchanged.incrementAndGet();
                return;
            }
            inFlight.acquireUninterruptibly();
            Future<?> f;
            try {
                f = pool.submit(() -> {
                    try {
                        ExtractedArticle x = budget.process(pipeline, article);
                        if (x.cut()) log.println("ingest: " + x.cutReport(describe(article, origin)));
                        index.put(x.article(), x.facts(), x.entities(), version);
                        facts.addAndGet(x.facts().size());
                        if (state == IndexWriterSession.State.OTHER_PIPELINE) reextracted.incrementAndGet();
                        int n = indexed.incrementAndGet();
                        if (n % COMMIT_EVERY == 0) index.commit();
                        progress();
                    } catch (ArticleBudget.Exceeded e) {
                        failed.incrementAndGet();
                        log.println("ingest: abandoned: " + describe(article, origin) + ": " + e.getMessage());
                    } catch (RuntimeException | StackOverflowError e) {
                        failed.incrementAndGet();
                        log.println("ingest: failed: " + describe(article, origin) + ": " + reason(e));
                    } finally {
                        inFlight.release();
                    }
                });
            } catch (RejectedExecutionException e) {
                inFlight.release(); // stopped while this one was being read
                return;
            }
            synchronized (pending) {
                pending.add(f);
                pending.removeIf(Future::isDone);
            }
        }

        /** Waits for the articles in hand, commits, and says what was done. */
        public Stats finish(int skippedFiles) {
            List<Future<?>> all;
            synchronized (pending) {
                all = new ArrayList<>(pending);
            }
            try {
                for (Future<?> f : all) f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // Workers report their own failures; anything else is a bug worth its stack trace.
                throw new IllegalStateException("an ingest worker failed", e.getCause());
            } finally {
                close();
            }
            return stats(skippedFiles);
        }

        /**
         * Stops taking articles, lets the workers finish what they hold (not interrupting them: an interrupt in
         * the middle of a write closes Lucene's index), and commits it. Safe to call from a shutdown hook.
         *
         * @return what was done, or null when the run had already finished
         */
        public Stats stop() {
            stopped.set(true);
            return close() ? stats(0) : null;
        }

        /** Ends the workers and commits, once; false when it was done already (by finish or stop). */
        private synchronized boolean close() {
            if (closed) return false;
            closed = true;
            pool.shutdown();
            try {
                if (!pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    log.println("ingest: gave up waiting for the articles in hand; committing what is finished");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            index.commit();
            return true;
        }

        private Stats stats(int skippedFiles) {
            return new Stats(read.get(), indexed.get(), unchanged.get(), reextracted.get(), failed.get(), facts.get(),
                    skippedFiles, System.currentTimeMillis() - t0, stopped.get());
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

    private static String describe(Article a, String origin) {
        String what = a.url() != null ? a.url() : a.title() != null ? "'" + a.title() + "'" : "article " + a.id();
        return origin == null || origin.contains(what) ? (origin == null ? what : origin) : origin + ", " + what;
    }

    /** Why an article failed, in one line: the exception's kind and message. */
    public static String reason(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.replace('\n', ' '));
    }
}
