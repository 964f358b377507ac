package io.factline.crawl;

import io.factline.content.SimHash;
import io.factline.warc.WarcArchive;
import io.factline.warc.WarcPage;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The crawl stage's entry point: fetches pages politely from seeds, sitemaps and feeds, archives them as WARC under
 * {@code DIR/warc/} and keeps its frontier in {@code DIR/crawl/} so that it can be resumed after a stop or a crash.
 *
 * <p>A capture is stored when its WARC records are written and the frontier update that goes with it (the URL
 * done, its outlinks queued, the WARC file's committed length) is committed, both under one lock. A crash between
 * the two leaves WARC bytes past the committed length; opening the crawl again cuts them off, and the URL, still
 * queued, is fetched again. So after {@code kill -9} every page is in the archive exactly once.
 */
public final class Crawler implements Closeable {
    /** RFC 9110 §15.4 leaves the limit to the client; five is what browsers and RFC 9309 crawlers allow. */
    static final int MAX_REDIRECTS = 5;

    private final Path dataDir;
    private final CrawlConfig config;
    private final CrawlStore store;
    private final FileLock lock;
    private final WarcArchive archive;
    private final Fetcher fetcher;
    private final RobotsRules robots;
    private final Hosts hosts = new Hosts();
    private final PageText pageText;
    private final CrawlStats stats = new CrawlStats();
    private final Set<String> seedHosts = ConcurrentHashMap.newKeySet();
    private final Object commitLock = new Object();
    private final AtomicInteger pageSlots;
    private final int run;
    private volatile RuntimeException failure;

    private Crawler(Path dataDir, CrawlConfig config, CrawlStore store, FileLock lock, int run, PageText pageText) {
        this.dataDir = dataDir;
        this.config = config;
        this.store = store;
        this.lock = lock;
        this.run = run;
        this.pageText = pageText;
        this.fetcher = new Fetcher(config);
        this.robots = new RobotsRules(fetcher);
        this.archive = new WarcArchive(warcDir(dataDir), config.warcMaxBytes(), warcinfo(config), store::addWarcFile);
        this.pageSlots = new AtomicInteger(store.storedInRun(run));
        for (String s : store.seeds()) seedHosts.add(Urls.host(s));
        hosts.load(store.queuedByOrigin(), store.fetchedByOrigin());
        stats.queued.set(store.queuedByOrigin().values().stream().mapToLong(Integer::longValue).sum());
    }

    /** Where a crawl keeps its WARC files. */
    public static Path warcDir(Path dataDir) {
        return dataDir.resolve("warc");
    }

    static Path stateDir(Path dataDir) {
        return CrawlDirectory.stateDir(dataDir);
    }

    /**
     * Starts a run in {@code dataDir}: its seeds are queued (again, conditionally, when an earlier run fetched
     * them) and whatever earlier runs left queued is crawled too.
     */
    public static Crawler start(Path dataDir, CrawlConfig config, PageText pageText) {
        if (config.seeds().isEmpty()) throw new CrawlException("no seed URL given");
        List<String> seeds = new ArrayList<>();
        for (String s : config.seeds()) {
            String n = Urls.normalize(s);
            if (n == null) throw new CrawlException("not an http or https URL: " + s);
            seeds.add(n);
        }
        return open(dataDir, pageText, store -> {
            int run = store.meta("run").map(Integer::parseInt).orElse(0) + 1;
            store.putMeta("run", Integer.toString(run));
            store.putMeta("config", CrawlSettings.save(config));
            store.addSeeds(seeds, run);
            return new Opened(config, run);
        });
    }

    /**
     * Carries on the last run of {@code dataDir} with its settings, changed by {@code adjust} (options given
     * again): what was stored stays stored, what was queued is fetched.
     */
    public static Crawler resume(Path dataDir, UnaryOperator<CrawlConfig> adjust, PageText pageText) {
        if (!Files.exists(stateDir(dataDir).resolve(STATE_FILE))) {
            throw new CrawlException("nothing to resume: no crawl in " + dataDir);
        }
        return open(dataDir, pageText, store -> {
            String saved = store.meta("config").orElseThrow(() -> new CrawlException("nothing to resume in " + dataDir));
            CrawlConfig config = adjust.apply(CrawlSettings.load(saved));
            store.putMeta("config", CrawlSettings.save(config));
            return new Opened(config, store.meta("run").map(Integer::parseInt).orElse(1));
        });
    }

    static final String STATE_FILE = "state.db";

    private record Opened(CrawlConfig config, int run) {
    }

    private static Crawler open(Path dataDir, PageText pageText, java.util.function.Function<CrawlStore, Opened> setup) {
        FileLock lock = CrawlDirectory.lock(dataDir);
        CrawlStore store = null;
        try {
            store = CrawlStore.open(stateDir(dataDir).resolve(STATE_FILE));
            CrawlDirectory.recover(dataDir, store);
            Opened o = setup.apply(store);
            return new Crawler(dataDir, o.config(), store, lock, o.run(), pageText);
        } catch (RuntimeException e) {
            if (store != null) store.close();
            CrawlDirectory.release(lock);
            throw e;
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public CrawlConfig config() {
        return config;
    }

    /** Live counters, for progress reports. */
    public CrawlStats stats() {
        return stats;
    }

    /** Crawls until nothing is left in scope, the page limit is reached or {@link #stop} is called. */
    public CrawlStats.Snapshot run(CrawlListener listener) {
        ExecutorService workers = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "factline-crawl");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < config.threads(); i++) running.add(workers.submit(() -> work(listener)));
        try {
            for (Future<?> f : running) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            hosts.stop();
        } catch (java.util.concurrent.ExecutionException e) {
            fail(new IllegalStateException(e.getCause()));
        } finally {
            workers.shutdownNow();
            try {
                workers.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null) throw failure;
        return stats.snapshot();
    }

    /** Asks the workers to finish the page in hand and stop; what is queued stays queued. */
    public void stop() {
        hosts.stop();
    }

    /** What became of each seed of this run that was not stored: "refused: …", "failed: HTTP 404"… */
    public Map<String, String> seedProblems() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String seed : config.seeds()) {
            String n = Urls.normalize(seed);
            String state = n == null ? null : store.stateOf(n).orElse(null);
            if (state != null && !state.startsWith(CrawlStore.STORED) && !state.startsWith(CrawlStore.NOT_MODIFIED)
                    && !state.startsWith(CrawlStore.REDIRECTED) && !state.startsWith(CrawlStore.QUEUED)) {
                out.put(seed, state);
            }
        }
        return out;
    }

    /** URL counts by state in the whole crawl directory: stored, duplicate, failed, queued… */
    public Map<String, Integer> urlStates() {
        return store.countByState();
    }

    private void work(CrawlListener listener) {
        while (failure == null) {
            Hosts.Host h;
            try {
                h = hosts.take();
            } catch (InterruptedException e) {
                return;
            }
            if (h == null) return;
            long next = System.currentTimeMillis();
            try {
                next = visit(h, listener);
            } catch (RuntimeException e) {
                fail(e);
            } finally {
                hosts.release(h, next);
            }
        }
    }

    private void fail(RuntimeException e) {
        if (failure == null) failure = e;
        hosts.stop();
    }

    /** One turn of a host: fetch its robots.txt or its next URL; returns when its next turn may start. */
    private long visit(Hosts.Host h, CrawlListener listener) {
        long now = System.currentTimeMillis();
        RobotsRules.Cached rules = robots.cached(h.origin, now);
        if (rules == null) {
            stats.requests.incrementAndGet();
            RobotsRules.Cached fetched = robots.fetch(h.origin, now);
            withCommit(() -> {
                // RFC 9309 §2.2.4: the Sitemap lines of robots.txt; their entries are one hop from the host.
                for (String sitemap : fetched.rules().getSitemaps()) {
                    String n = Urls.normalize(sitemap);
                    if (n != null) offer(n, 0, h.origin + "/robots.txt", 0, null);
                }
            });
            return System.currentTimeMillis() + delay(fetched).toMillis();
        }
        if (h.fetched >= config.maxHostPages()) {
            h.capped = true; // what is left stays queued, for a later run with a higher limit
            return now;
        }
        Optional<QueuedUrl> next = store.next(h.origin, now);
        if (next.isEmpty()) {
            Optional<Long> earliest = store.earliest(h.origin);
            hosts.nothingReady(h, earliest.isEmpty());
            return earliest.orElse(now);
        }
        QueuedUrl u = next.get();
        if (rules.unreachable() != null || !rules.rules().isAllowed(u.url())) {
            finish(h, u, CrawlStore.REFUSED, null,
                    rules.unreachable() != null ? rules.unreachable() : "disallowed by robots.txt");
            stats.refused.incrementAndGet();
            return now;
        }
        if (pageSlots.incrementAndGet() > config.maxPages()) {
            pageSlots.decrementAndGet();
            hosts.stop();
            return now;
        }
        boolean stored = false;
        try {
            stored = fetch(h, u, rules, listener);
        } finally {
            if (!stored) pageSlots.decrementAndGet();
        }
        return Math.max(System.currentTimeMillis() + delay(rules).toMillis(), h.nextAt);
    }

    /** Fetches one URL and deals with the outcome; true when a capture was archived. */
    private boolean fetch(Hosts.Host h, QueuedUrl u, RobotsRules.Cached rules, CrawlListener listener) {
        stats.requests.incrementAndGet();
        h.fetched++;
        Fetcher.Response r;
        try {
            r = fetcher.get(u.url(), u.etag(), u.lastModified(), Fetcher::htmlOrFeed);
        } catch (AddressGuard.Refused e) {
            finish(h, u, e.privateAddress ? CrawlStore.REFUSED : CrawlStore.FAILED, null, e.getMessage());
            (e.privateAddress ? stats.refused : stats.errors).incrementAndGet();
            return false;
        } catch (FetchException e) {
            retryOrFail(h, u, null, e.getMessage(), e.retryable, Duration.ZERO);
            return false;
        }
        int status = r.status();
        if (status == 304) {
            finish(h, u, CrawlStore.NOT_MODIFIED, 304, null);
            stats.notModified.incrementAndGet();
        } else if (status >= 300 && status < 400) {
            redirect(h, u, r);
        } else if (status == 429 || status >= 500) {
            Duration after = RetryAfter.parse(r.capture().header("Retry-After"), Instant.now());
            // 429 and 503 with Retry-After are the host asking for a pause: no request to it before then.
            if (after.toMillis() > 0) h.nextAt = System.currentTimeMillis() + after.toMillis();
            retryOrFail(h, u, status, "HTTP " + status, true, after);
        } else if (status >= 200 && status < 300) {
            return archive(h, u, r, listener);
        } else {
            finish(h, u, CrawlStore.FAILED, status, "HTTP " + status);
            stats.errors.incrementAndGet();
        }
        return false;
    }

    private void redirect(Hosts.Host h, QueuedUrl u, Fetcher.Response r) {
        String location = r.capture().header("Location");
        String target = location == null ? null : Urls.resolve(u.url(), location);
        String chainStart = u.redirectOrigin() != null ? u.redirectOrigin() : u.url();
        String problem = null;
        if (target == null) problem = "redirect without a usable Location";
        else if (u.redirects() + 1 > MAX_REDIRECTS) problem = "more than " + MAX_REDIRECTS + " redirects";
        else if (target.equals(chainStart) || chainStart.equals(store.redirectOrigin(target).orElse(null))) {
            problem = "redirect loop";
        }
        if (problem != null) {
            finish(h, u, CrawlStore.FAILED, r.status(), problem + (target == null ? "" : " (to " + target + ")"));
            stats.errors.incrementAndGet();
            return;
        }
        // A seed that redirects (http → https, to www.) makes its target's host part of the crawl.
        if (u.depth() == 0 && u.via() == null) seedHosts.add(Urls.host(target));
        withCommit(() -> {
            offer(target, u.depth(), u.url(), u.redirects() + 1, chainStart);
            store.finish(u.id(), CrawlStore.REDIRECTED, r.status(), "to " + target);
        });
        hosts.dequeued(h);
        stats.queued.decrementAndGet();
        stats.redirects.incrementAndGet();
    }

    private void retryOrFail(Hosts.Host h, QueuedUrl u, Integer status, String reason, boolean retryable,
                             Duration retryAfter) {
        if (retryable && u.attempts() + 1 < config.maxAttempts()) {
            long backoff = config.retryBase().toMillis() << Math.min(u.attempts(), 16);
            long at = System.currentTimeMillis() + Math.max(backoff, retryAfter.toMillis());
            withCommit(() -> store.retryLater(u.id(), at, reason));
            return;
        }
        finish(h, u, CrawlStore.FAILED, status, retryable ? reason + " (after " + (u.attempts() + 1) + " attempts)"
                : reason);
        stats.errors.incrementAndGet();
    }

    private void finish(Hosts.Host h, QueuedUrl u, String state, Integer status, String reason) {
        withCommit(() -> store.finish(u.id(), state, status, reason));
        hosts.dequeued(h);
        stats.queued.decrementAndGet();
    }

    /** Archives a 2xx response, with what it links to; tells the listener about a new HTML page. */
    private boolean archive(Hosts.Host h, QueuedUrl u, Fetcher.Response r, CrawlListener listener) {
        Discovery found = Discovery.of(u, r, pageText, config.maxLinksPerPage());
        if (found.dropped() > 0) stats.linksDropped.addAndGet(found.dropped());
        String digest = WarcArchive.sha1(r.capture().body()).toString();
        String fetched = r.capture().date().toString();
        boolean[] fresh = new boolean[1];
        withCommit(() -> {
            Optional<String[]> original = store.payload(digest);
            Optional<ArchivedHash> near = original.isEmpty() && found.simhash().isPresent()
                    ? nearDuplicate(found.simhash().getAsLong(), u.url()) : Optional.empty();
            Map<String, List<String>> fields = found.metadata(u, near.map(ArchivedHash::url).orElse(null));
            WarcArchive.Written w;
            try {
                w = original.isPresent()
                        ? archive.revisit(r.capture(), original.get()[0], URI.create(original.get()[1]),
                        Instant.parse(original.get()[2]), fields)
                        : archive.response(r.capture(), fields);
            } catch (IOException e) {
                throw new CrawlException("cannot write to " + warcDir(dataDir) + ": " + e.getMessage(), e);
            }
            String reason = original.map(o -> "copy of " + o[0]).orElse(near.map(n -> "near-duplicate of " + n.url())
                    .orElse(null));
            store.stored(u.id(), original.isPresent() ? CrawlStore.DUPLICATE : CrawlStore.STORED, r.status(), reason,
                    r.capture().header("ETag"), r.capture().header("Last-Modified"), w.responseId().toString(),
                    fetched, w.file(), w.length());
            if (original.isEmpty()) {
                store.addPayload(digest, u.url(), w.responseId().toString(), fetched);
                if (near.isEmpty() && found.simhash().isPresent()) {
                    store.addSimhash(found.simhash().getAsLong(), u.url(), w.responseId().toString());
                }
            }
            for (String s : found.sitemaps()) offer(s, u.depth(), u.url(), 0, null);
            for (String p : found.links()) offer(p, u.depth() + 1, u.url(), 0, null);
            fresh[0] = original.isEmpty() && near.isEmpty();
            if (original.isPresent()) stats.duplicates.incrementAndGet();
            if (near.isPresent()) stats.nearDuplicates.incrementAndGet();
        });
        stats.stored.incrementAndGet();
        hosts.dequeued(h);
        stats.queued.decrementAndGet();
        if (fresh[0] && found.html()) {
            listener.page(new WarcPage(u.url(), fetched, r.status(), r.contentType(), r.body()));
        }
        return true;
    }

    private Optional<ArchivedHash> nearDuplicate(long hash, String url) {
        return store.simhashCandidates(hash).stream()
                .filter(c -> !c.url().equals(url) && SimHash.distance(c.hash(), hash) <= SimHash.MAX_DISTANCE)
                .min(java.util.Comparator.comparingInt(c -> SimHash.distance(c.hash(), hash)));
    }

    /** Queues a discovered URL when it is in scope and within depth; must run inside {@link #withCommit}. */
    private void offer(String url, int depth, String via, int redirects, String redirectOrigin) {
        // A redirect target keeps the depth of the URL that redirected: it is the same link.
        if (depth > config.maxDepth() || !config.scope().allows(url, seedHosts)) return;
        if (store.enqueue(url, depth, run, via, redirects, redirectOrigin)) {
            hosts.queued(Urls.origin(url));
            stats.queued.incrementAndGet();
        }
    }

    /** Runs store changes as one transaction, serialised with WARC writes (see the class comment). */
    private void withCommit(Runnable changes) {
        synchronized (commitLock) {
            try {
                changes.run();
                store.commit();
            } catch (RuntimeException e) {
                store.rollback();
                throw e;
            }
        }
    }

    private Duration delay(RobotsRules.Cached rules) {
        Duration crawlDelay = RobotsRules.crawlDelay(rules.rules());
        return crawlDelay.compareTo(config.delay()) > 0 ? crawlDelay : config.delay();
    }

    private static Map<String, List<String>> warcinfo(CrawlConfig config) {
        Map<String, List<String>> info = new LinkedHashMap<>();
        String version = Crawler.class.getPackage().getImplementationVersion();
        info.put("software", List.of("factline/" + (version == null ? "0.1.0-SNAPSHOT" : version)
                + " (jwarc, crawler-commons)"));
        info.put("format", List.of("WARC File Format 1.1"));
        info.put("conformsTo", List.of("https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"));
        info.put("http-header-user-agent", List.of(config.userAgent()));
        info.put("robots", List.of("obey"));
        return info;
    }

    @Override
    public void close() {
        try {
            archive.close();
        } catch (IOException e) {
            throw new CrawlException("cannot close the WARC file: " + e.getMessage(), e);
        } finally {
            store.close();
            CrawlDirectory.release(lock);
        }
    }
}
