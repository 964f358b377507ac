package io.factline.crawl;

import io.factline.TestData;
import io.factline.crawl.site.PageRoute;
import io.factline.crawl.site.SitemapRoute;
import io.factline.crawl.site.TestSite;
import io.factline.index.IndexWriterSession;
import io.factline.ingest.CrawlFeed;
import io.factline.ingest.Ingester;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crawl throughput and frontier memory, measured on loopback. Not part of the default test run (it takes minutes):
 * {@code mvn test -Dgroups=bench -DexcludedGroups=none -Dtest=CrawlBenchmark}. Figures are printed and written to
 * {@code target/bench-crawl.txt}.
 */
@Tag("bench")
class CrawlBenchmark {
    private static final int HOSTS = 4, COPIES = 2;

    @TempDir
    Path dir;

    /**
     * The real pages of {@code ../shared/corpora/extraction} (181 English, 133 Chinese), each served under
     * {@value #COPIES} paths on each of {@value #HOSTS} hosts: 2,512 pages linked from each host's front page.
     */
    private static List<TestSite> sites() throws IOException {
        Path extraction = TestData.shared().resolve("extraction");
        List<Path> pages;
        try (Stream<Path> s = Files.walk(extraction)) {
            pages = s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz")).sorted().toList();
        }
        List<TestSite> sites = new ArrayList<>();
        for (int h = 0; h < HOSTS; h++) {
            TestSite site = TestSite.start();
            StringBuilder links = new StringBuilder();
            for (int c = 0; c < COPIES; c++) {
                for (int i = 0; i < pages.size(); i++) {
                    Path p = pages.get(i);
                    boolean gz = p.toString().endsWith(".gz");
                    String path = "/c" + c + "/" + i + ".html";
                    site.route(path, new PageRoute(Files.readAllBytes(p), "text/html", gz ? "gzip" : null));
                    links.append("<a href=\"").append(path).append("\">").append(i).append("</a>\n");
                }
            }
            site.route("/", PageRoute.html("Front", links.toString()));
            sites.add(site);
        }
        return sites;
    }

    private static CrawlConfig config(List<TestSite> sites) {
        return CrawlConfig.builder().seeds(sites.stream().map(s -> s.url("/")).toList()).allowPrivate(true)
                .delay(Duration.ZERO).maxDepth(1).maxPages(100_000).build();
    }

    @Test
    void pagesPerSecondOnLoopbackWithAndWithoutIngest() throws IOException {
        List<TestSite> sites = sites();
        StringBuilder report = new StringBuilder();
        try {
            CrawlStats.Snapshot plain;
            try (Crawler c = Crawler.start(dir.resolve("plain"), config(sites), CrawlFeed.mainText())) {
                plain = c.run(CrawlListener.NONE);
            }
            report.append(line("crawl", plain));

            CrawlStats.Snapshot ingest;
            Ingester.Stats indexed;
            try (IndexWriterSession index = IndexWriterSession.open(dir.resolve("ingest"));
                 Crawler c = Crawler.start(dir.resolve("ingest"), config(sites), CrawlFeed.mainText())) {
                Ingester.Run run = new Ingester(TestData.pipeline(), Runtime.getRuntime().availableProcessors(),
                        System.err).start(index, false);
                ingest = c.run(CrawlFeed.into(run));
                indexed = run.finish(0);
            }
            report.append(line("crawl --ingest", ingest)).append(String.format(
                    "  of which indexed: %d distinct articles (%d facts) in %.1f s, %.2f articles/s%n",
                    indexed.indexed(), indexed.facts(), indexed.millis() / 1000.0,
                    indexed.indexed() / (indexed.millis() / 1000.0)));
            assertTrue(plain.stored() >= 2000, report.toString());
        } finally {
            sites.forEach(TestSite::close);
            write(report);
        }
    }

    @Test
    void memoryWithOneHundredThousandUrlsQueued() throws IOException {
        int urls = 100_000;
        StringBuilder report = new StringBuilder();
        try (TestSite site = TestSite.start()) {
            List<String> maps = new ArrayList<>();
            // News sitemaps of 25,000 entries (a 50,000-entry one is past the 10 MB body cap)
            for (int m = 0; m < 4; m++) {
                List<String> pages = new ArrayList<>();
                for (int i = 0; i < urls / 4; i++) pages.add(site.url("/news/2020/09/" + m + "/article-" + i + ".html"));
                site.route("/sitemap-" + m + ".xml", SitemapRoute.news(pages));
                maps.add(site.url("/sitemap-" + m + ".xml"));
            }
            site.route("/sitemap.xml", SitemapRoute.index(maps));
            long before = usedHeap();
            CrawlConfig config = CrawlConfig.builder().seeds(List.of(site.url("/sitemap.xml"))).allowPrivate(true)
                    .delay(Duration.ZERO).maxPages(5).build();
            long t0 = System.nanoTime();
            try (Crawler c = Crawler.start(dir.resolve("queued"), config, CrawlFeed.mainText())) {
                CrawlStats.Snapshot s = c.run(CrawlListener.NONE);
                double secs = (System.nanoTime() - t0) / 1e9;
                long after = usedHeap();
                long db = Files.size(dir.resolve("queued/crawl/state.db"))
                        + sizeOrZero(dir.resolve("queued/crawl/state.db-wal"));
                report.append(String.format("frontier: %d URLs queued (from a sitemap index of 4 news sitemaps) in %.1f s; "
                                + "heap used after GC %d MB before, %d MB with the crawl open (+%d MB); "
                                + "state.db %d MB on disk%n", s.queued(), secs, before >> 20, after >> 20,
                        (after - before) >> 20, db >> 20));
                assertTrue(s.queued() >= urls, report.toString());
            }
        } finally {
            write(report);
        }
    }

    private static String line(String what, CrawlStats.Snapshot s) {
        return String.format("%s: %d pages stored (%d exact duplicates, %d near-duplicates) from %d hosts, "
                        + "%d requests in %.1f s: %.1f pages/s%n", what, s.stored(), s.duplicates(), s.nearDuplicates(),
                HOSTS, s.requests(), s.millis() / 1000.0, s.pagesPerSecond());
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long sizeOrZero(Path p) throws IOException {
        return Files.exists(p) ? Files.size(p) : 0;
    }

    private static synchronized void write(StringBuilder report) throws IOException {
        System.out.print(report);
        Path out = Path.of("target", "bench-crawl.txt");
        Files.writeString(out, report, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
}
