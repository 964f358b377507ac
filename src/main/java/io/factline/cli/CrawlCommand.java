package io.factline.cli;

import io.factline.crawl.CrawlConfig;
import io.factline.crawl.CrawlListener;
import io.factline.crawl.CrawlStats;
import io.factline.crawl.Crawler;
import io.factline.crawl.Scope;
import io.factline.registry.Registries;
import io.factline.index.IndexWriterSession;
import io.factline.ingest.CrawlFeed;
import io.factline.ingest.Ingester;
import io.factline.ingest.ArticleBudget;
import io.factline.ingest.InputReader;
import io.factline.ingest.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code factline crawl}: fetch news sites politely into WARC files, optionally indexing as pages arrive. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = {"Crawl news sites from seed pages, sitemaps or feeds into WARC files under DIR/warc, obeying "
                + "robots.txt, one request at a time per host.",
                "Prints nothing on standard output; progress and a summary go to standard error. --resume carries on "
                        + "after a stop or a crash; running again with seeds fetches them again (conditionally) and "
                        + "crawls what is new.",
                "Index the pages with --ingest, or later with: factline ingest --data DIR DIR/warc"})
final class CrawlCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Mixin
    ArticleBudgetOption articleBudget;

    @Parameters(arity = "0..*", paramLabel = "URL", description = "Seed URLs: pages, sitemaps or RSS/Atom feeds.")
    List<String> urls = new ArrayList<>();

    @Option(names = "--seeds", paramLabel = "FILE", description = "More seed URLs, one a line (# starts a comment).")
    Path seedsFile;

    @Option(names = "--resume", description = "Carry on the last crawl in --data with its settings.")
    boolean resume;

    /** With --ingest: the facts kept. */
    @Mixin
    ConfidenceOption confidence;

    @Option(names = "--max-pages", paramLabel = "N",
            description = "Pages to store in this crawl (default: " + CrawlConfig.DEFAULT_MAX_PAGES + ").")
    Integer maxPages;

    @Option(names = "--max-depth", paramLabel = "D",
            description = "Links to follow from a seed (default: " + CrawlConfig.DEFAULT_MAX_DEPTH + ").")
    Integer maxDepth;

    @Option(names = "--max-host-pages", paramLabel = "N",
            description = "Requests per host at most, against spider traps (default: "
                    + CrawlConfig.DEFAULT_MAX_HOST_PAGES + ").")
    Integer maxHostPages;

    @Option(names = "--max-links-per-page", paramLabel = "N",
            description = "Links or sitemap entries taken from one page at most, the first in the page (default: "
                    + CrawlConfig.DEFAULT_MAX_LINKS_PER_PAGE + ").")
    Integer maxLinksPerPage;

    @Option(names = "--scope", paramLabel = "SCOPE",
            description = "same-host (default), same-domain, or a regular expression URLs must match.")
    String scope;

    @Option(names = "--delay-ms", paramLabel = "MS", description = "Pause between requests to one host (default: "
            + CrawlConfig.DEFAULT_DELAY_MS + "; a robots.txt Crawl-delay can only lengthen it).")
    Long delayMs;

    @Option(names = "--user-agent", paramLabel = "UA", description = "User-Agent header (default: "
            + CrawlConfig.DEFAULT_USER_AGENT + ").")
    String userAgent;

    @Option(names = "--threads", paramLabel = "N",
            description = "Hosts fetched in parallel (default: " + CrawlConfig.DEFAULT_THREADS + ").")
    Integer threads;

    @Option(names = "--allow-private",
            description = "Allow private, loopback and link-local addresses (refused by default).")
    boolean allowPrivate;

    @Option(names = "--ingest", description = "Extract and index pages as they arrive (same index as a later ingest).")
    boolean ingest;

    @Override
    public Integer call() {
        List<String> seeds = seeds();
        if (resume && !seeds.isEmpty()) {
            throw new UsageException("--resume carries on the last crawl with its seeds: give no seed URL with it");
        }
        if (!resume && seeds.isEmpty()) throw new UsageException("give seed URLs, --seeds FILE, or --resume");
        PrintStream err = Streams.err();
        try (Crawler crawler = resume ? Crawler.resume(data.data, this::adjust, CrawlFeed.mainText())
                : Crawler.start(data.data, adjust(CrawlConfig.builder().seeds(seeds).build()), CrawlFeed.mainText())) {
            Result r = crawl(crawler, data.data, ingest, resume, ingest ? confidence.value() : 0,
                    articleBudget.budget(), err,
                    System.console() != null);
            return exitCode(r, seeds.size(), crawler.seedProblems().size(), err);
        }
    }

    /** Non-zero when nothing could be crawled (every seed refused or failed) or an article failed to ingest. */
    static int exitCode(Result r, int seeds, int seedProblems, PrintStream err) {
        int code = 0;
        if (seeds > 0 && seedProblems == seeds && r.crawl().stored() == 0) {
            err.println("factline: no seed could be crawled (see above)");
            code = 1;
        }
        if (r.ingest() != null && r.ingest().failed() > 0) {
            err.println("factline: " + r.ingest().failed() + " pages failed to ingest (see above); the others are indexed");
            code = 1;
        }
        return code;
    }

    /** The settings given on the command line, over {@code base}. */
    private CrawlConfig adjust(CrawlConfig base) {
        CrawlConfig.Builder b = base.toBuilder();
        if (maxPages != null) b.maxPages(maxPages);
        if (maxDepth != null) b.maxDepth(maxDepth);
        if (maxHostPages != null) b.maxHostPages(maxHostPages);
        if (maxLinksPerPage != null) b.maxLinksPerPage(maxLinksPerPage);
        if (scope != null) b.scope(Scope.parse(scope));
        if (delayMs != null) b.delay(Duration.ofMillis(delayMs));
        if (userAgent != null) b.userAgent(userAgent);
        if (threads != null) b.threads(threads);
        if (allowPrivate) b.allowPrivate(true);
        return b.build();
    }

    /** What a crawl did, and what the ingest that ran with it did (null without --ingest). */
    record Result(CrawlStats.Snapshot crawl, Ingester.Stats ingest) {
    }

    /**
     * Runs a crawl with progress and a summary on {@code err}; with {@code ingest}, indexes pages as they arrive
     * (after catching up with pages archived before, when resuming).
     */
    static Result crawl(Crawler crawler, Path dataDir, boolean ingest, boolean catchUp, double minConfidence,
                        ArticleBudget budget, PrintStream err, boolean terminal) {
        if (!ingest) return new Result(crawl(crawler, CrawlListener.NONE, err, terminal), null);
        Pipeline pipeline = new Pipeline(Registries.load(), minConfidence);
        try (IndexWriterSession index = IndexWriterSession.open(dataDir)) {
            Ingester.Run run = new Ingester(pipeline, Runtime.getRuntime().availableProcessors(), err, budget)
                    .start(index, false);
            Path warc = Crawler.warcDir(dataDir);
            CrawlStats.Snapshot s;
            Ingester.Stats i;
            try (CommitOnSignal signal = new CommitOnSignal(run, err)) {
                if (catchUp && Files.isDirectory(warc)) {
                    new InputReader(null, problem -> err.println("crawl: " + problem))
                            .readWithOrigins(List.of(warc.toString()), run::accept);
                }
                s = crawl(crawler, CrawlFeed.into(run), err, terminal);
                i = run.finish(0);
            }
            err.printf("ingest: %d articles read, %d indexed (%d facts, %d re-extracted by a changed pipeline), "
                            + "%d unchanged, %d failed, %.1f s → %s%n", i.read(), i.indexed(), i.facts(),
                    i.reextracted(), i.unchanged(), i.failed(), i.millis() / 1000.0,
                    dataDir.toAbsolutePath().normalize());
            return new Result(s, i);
        }
    }

    private static CrawlStats.Snapshot crawl(Crawler crawler, CrawlListener listener, PrintStream err, boolean terminal) {
        CrawlStats.Snapshot s;
        try (Progress progress = new Progress(err, crawler.stats()::snapshot, terminal)) {
            s = crawler.run(listener);
        }
        crawler.seedProblems().forEach((seed, state) -> err.println("crawl: seed " + seed + ": " + state));
        err.println(summary(s, Crawler.warcDir(crawler.dataDir())));
        return s;
    }

    static String summary(CrawlStats.Snapshot s, Path warc) {
        return String.format("crawl: %d pages stored (%d duplicates, %d near-duplicates), %d not modified, "
                        + "%d errors, %d refused, %d queued%s; %d requests in %.1f s, %.1f pages/s → %s",
                s.stored(), s.duplicates(), s.nearDuplicates(), s.notModified(), s.errors(), s.refused(), s.queued(),
                s.linksDropped() == 0 ? "" : ", " + s.linksDropped() + " links past --max-links-per-page",
                s.requests(), s.millis() / 1000.0, s.pagesPerSecond(), warc.toAbsolutePath().normalize());
    }

    private List<String> seeds() {
        List<String> all = new ArrayList<>(urls);
        if (seedsFile == null) return all;
        try {
            for (String line : Files.readAllLines(seedsFile, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) all.add(l);
            }
        } catch (IOException e) {
            throw new UsageException("cannot read --seeds " + seedsFile + ": " + e.getMessage());
        }
        return all;
    }
}
