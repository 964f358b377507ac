package io.factline.cli;

import io.factline.crawl.CrawlConfig;
import io.factline.crawl.Crawler;
import io.factline.registry.NameLookup;
import io.factline.registry.Registries;
import io.factline.index.IndexReaderSession;
import io.factline.index.SearchRequest;
import io.factline.ingest.ArticleBudget;
import io.factline.ingest.CrawlFeed;
import io.factline.ingest.Ingester;
import io.factline.timeline.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code factline demo}: the main job on the bundled sample corpus: serve it as a news site on a loopback port,
 * crawl it and index the pages as they arrive, then show a search in each language and the Douyin DAU timeline.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Serve the bundled sample corpus (corpora/) as a news site on a loopback port, crawl it into a "
                + "fresh data directory indexing the pages as they arrive, then run a Chinese and an English search "
                + "and print the Douyin DAU timeline."})
final class DemoCommand implements Runnable {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Where to keep the demo's WARC files and index (default: a new temporary directory).")
    Path data;

    @Option(names = "--corpus", paramLabel = "DIR", description = "The corpus to serve (default: the project's corpora/).")
    Path corpus;

    /**
     * The demo keeps and shows facts a reader exploring would look at, far below the commands' default: the
     * reference article is a machine translation, whose figures the fact scorer rates 0.01 to 0.26 (its 600 million
     * DAU, "the daily activity of the flick of the flick version", 0.26).
     */
    static final double DEMO_MIN_CONFIDENCE = 0.1;

    @Option(names = "--min-confidence", paramLabel = "C", defaultValue = "" + DEMO_MIN_CONFIDENCE,
            description = "Keep and show facts of at least this confidence (default: ${DEFAULT-VALUE}).")
    double minConfidence;

    @Override
    public void run() {
        if (!(minConfidence >= 0 && minConfidence <= 1)) throw new UsageException("--min-confidence must be between 0 and 1");
        PrintStream out = Streams.out(), err = Streams.err();
        Path dir = corpus != null ? corpus : defaultCorpus();
        if (!Files.isDirectory(dir)) throw new UsageException("no corpus directory at " + dir + " (use --corpus DIR)");
        Path dataDir = data != null ? data : tempDir();
        CrawlCommand.Result r;
        try (DemoSite site = DemoSite.start(dir)) {
            err.println("demo: serving " + dir + " at " + site.home() + ", crawling it into " + dataDir
                    + " (the first run loads CoreNLP and HanLP)");
            // Our own server on the loopback interface: no pause between requests is needed, and the address is private.
            // The sitemap and the feed list the articles; the front page (a list of headlines) is not one to index.
            CrawlConfig config = CrawlConfig.builder().seeds(List.of(site.sitemapUrl(), site.feedUrl())).maxDepth(1)
                    .allowPrivate(true).delay(Duration.ZERO).build();
            try (Crawler crawler = Crawler.start(dataDir, config, CrawlFeed.mainText())) {
                r = CrawlCommand.crawl(crawler, dataDir, true, false, minConfidence,
                        new ArticleBudget(ArticleBudget.DEFAULT_SECONDS_PER_10K), err, false);
            }
        }
        DataOption d = new DataOption();
        d.data = dataDir;
        Ingester.Stats s = r.ingest();
        out.printf("Ingested %d articles with %d facts of confidence ≥ %s into %s%n", s.indexed() + s.unchanged(),
                s.facts(), minConfidence, d.data);
        Registries reg = Registries.load();
        try (IndexReaderSession index = IndexReaderSession.open(d.data, reg)) {
            for (String q : List.of("字节跳动 收入", "Douyin")) {
                out.printf("%n== factline search --data %s '%s'%n", d.data, q);
                var results = index.search(SearchRequest.of(q, 3));
                out.printf("%d article%s%n", results.total(), results.total() == 1 ? " matches" : "s match");
                for (var h : results.hits()) {
                    java.util.List<String> about = new java.util.ArrayList<>();
                    if (h.article().source() != null) about.add(h.article().source());
                    if (h.article().published() != null) about.add(h.article().published());
                    if (!h.matched().isEmpty()) about.add("names " + String.join(", ", h.matched()));
                    out.printf("- %s%s%n", h.article().displayTitle(), about.isEmpty() ? "" : " (" + String.join(", ", about) + ")");
                    for (String snippet : h.snippets()) out.printf("    … %s%n", snippet.replace('\n', ' ').strip());
                }
            }
            String entity = new NameLookup(reg).entity("抖音");
            out.printf("%n== factline timeline --data %s --entity 抖音 --metric DAU --min-confidence %s%n", d.data,
                    minConfidence);
            TimelineCommand.print(Timeline.of(index, entity, "DAU", minConfidence), FormatOption.Format.text, out);
        }
        out.printf("%nTry: factline facts --data %s --entity Douyin%n", d.data);
        out.printf("     factline serve --data %s   (then open http://127.0.0.1:8080/)%n", d.data);
    }

    /** The launcher passes the project root as factline.home; from a checkout the working directory works too. */
    static Path defaultCorpus() {
        String home = System.getProperty("factline.home");
        return (home != null ? Path.of(home) : Path.of("")).resolve("corpora").toAbsolutePath().normalize();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("factline-demo-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
