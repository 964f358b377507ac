package io.factline.crawl;

import java.util.concurrent.atomic.AtomicLong;

/** Live counters of a running crawl; {@link #snapshot} reads them all. */
public final class CrawlStats {
    final AtomicLong requests = new AtomicLong(), stored = new AtomicLong(), duplicates = new AtomicLong(),
            nearDuplicates = new AtomicLong(), notModified = new AtomicLong(), redirects = new AtomicLong(),
            errors = new AtomicLong(), refused = new AtomicLong(), queued = new AtomicLong(),
            linksDropped = new AtomicLong();
    private final long startNanos = System.nanoTime();

    /**
     * What a crawl has done so far in this run.
     *
     * @param requests       HTTP requests sent (robots.txt and retries included)
     * @param stored         captures archived (duplicates included)
     * @param duplicates     exact copies of an archived payload (archived as revisit records)
     * @param nearDuplicates archived pages whose text copies an archived page (not indexed)
     * @param notModified    conditional requests answered 304
     * @param redirects      redirects queued
     * @param errors         URLs given up on (HTTP errors, timeouts, too large, redirect loops…)
     * @param refused        URLs not fetched: robots.txt, non-public address, limits
     * @param queued         URLs waiting
     * @param millis         time since the crawl started
     * @param linksDropped   links past the per-page cap, not queued
     */
    public record Snapshot(long requests, long stored, long duplicates, long nearDuplicates, long notModified,
                           long redirects, long errors, long refused, long queued, long millis,
                           long linksDropped) {
        /** Captures archived per second. */
        public double pagesPerSecond() {
            return stored / Math.max(millis / 1000.0, 0.001);
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(requests.get(), stored.get(), duplicates.get(), nearDuplicates.get(), notModified.get(),
                redirects.get(), errors.get(), refused.get(), queued.get(),
                (System.nanoTime() - startNanos) / 1_000_000, linksDropped.get());
    }
}
