package io.factline.crawl;

import io.factline.crawl.site.CalendarTrapRoute;
import io.factline.crawl.site.CutRoute;
import io.factline.crawl.site.FeedRoute;
import io.factline.crawl.site.FlakyRoute;
import io.factline.crawl.site.GzipBombRoute;
import io.factline.crawl.site.OversizedRoute;
import io.factline.crawl.site.PageRoute;
import io.factline.crawl.site.RedirectChainRoute;
import io.factline.crawl.site.RedirectLoopRoute;
import io.factline.crawl.site.RedirectRoute;
import io.factline.crawl.site.RobotsRoute;
import io.factline.crawl.site.SitemapRoute;
import io.factline.crawl.site.SlowRoute;
import io.factline.crawl.site.SyndicatedCopyRoute;
import io.factline.crawl.site.TestSite;
import io.factline.warc.WarcArchive;
import io.factline.warc.WarcPage;
import io.factline.warc.WarcPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.factline.crawl.TestCrawls.crawl;
import static io.factline.crawl.TestCrawls.fast;
import static io.factline.crawl.TestCrawls.page;
import static io.factline.crawl.TestCrawls.stateOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One scenario per test, each against a real HTTP server on 127.0.0.1 serving real pages of {@code corpora/pages}
 * and one named route for the scenario; the assertions are what a user would check in the WARC files, the crawl's
 * state and the server's log.
 */
class CrawlerScenariosTest {
    @TempDir
    Path data;
    TestSite site;

    @BeforeEach
    void startSite() {
        site = TestSite.start();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    private void home(String... links) {
        StringBuilder b = new StringBuilder("<h1>Front page</h1><ul>");
        for (String l : links) b.append("<li><a href=\"").append(l).append("\">").append(l).append("</a></li>");
        site.route("/", PageRoute.html("Front page", b.append("</ul>").toString()));
    }

    private static PageRoute article163() {
        return new PageRoute(page("163-longfor.html"), "text/html; charset=utf-8");
    }

    private List<Archived> archive() {
        return Archived.read(data);
    }

    @Test
    void archivesTheSiteAsWarc11WithRequestResponseAndMetadataRecords() {
        home("/news/163.html", "/news/sohu.html", "/news/latimes.html");
        site.route("/news/163.html", article163());
        // The GBK page's server sent no charset; the English page is sent gzip-encoded, as its server did.
        site.route("/news/sohu.html", new PageRoute(page("sohu-business-gbk.html"), "text/html"));
        site.route("/news/latimes.html", new PageRoute(page("latimes-disney-plus.html.gz"), "text/html", "gzip"));

        CrawlStats.Snapshot s = crawl(data, fast(site.url("/")).build());

        assertEquals(4, s.stored(), s.toString());
        List<Archived> records = archive();
        assertEquals("warcinfo", records.get(0).type());
        assertTrue(records.stream().allMatch(r -> r.version().equals("WARC/1.1")), "WARC 1.1 records");
        assertEquals(List.of(site.url("/"), site.url("/news/163.html"), site.url("/news/sohu.html"),
                site.url("/news/latimes.html")), Archived.targets(records, "response"), "breadth first, each once");
        assertEquals(4, Archived.targets(records, "request").size());
        Archived frontMeta = records.stream().filter(r -> r.type().equals("metadata")).findFirst().orElseThrow();
        assertTrue(frontMeta.fields().get("outlink").contains(site.url("/news/sohu.html")), frontMeta.toString());

        List<WarcPage> pages = readPages();
        WarcPage gbk = pages.stream().filter(p -> p.url().endsWith("sohu.html")).findFirst().orElseThrow();
        assertTrue(new String(gbk.body(), java.nio.charset.Charset.forName("GBK")).contains("搜狐"),
                "the GBK page is archived byte for byte");
        WarcPage gz = pages.stream().filter(p -> p.url().endsWith("latimes.html")).findFirst().orElseThrow();
        assertTrue(new String(gz.body(), java.nio.charset.StandardCharsets.UTF_8).contains("Disney"),
                "the gzip-encoded page reads back decoded");
    }

    @Test
    void robotsTxtDisallowIsObeyed() {
        home("/news/163.html", "/private/163.html");
        site.route("/robots.txt", new RobotsRoute("User-agent: *\nDisallow: /private/\n"));
        site.route("/news/163.html", article163());
        site.route("/private/163.html", article163());

        CrawlStats.Snapshot s = crawl(data, fast(site.url("/")).build());

        assertTrue(site.hits("/private/163.html").isEmpty(), "never requested");
        assertEquals("refused: disallowed by robots.txt", stateOf(data, site.url("/private/163.html")));
        assertEquals(1, s.refused());
        assertEquals(1, site.hits("/robots.txt").size(), "robots.txt is read once per host and cached");
    }

    @Test
    void robotsSitemapLineLeadsToASitemapIndexAndANewsSitemap() {
        site.route("/", PageRoute.html("Front page", "<p>Nothing linked here.</p>"));
        site.route("/robots.txt", new RobotsRoute("User-agent: *\nAllow: /\nSitemap: " + site.url("/sitemap.xml") + "\n"));
        site.route("/sitemap.xml", SitemapRoute.index(List.of(site.url("/sitemap-news.xml"))));
        site.route("/sitemap-news.xml", SitemapRoute.news(List.of(site.url("/news/163.html"), site.url("/news/sohu.html"))));
        site.route("/news/163.html", article163());
        site.route("/news/sohu.html", new PageRoute(page("sohu-business-gbk.html"), "text/html"));

        crawl(data, fast(site.url("/")).build());

        List<String> stored = Archived.targets(archive(), "response");
        assertTrue(stored.contains(site.url("/news/163.html")) && stored.contains(site.url("/news/sohu.html")), stored.toString());
        assertTrue(stored.contains(site.url("/sitemap-news.xml")), "sitemaps are kept too: " + stored);
    }

    @Test
    void anRssFeedSeedAndAFeedAnnouncedByAPageAreFollowed() {
        site.route("/feed.xml", new FeedRoute(List.of(site.url("/news/163.html"))));
        site.route("/other-feed.xml", new FeedRoute(List.of(site.url("/news/sohu.html"))));
        site.route("/news/163.html", new PageRoute(("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" "
                + "href=\"/other-feed.xml\"></head><body><p>An article.</p></body></html>").getBytes(), "text/html"));
        site.route("/news/sohu.html", new PageRoute(page("sohu-business-gbk.html"), "text/html"));

        crawl(data, fast(site.url("/feed.xml")).build());

        assertEquals(List.of(site.url("/feed.xml"), site.url("/news/163.html"), site.url("/other-feed.xml"),
                site.url("/news/sohu.html")), Archived.targets(archive(), "response"));
    }

    @Test
    void aRedirectIsFollowedAndThePageIsArchivedUnderItsFinalUrl() {
        home("/old-url");
        site.route("/old-url", new RedirectRoute(301, "/news/163.html"));
        site.route("/news/163.html", article163());

        CrawlStats.Snapshot s = crawl(data, fast(site.url("/")).build());

        assertEquals(List.of(site.url("/"), site.url("/news/163.html")), Archived.targets(archive(), "response"));
        assertEquals(1, s.redirects());
        assertTrue(stateOf(data, site.url("/old-url")).startsWith("redirected: to " + site.url("/news/163.html")));
    }

    @Test
    void aRedirectLoopEndsAndEachUrlIsRequestedOnce() {
        home("/loop/a");
        site.route("/loop/", new RedirectLoopRoute());

        CrawlStats.Snapshot s = crawl(data, fast(site.url("/")).build());

        assertEquals(1, site.hits("/loop/a").size());
        assertEquals(1, site.hits("/loop/b").size());
        assertTrue(stateOf(data, site.url("/loop/b")).contains("redirect loop"), stateOf(data, site.url("/loop/b")));
        assertEquals(1, s.errors());
        assertEquals(List.of(site.url("/")), Archived.targets(archive(), "response"));
    }

    @Test
    void aRedirectToAnotherSchemeIsNotFollowed() {
        home("/to-file", "/to-ftp", "/to-js");
        site.route("/to-file", new RedirectRoute(302, "file:///etc/passwd"));
        site.route("/to-ftp", new RedirectRoute(301, "ftp://files.example.com/pub/list.txt"));
        site.route("/to-js", new RedirectRoute(302, "javascript:alert(1)"));

        CrawlStats.Snapshot s = crawl(data, fast(site.url("/")).build());

        for (String path : List.of("/to-file", "/to-ftp", "/to-js")) {
            assertTrue(stateOf(data, site.url(path)).contains("redirect without a usable Location"),
                    path + ": " + stateOf(data, site.url(path)));
        }
        assertEquals(3, s.errors());
        assertEquals(0, s.redirects(), "none followed");
        assertEquals(List.of(site.url("/")), Archived.targets(archive(), "response"));
    }

    @Test
    void atMostFiveRedirectsAreFollowed() {
        home("/chain/1");
        site.route("/chain/", new RedirectChainRoute(7)); // 6 redirects before the page

        crawl(data, fast(site.url("/")).build());

        assertTrue(site.hits("/chain/7").isEmpty(), "the sixth redirect is not followed");
        assertTrue(stateOf(data, site.url("/chain/6")).contains("more than 5 redirects"), stateOf(data, site.url("/chain/6")));
    }

    @Test
    void notFoundIsRecordedAndNotArchived() {
        home("/gone.html");

        CrawlStats.Snapshot s = crawl(data, fast(site.url("/")).build());

        assertEquals("failed: HTTP 404", stateOf(data, site.url("/gone.html")));
        assertEquals(1, s.errors());
        assertEquals(List.of(site.url("/")), Archived.targets(archive(), "response"));
    }

    @Test
    void aServerErrorIsRetriedWithBackoffThenTheSuccessIsArchivedOnce() {
        home("/news/163.html");
        site.route("/news/163.html", new FlakyRoute(1, article163()));

        crawl(data, fast(site.url("/")).build());

        assertEquals(2, site.hits("/news/163.html").size(), "500, then 200");
        assertEquals(List.of(site.url("/"), site.url("/news/163.html")), Archived.targets(archive(), "response"));
        assertEquals("stored", stateOf(data, site.url("/news/163.html")));
    }

    @Test
    void aServerThatKeepsFailingIsGivenUpAfterTheLastAttempt() {
        home("/news/163.html");
        site.route("/news/163.html", new FlakyRoute(100, article163()));

        crawl(data, fast(site.url("/")).maxAttempts(3).build());

        assertEquals(3, site.hits("/news/163.html").size());
        assertEquals("failed: HTTP 500 (after 3 attempts)", stateOf(data, site.url("/news/163.html")));
    }

    @Test
    void aResponseSlowerThanTheTimeoutIsAbandoned() {
        home("/slow.html", "/news/163.html");
        site.route("/slow.html", new SlowRoute(10_000));
        site.route("/news/163.html", article163());

        crawl(data, fast(site.url("/")).maxAttempts(1).build());

        assertTrue(stateOf(data, site.url("/slow.html")).startsWith("failed: timed out"), stateOf(data, site.url("/slow.html")));
        assertEquals(List.of(site.url("/"), site.url("/news/163.html")), Archived.targets(archive(), "response"),
                "the rest of the site is crawled, nothing of the slow page is kept");
    }

    @Test
    void aConnectionCutMidBodyKeepsNoTruncatedPage() {
        home("/cut.html");
        site.route("/cut.html", new CutRoute(page("163-longfor.html")));

        CrawlStats.Snapshot s = crawl(data, fast(site.url("/")).build());

        assertEquals(3, site.hits("/cut.html").size(), "a network error is retried");
        assertTrue(stateOf(data, site.url("/cut.html")).startsWith("failed: network error"), stateOf(data, site.url("/cut.html")));
        assertEquals(1, s.errors());
        assertEquals(List.of(site.url("/")), Archived.targets(archive(), "response"));
    }

    @Test
    void aGzipBombIsDroppedBeforeItFillsMemory() {
        home("/bomb.html");
        GzipBombRoute bomb = new GzipBombRoute(200L << 20); // 200 MB of spaces
        site.route("/bomb.html", bomb);
        assertTrue(bomb.compressedSize() < 1 << 20, "small on the wire: " + bomb.compressedSize());

        crawl(data, fast(site.url("/")).build());

        assertTrue(stateOf(data, site.url("/bomb.html")).contains("gzip bomb"), stateOf(data, site.url("/bomb.html")));
        assertEquals(List.of(site.url("/")), Archived.targets(archive(), "response"));
    }

    @Test
    void anOversizedPageIsDropped() {
        home("/huge.html");
        site.route("/huge.html", new OversizedRoute(50L << 20));

        crawl(data, fast(site.url("/")).build());

        assertTrue(stateOf(data, site.url("/huge.html")).startsWith("failed: body larger than"),
                stateOf(data, site.url("/huge.html")));
        assertEquals(List.of(site.url("/")), Archived.targets(archive(), "response"));
    }

    @Test
    void anEndlessCalendarIsBoundedByDepthAndByThePerHostLimit() {
        home("/calendar/2020-09");
        site.route("/calendar/", new CalendarTrapRoute());

        crawl(data, fast(site.url("/")).maxDepth(6).build());
        int byDepth = site.hits().size();
        // robots.txt, the front page (depth 0), then months at depth 1 to 6: 2020-09 and ±1 per hop
        assertEquals(2 + 1 + 2 * 5, byDepth, site.hits().toString());

        try (TestSite other = TestSite.start()) {
            other.route("/", PageRoute.html("Front", "<a href=\"/calendar/2020-09\">events</a>"));
            other.route("/calendar/", new CalendarTrapRoute());
            crawl(data.resolve("limited"), fast(other.url("/")).maxDepth(1000).maxHostPages(20).build());
            assertEquals(1 + 20, other.hits().size(), "robots.txt and 20 pages");
        }
    }

    @Test
    void theSameArticleOnTwoHostsIsArchivedTwiceAndLinkedAsANearDuplicate() throws Exception {
        try (TestSite aggregator = TestSite.start()) {
            home("/news/163.html", "/print/163.html");
            site.route("/news/163.html", article163());
            site.route("/print/163.html", article163()); // the same bytes at a second URL: an exact copy
            aggregator.route("/", PageRoute.html("Aggregator", "<a href=\"/a/1.html\">Longfor</a>"));
            aggregator.route("/a/1.html", new SyndicatedCopyRoute(page("163-longfor.html"), "网易"));

            // The aggregator is crawled after the original's site: the copy found later is the duplicate.
            crawl(data, fast(site.url("/")).build());
            crawl(data, fast(aggregator.url("/")).build());

            List<Archived> records = archive();
            assertEquals(List.of(site.url("/print/163.html")), Archived.targets(records, "revisit"),
                    "an exact copy is a revisit record");
            assertTrue(Archived.targets(records, "response").contains(aggregator.url("/a/1.html")));
            Archived meta = records.stream().filter(r -> r.type().equals("metadata")
                    && aggregator.url("/a/1.html").equals(r.target())).findFirst().orElseThrow();
            assertEquals(List.of(site.url("/news/163.html")), meta.fields().get(WarcArchive.NEAR_DUPLICATE_OF));

            List<String> read = readPages().stream().map(WarcPage::url).toList();
            assertTrue(read.contains(site.url("/news/163.html")));
            assertFalse(read.contains(aggregator.url("/a/1.html")), "the copy is not read back as a page: " + read);
            assertFalse(read.contains(site.url("/print/163.html")), read.toString());
        }
    }

    @Test
    void crawlingAgainAsksConditionallyAndStoresNothingNew() {
        home("/news/163.html");
        site.route("/news/163.html", article163());
        crawl(data, fast(site.url("/news/163.html")).build());

        CrawlStats.Snapshot again = crawl(data, fast(site.url("/news/163.html")).build());

        List<TestSite.Hit> hits = site.hits("/news/163.html");
        assertEquals(2, hits.size());
        assertTrue(hits.get(1).headers().getFirst("If-None-Match").startsWith("\""), "sent the ETag back");
        assertTrue(hits.get(1).headers().getFirst("If-Modified-Since").contains("2020"));
        assertEquals(1, again.notModified());
        assertEquals(0, again.stored());
        assertEquals(1, Archived.targets(archive(), "response").size());
    }

    @Test
    void loopbackAddressesAreRefusedUnlessAllowed() {
        home();
        CrawlStats.Snapshot s = crawl(data, fast(site.url("/")).allowPrivate(false).build());

        assertTrue(site.hits().isEmpty(), "no request reached the server");
        assertTrue(stateOf(data, site.url("/")).contains("resolves to the non-public address 127.0.0.1"),
                stateOf(data, site.url("/")));
        assertEquals(1, s.refused());
    }

    private List<WarcPage> readPages() {
        List<WarcPage> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(Crawler.warcDir(data))) {
            for (Path f : files.sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    WarcPages.read(in, pages::add);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return pages;
    }
}
