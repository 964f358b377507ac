package io.factline.crawl;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a crawl does and how politely: its seeds, limits, scope and network settings. Every default is here, with
 * the reason for it; {@link #builder()} starts from them.
 *
 * @param seeds            pages, sitemaps or feeds to start from (absolute http/https URLs)
 * @param maxPages         pages to store in this run, then stop (what is left stays queued)
 * @param maxDepth         links followed from a seed; sitemap and feed entries count as one hop
 * @param maxHostPages     fetches per host (origin) at most: bounds spider traps that depth alone does not
 * @param scope            which discovered URLs are followed
 * @param delay            pause between the end of one request and the start of the next to one host; robots.txt
 *                         {@code Crawl-delay} raises it, never lowers it
 * @param userAgent        the User-Agent header; names factline and where to learn about it
 * @param allowPrivate     fetch private, loopback and link-local addresses (tests, the demo, an intranet)
 * @param threads          hosts fetched in parallel (one connection per host at a time)
 * @param connectTimeout   to open a connection
 * @param readTimeout      silence allowed while waiting for the response or for more of its body
 * @param totalTimeout     for a whole response, headers to last byte
 * @param maxBodyBytes     a body (as sent, compressed or not) larger than this is dropped
 * @param maxDecodedBytes  a gzip/deflate body that inflates past this is dropped (a gzip bomb)
 * @param maxAttempts      fetches of one URL on 5xx, 429 or a network error before giving up
 * @param retryBase        first backoff; it doubles on each retry; {@code Retry-After} wins when longer
 * @param warcMaxBytes     a WARC file is closed and a new one started past this size
 * @param maxLinksPerPage  links (or sitemap entries) taken from one page at most, in document order: a page of a
 *                         hundred thousand links would otherwise fill the frontier in one step
 */
public record CrawlConfig(List<String> seeds, int maxPages, int maxDepth, int maxHostPages, Scope scope,
                          Duration delay, String userAgent, boolean allowPrivate, int threads,
                          Duration connectTimeout, Duration readTimeout, Duration totalTimeout,
                          long maxBodyBytes, long maxDecodedBytes, int maxAttempts, Duration retryBase,
                          long warcMaxBytes, int maxLinksPerPage) {
    /** Polite by default: RFC 9309 leaves the rate to the crawler; one request per second per host is the norm. */
    public static final long DEFAULT_DELAY_MS = 1000;
    public static final int DEFAULT_MAX_PAGES = 1000;
    public static final int DEFAULT_MAX_DEPTH = 3;
    public static final int DEFAULT_MAX_HOST_PAGES = 10_000;
    public static final int DEFAULT_THREADS = 8;
    /** News pages are rarely past 2 MB; 10 MB leaves room for inline scripts without keeping junk. */
    public static final long DEFAULT_MAX_BODY_BYTES = 10L << 20;
    public static final long DEFAULT_MAX_DECODED_BYTES = 20L << 20;
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** Heritrix and most archives rotate at 1 GB: large enough to keep file counts low, small to move. */
    public static final long DEFAULT_WARC_MAX_BYTES = 1L << 30;
    /**
     * A front page links to a few hundred articles and a news sitemap lists at most 1,000 (Google's limit); a full
     * sitemap may list 50,000, more than a run fetches by default.
     */
    public static final int DEFAULT_MAX_LINKS_PER_PAGE = 5_000;
    public static final String DEFAULT_USER_AGENT =
            "factline/0.1 (news crawler for metric facts; robots.txt token: factline)";
    /** The robots.txt product token (RFC 9309 §2.2.1: lower case letters, "_" and "-"). */
    public static final String ROBOTS_NAME = "factline";

    public CrawlConfig {
        seeds = List.copyOf(seeds);
        Objects.requireNonNull(scope, "scope");
        if (maxPages < 1) throw new CrawlException("--max-pages must be at least 1, not " + maxPages);
        if (maxDepth < 0) throw new CrawlException("--max-depth must be 0 or more, not " + maxDepth);
        if (delay.isNegative()) throw new CrawlException("--delay-ms must be 0 or more, not " + delay.toMillis());
        if (threads < 1) throw new CrawlException("--threads must be at least 1, not " + threads);
        if (userAgent == null || userAgent.isBlank()) throw new CrawlException("--user-agent must not be empty");
        if (maxLinksPerPage < 1) {
            throw new CrawlException("--max-links-per-page must be at least 1, not " + maxLinksPerPage);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.seeds = seeds;
        b.maxPages = maxPages;
        b.maxDepth = maxDepth;
        b.maxHostPages = maxHostPages;
        b.scope = scope;
        b.delay = delay;
        b.userAgent = userAgent;
        b.allowPrivate = allowPrivate;
        b.threads = threads;
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.totalTimeout = totalTimeout;
        b.maxBodyBytes = maxBodyBytes;
        b.maxDecodedBytes = maxDecodedBytes;
        b.maxAttempts = maxAttempts;
        b.retryBase = retryBase;
        b.warcMaxBytes = warcMaxBytes;
        b.maxLinksPerPage = maxLinksPerPage;
        return b;
    }

    /** Builds a config from the defaults. */
    public static final class Builder {
        private List<String> seeds = List.of();
        private int maxPages = DEFAULT_MAX_PAGES, maxDepth = DEFAULT_MAX_DEPTH, maxHostPages = DEFAULT_MAX_HOST_PAGES;
        private Scope scope = Scope.SAME_HOST;
        private Duration delay = Duration.ofMillis(DEFAULT_DELAY_MS);
        private String userAgent = DEFAULT_USER_AGENT;
        private boolean allowPrivate;
        private int threads = DEFAULT_THREADS;
        private Duration connectTimeout = Duration.ofSeconds(10), readTimeout = Duration.ofSeconds(30),
                totalTimeout = Duration.ofSeconds(60);
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES, maxDecodedBytes = DEFAULT_MAX_DECODED_BYTES;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration retryBase = Duration.ofSeconds(2);
        private long warcMaxBytes = DEFAULT_WARC_MAX_BYTES;
        private int maxLinksPerPage = DEFAULT_MAX_LINKS_PER_PAGE;

        public Builder seeds(List<String> v) { seeds = v; return this; }
        public Builder maxPages(int v) { maxPages = v; return this; }
        public Builder maxDepth(int v) { maxDepth = v; return this; }
        public Builder maxHostPages(int v) { maxHostPages = v; return this; }
        public Builder scope(Scope v) { scope = v; return this; }
        public Builder delay(Duration v) { delay = v; return this; }
        public Builder userAgent(String v) { userAgent = v; return this; }
        public Builder allowPrivate(boolean v) { allowPrivate = v; return this; }
        public Builder threads(int v) { threads = v; return this; }
        public Builder connectTimeout(Duration v) { connectTimeout = v; return this; }
        public Builder readTimeout(Duration v) { readTimeout = v; return this; }
        public Builder totalTimeout(Duration v) { totalTimeout = v; return this; }
        public Builder maxBodyBytes(long v) { maxBodyBytes = v; return this; }
        public Builder maxDecodedBytes(long v) { maxDecodedBytes = v; return this; }
        public Builder maxAttempts(int v) { maxAttempts = v; return this; }
        public Builder retryBase(Duration v) { retryBase = v; return this; }
        public Builder warcMaxBytes(long v) { warcMaxBytes = v; return this; }
        public Builder maxLinksPerPage(int v) { maxLinksPerPage = v; return this; }

        public CrawlConfig build() {
            return new CrawlConfig(seeds, maxPages, maxDepth, maxHostPages, scope, delay, userAgent, allowPrivate,
                    threads, connectTimeout, readTimeout, totalTimeout, maxBodyBytes, maxDecodedBytes, maxAttempts,
                    retryBase, warcMaxBytes, maxLinksPerPage);
        }
    }
}
