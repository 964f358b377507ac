package io.factline.ingest;

import io.factline.model.Article;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The time one article may take from its text to its facts: {@link #secondsPer10k} seconds for each 10 KB of text,
 * and at least that. An article past it is abandoned so that one pathological page (a run-on block, a mutated
 * page that sends a regular expression or a library into a very long search) cannot hold an ingest or a crawl
 * for good: the analysis runs on a thread of its own, which is interrupted and left to end while the worker goes
 * on with the next article. The models are loaded before the clock starts.
 */
public final class ArticleBudget {
    /** The default: a BBC-length article (2 to 5 KB) takes 0.1 to 0.5 s on two cores. */
    public static final double DEFAULT_SECONDS_PER_10K = 10;

    private final double secondsPer10k;
    private final AtomicInteger abandoned = new AtomicInteger();
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
        long millis = millisFor(article.text() == null ? 0 : article.text().length());
        Future<ExtractedArticle> f = analysts.submit(() -> pipeline.process(article));
        try {
            return f.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            abandoned.incrementAndGet();
            String limit = millis < 1000 ? millis + " ms" : String.format("%.1f s", millis / 1000.0);
            throw new Exceeded(String.format("over its time budget (%s for %,d characters; --article-budget)", limit,
                    article.text().length()));
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

    /** Articles abandoned so far. */
    public int abandoned() {
        return abandoned.get();
    }
}
