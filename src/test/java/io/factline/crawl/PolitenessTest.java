package io.factline.crawl;

import io.factline.crawl.site.PageRoute;
import io.factline.crawl.site.RobotsRoute;
import io.factline.crawl.site.TestSite;
import io.factline.crawl.site.TooManyRequestsRoute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.factline.crawl.TestCrawls.crawl;
import static io.factline.crawl.TestCrawls.fast;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The request rate to one host, measured where it matters: on the server, from the arrival times of the requests.
 * The only tests that assert on time, and only lower bounds (a pause at least this long), which a slow machine
 * cannot break.
 */
class PolitenessTest {
    @TempDir
    Path data;

    /** A site of {@code n} small pages linked from its front page. */
    private static TestSite siteOf(int n) {
        TestSite site = TestSite.start();
        StringBuilder links = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            links.append("<a href=\"/p/").append(i).append(".html\">").append(i).append("</a> ");
            site.route("/p/" + i + ".html", PageRoute.html("Page " + i, "<p>Page " + i + "</p>"));
        }
        site.route("/", PageRoute.html("Front", links.toString()));
        return site;
    }

    /** The shortest pause between two requests the server received. */
    private static long shortestGapMillis(List<TestSite.Hit> hits) {
        long min = Long.MAX_VALUE;
        for (int i = 1; i < hits.size(); i++) min = Math.min(min, hits.get(i).nanos() - hits.get(i - 1).nanos());
        return min / 1_000_000;
    }

    @Test
    void requestsToOneHostAreNeverCloserThanTheDelayWhileHostsAreFetchedInParallel() {
        try (TestSite a = siteOf(6); TestSite b = siteOf(6)) {
            crawl(data, fast(a.url("/"), b.url("/")).delay(Duration.ofMillis(300)).build());

            for (TestSite site : List.of(a, b)) {
                List<TestSite.Hit> hits = site.hits();
                assertEquals(1 + 1 + 6, hits.size(), "robots.txt, the front page and 6 pages");
                long gap = shortestGapMillis(hits);
                assertTrue(gap >= 300, "requests to one host " + gap + " ms apart, less than the 300 ms delay");
            }
            // Parallel hosts: the second host was served before the first one was done.
            long aLast = a.hits().get(a.hits().size() - 1).nanos(), bFirst = b.hits().get(0).nanos();
            long bLast = b.hits().get(b.hits().size() - 1).nanos(), aFirst = a.hits().get(0).nanos();
            assertTrue(bFirst < aLast && aFirst < bLast, "the two hosts were crawled at the same time");
        }
    }

    @Test
    void aRobotsTxtCrawlDelayLengthensTheDelay() {
        try (TestSite site = siteOf(3)) {
            site.route("/robots.txt", new RobotsRoute("User-agent: *\nCrawl-delay: 1\n"));

            crawl(data, fast(site.url("/")).delay(Duration.ZERO).build());

            assertEquals(1 + 1 + 3, site.hits().size());
            long gap = shortestGapMillis(site.hits());
            assertTrue(gap >= 1000, "Crawl-delay: 1 but requests " + gap + " ms apart");
        }
    }

    @Test
    void a429RetryAfterIsHonouredBeforeAskingAgain() {
        try (TestSite site = TestSite.start()) {
            site.route("/", new TooManyRequestsRoute(1, PageRoute.html("Front", "<p>Welcome back.</p>")));

            crawl(data, fast(site.url("/")).build());

            List<TestSite.Hit> hits = site.hits("/");
            assertEquals(2, hits.size(), "429, then the page");
            long waited = (hits.get(1).nanos() - hits.get(0).nanos()) / 1_000_000;
            assertTrue(waited >= 1000, "Retry-After: 1 but asked again after " + waited + " ms");
            assertEquals("stored", TestCrawls.stateOf(data, site.url("/")));
        }
    }
}
