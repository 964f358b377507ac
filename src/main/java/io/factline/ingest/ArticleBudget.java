package io.factline.ingest;

import io.factline.model.Article;
import io.factline.nlp.NlpPipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The time one article may take from its text to its facts: so many seconds of processor time for each 10 KB of
 * text, and at least that. An article past it is abandoned so that one pathological page (a run-on block, a
 * mutated page that sends a regular expression or a library into a very long search) cannot hold an ingest or a
 * crawl for good: the analysis runs on a thread of its own, which is interrupted and left to end while the worker goes
 * on with the next article. The models are loaded before the clock starts.
 */
public final class ArticleBudget {
    /** The default: a BBC-length article (2 to 5 KB) takes 0.1 to 0.5 s on two cores. */
    public static final double DEFAULT_SECONDS_PER_10K = 10;

    /** How often the analysis is looked at. */
    private static final long POLL_MILLIS = 50;
    /**
     * The budget is processor time, so that a loaded machine (other processes, the other workers, the garbage
     * collector) does not make ordinary articles look slow; an analysis that waits rather than computes is
     * stopped after this many times its budget of wall time.
     */
    private static final int WALL_FACTOR = 5;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final double secondsPer10k;
    private final ExecutorService analysts = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "factline-analysis");
        t.setDaemon(true);
        return t;
    });

    /** An article abandoned past its budget. */
    public static final class Exceeded extends RuntimeException {
        Exceeded(String message) {
            super(message, null, false, false);
        }
    }

    public ArticleBudget(double secondsPer10k) {
        if (!(secondsPer10k > 0)) throw new IllegalArgumentException("a budget must be positive: " + secondsPer10k);
        this.secondsPer10k = secondsPer10k;
    }

    /** The budget of an article of this many characters, in milliseconds. */
    long millisFor(int chars) {
        return (long) Math.ceil(secondsPer10k * 1000 * Math.max(1.0, chars / 10_000.0));
    }

    /**
     * The pipeline's result for the article, or {@link Exceeded} when it takes longer than its budget.
     * Failures of the analysis are thrown as they are.
     */
    public ExtractedArticle process(Pipeline pipeline, Article article) {
        pipeline.nlp().warmUpFor(article);
        long millis = millisFor(Math.min(article.text().length(), NlpPipeline.MAX_ANALYSED_CHARS));
        AtomicReference<Thread> analyst = new AtomicReference<>();
        AtomicLong cpuAtStart = new AtomicLong(); // a pooled thread's processor time counts from its start
        Future<ExtractedArticle> f = analysts.submit(() -> {
            cpuAtStart.set(CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : 0);
            analyst.set(Thread.currentThread());
            return pipeline.process(article);
        });
        long wallLimit = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis * WALL_FACTOR);
        try {
            while (true) {
                try {
                    return f.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    Thread t = analyst.get();
                    long cpu = t == null || !CPU.isThreadCpuTimeSupported() ? -1
                            : CPU.getThreadCpuTime(t.getId()) - cpuAtStart.get();
                    boolean overCpu = cpu > TimeUnit.MILLISECONDS.toNanos(millis);
                    if (overCpu || System.nanoTime() > wallLimit) {
                        f.cancel(true);
                        String limit = millis < 1000 ? millis + " ms" : String.format("%.1f s", millis / 1000.0);
                        String spent = overCpu ? limit + " of processor time"
                                : WALL_FACTOR + " × " + limit + " waited";
                        throw new Exceeded(String.format("over its time budget (%s for %,d characters; "
                                + "--article-budget)", spent, article.text().length()));
                    }
                }
            }
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new Exceeded("interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }
}
