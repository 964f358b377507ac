package io.factline.crawl;

import io.factline.crawl.site.LyingLengthRoute;
import io.factline.crawl.site.OversizedRoute;
import io.factline.crawl.site.PageRoute;
import io.factline.crawl.site.RobotsRoute;
import io.factline.crawl.site.SitemapRoute;
import io.factline.crawl.site.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.factline.crawl.TestCrawls.crawl;
import static io.factline.crawl.TestCrawls.fast;
import static io.factline.crawl.TestCrawls.stateOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile sites, served on 127.0.0.1: each page is built to make a crawler read, queue or parse without end. Each
 * must be bounded, reported in the crawl's state or summary, and leave the crawl able to finish.
 */
class CrawlerAbuseTest {
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

    private static String links(String prefix, int n) {
        StringBuilder b = new StringBuilder("<h1>Everything</h1>");
        for (int i = 0; i < n; i++) b.append("<a href=\"").append(prefix).append(i).append("\">").append(i).append("</a>\n");
        return b.toString();
    }

    @Test
    void aPageOfAHundredThousandLinksQueuesOnlyTheFirstOnes() {
        site.route("/", PageRoute.html("Index", links("/story/", 100_000)));
        site.route("/story/", PageRoute.html("Story", "<p>A story.</p>"));

        CrawlStats.Snapshot s = crawl(data, fast(site.url("/")).maxBodyBytes(8 << 20).maxPages(3)
                .maxLinksPerPage(1_000).build());

        assertEquals(99_000, s.linksDropped(), s.toString());
        assertEquals(1_000 - 2, s.queued(), "the first 1,000 links queued, two of them fetched: " + s);
        assertTrue(stateOf(data, site.url("/story/999")).startsWith("queued"), stateOf(data, site.url("/story/999")));
        assertEquals("unknown", stateOf(data, site.url("/story/1000")), "past the cap: never queued");
    }

    @Test
    void aSitemapIndexOfTwentyThousandSitemapsIsCapped() {
        List<String> children = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) children.add(site.url("/sitemaps/" + i + ".xml"));
        site.route("/", PageRoute.html("Front", "<p>Nothing linked.</p>"));
        site.route("/robots.txt", new RobotsRoute("User-agent: *\nAllow: /\nSitemap: " + site.url("/sitemap.xml") + "\n"));
        site.route("/sitemap.xml", SitemapRoute.index(children));
        site.route("/sitemaps/", SitemapRoute.news(List.of(site.url("/story/1"))));

        CrawlStats.Snapshot s = crawl(data, fast(site.url("/")).maxBodyBytes(4 << 20).maxPages(5)
                .maxLinksPerPage(100).build());

        assertEquals(20_000 - 100, s.linksDropped(), s.toString());
        assertEquals("unknown", stateOf(data, site.url("/sitemaps/100.xml")));
        assertTrue(site.hits().size() <= 1 + 5 + 1, "robots.txt and at most the five pages of --max-pages: " + site.hits());
    }

    @Test
    void anEndlessChunkedBodyIsCutAtTheBodyCap() {
        site.route("/", PageRoute.html("Front", "<a href=\"/endless\">more</a>"));
        site.route("/endless", new OversizedRoute(Long.MAX_VALUE));

        CrawlStats.Snapshot s = crawl(data, fast(site.url("/")).build());

        assertTrue(stateOf(data, site.url("/endless")).startsWith("failed: body larger than 1048576 bytes"),
                stateOf(data, site.url("/endless")));
        assertEquals(1, s.stored(), "the front page only");
        assertEquals(1, s.errors());
    }

    @Test
    void aContentLengthThatLiesIsRefusedOrCutNeverArchived() {
        site.route("/", PageRoute.html("Front", "<a href=\"/huge\">huge</a> <a href=\"/short\">short</a>"));
        site.route("/huge", new LyingLengthRoute(5L << 30));
        site.route("/short", new LyingLengthRoute(100_000));

        CrawlStats.Snapshot s = crawl(data, fast(site.url("/")).maxAttempts(1).build());

        assertEquals("failed: body larger than 1048576 bytes (Content-Length 5368709120)", stateOf(data, site.url("/huge")));
        assertTrue(stateOf(data, site.url("/short")).startsWith("failed"), "a body shorter than announced is "
                + "truncated: " + stateOf(data, site.url("/short")));
        assertEquals(1, s.stored(), s.toString());
    }

    @Test
    void aTenMegabyteRobotsTxtIsReadOnlyAsFarAsRfc9309Asks() {
        StringBuilder robots = new StringBuilder("User-agent: *\nDisallow: /private/\n");
        while (robots.length() < 10 << 20) robots.append("# filler line of a robots.txt that never ends ..........\n");
        robots.append("Disallow: /late/\n");
        site.route("/", PageRoute.html("Front", "<a href=\"/private/a\">a</a> <a href=\"/late/b\">b</a>"));
        site.route("/robots.txt", new RobotsRoute(robots.toString()));
        site.route("/private/", PageRoute.html("Private", "<p>Private.</p>"));
        site.route("/late/", PageRoute.html("Late", "<p>Past the parsing limit.</p>"));

        CrawlStats.Snapshot s = crawl(data, fast(site.url("/")).maxBodyBytes(16 << 20).build());

        assertEquals("refused: disallowed by robots.txt", stateOf(data, site.url("/private/a")));
        assertTrue(stateOf(data, site.url("/late/b")).startsWith("stored"), "a rule past the first 500 KiB is "
                + "not read: " + stateOf(data, site.url("/late/b")));
        assertEquals(2, s.stored());
    }
}
