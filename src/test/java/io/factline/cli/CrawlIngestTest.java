package io.factline.cli;

import io.factline.TestData;
import io.factline.crawl.site.PageRoute;
import io.factline.crawl.site.SyndicatedCopyRoute;
import io.factline.crawl.site.TestSite;
import io.factline.model.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code crawl --ingest} and {@code ingest DIR/warc} give the same index, near-duplicates indexed once in both,
 * and the GBK page comes out of the crawl decoded: its Chinese text is searchable.
 */
class CrawlIngestTest {
    @TempDir
    static Path dir;
    static TestSite news, aggregator;
    static Path crawled, reingested;

    @BeforeAll
    static void crawlWithIngestThenIngestTheWarcFiles() throws IOException {
        TestData.pipeline();
        news = TestSite.start();
        aggregator = TestSite.start();
        Path pages = TestData.corpora().resolve("pages");
        news.route("/", PageRoute.html("News", "<a href=\"/a/longfor.html\">1</a> <a href=\"/a/skii.html\">2</a> "
                + "<a href=\"/a/disney.html\">3</a> <a href=\"/old/home-depot\">4</a>"));
        news.route("/a/longfor.html", new PageRoute(Files.readAllBytes(pages.resolve("163-longfor.html")), "text/html"));
        news.route("/a/skii.html", new PageRoute(Files.readAllBytes(pages.resolve("sohu-business-gbk.html")), "text/html"));
        news.route("/a/disney.html", new PageRoute(Files.readAllBytes(pages.resolve("latimes-disney-plus.html.gz")),
                "text/html", "gzip"));
        news.route("/old/home-depot", new io.factline.crawl.site.RedirectRoute(301, "/a/home-depot.html"));
        news.route("/a/home-depot.html", new PageRoute(Files.readAllBytes(pages.resolve("foxbusiness-home-depot.html.gz")),
                "text/html", "gzip"));
        aggregator.route("/", PageRoute.html("Aggregator", "<a href=\"/copy/1.html\">Longfor</a>"));
        aggregator.route("/copy/1.html", new SyndicatedCopyRoute(Files.readAllBytes(pages.resolve("163-longfor.html")), "网易"));

        crawled = dir.resolve("crawled");
        reingested = dir.resolve("reingested");
        for (TestSite site : List.of(news, aggregator)) {
            Cli r = Cli.run("crawl", "--data", crawled.toString(), "--ingest", "--allow-private", "--delay-ms", "0",
                    "--max-depth", "1", site.url("/"));
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().isEmpty(), "crawl prints nothing on stdout: " + r.out());
        }
        Cli r = Cli.run("ingest", "--data", reingested.toString(), crawled.resolve("warc").toString());
        assertEquals(0, r.exit(), r.err());
    }

    @AfterAll
    static void stopSites() {
        news.close();
        aggregator.close();
    }

    private static List<String> facts(Path dataDir) {
        Cli r = Cli.run("facts", "--data", dataDir.toString());
        assertEquals(0, r.exit(), r.err());
        return Arrays.stream(r.out().split("\n")).filter(l -> !l.isBlank()).sorted().toList();
    }

    @Test
    void crawlIngestAndALaterIngestOfTheWarcFilesGiveTheSameIndex() throws IOException {
        Set<String> ids = TestData.articleIds(crawled);
        assertEquals(ids, TestData.articleIds(reingested));
        List<String> facts = facts(crawled);
        assertFalse(facts.isEmpty());
        assertEquals(facts, facts(reingested));
    }

    @Test
    void articlesAreKeyedByTheirFinalUrlAndTheSyndicatedCopyIsIndexedOnce() throws IOException {
        Set<String> ids = TestData.articleIds(crawled);
        assertTrue(ids.contains(Article.hash(news.url("/a/home-depot.html"))), "the final URL of the redirect");
        assertFalse(ids.contains(Article.hash(news.url("/old/home-depot"))));
        assertTrue(ids.contains(Article.hash(news.url("/a/longfor.html"))));
        assertFalse(ids.contains(Article.hash(aggregator.url("/copy/1.html"))), "the copy is not indexed twice");
        // The two front pages and the four articles
        assertEquals(6, ids.size(), ids.toString());
    }

    @Test
    void theGbkPageIsDecodedAndItsChineseTextIsSearchable() {
        for (Path d : List.of(crawled, reingested)) {
            Cli r = Cli.run("search", "--data", d.toString(), "虚假宣传");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("工商部门初定SKII广告属于虚假宣传"), r.out());
        }
    }
}
