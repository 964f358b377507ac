package io.factline.cli;

import io.factline.crawl.site.PageRoute;
import io.factline.crawl.site.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code factline crawl} as a user runs it: messages, exit codes, the summary, resuming. */
class CrawlCommandTest {
    @TempDir
    Path data;

    @Test
    void crawlsASiteIntoWarcFilesAndSummarises() throws Exception {
        try (TestSite site = TestSite.start()) {
            site.route("/", PageRoute.html("Front", "<a href=\"/a.html\">a</a> <a href=\"/b.html\">b</a>"));
            site.route("/a.html", PageRoute.html("A", "<p>Article A</p>"));
            site.route("/b.html", PageRoute.html("B", "<p>Article B</p>"));
            Path seeds = data.resolve("seeds.txt");
            Files.writeString(seeds, "# front page\n" + site.url("/") + "\n");

            Cli r = Cli.run("crawl", "--data", data.toString(), "--seeds", seeds.toString(), "--allow-private",
                    "--delay-ms", "0");

            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().isEmpty(), "nothing on stdout: " + r.out());
            assertTrue(r.err().contains("crawl: 3 pages stored (0 duplicates, 0 near-duplicates), 0 not modified, "
                    + "0 errors, 0 refused, 0 queued; 4 requests"), r.err()); // robots.txt (a 404: allow all) and 3 pages
            try (var files = Files.list(data.resolve("warc"))) {
                assertTrue(files.anyMatch(f -> f.getFileName().toString().matches("factline-\\d{17}-00000\\.warc\\.gz")));
            }

            Cli again = Cli.run("crawl", "--data", data.toString(), "--resume");
            assertEquals(0, again.exit(), again.err());
            assertTrue(again.err().contains("crawl: 0 pages stored"), again.err());
        }
    }

    @Test
    void linksPastTheCapAreCountedInTheSummaryAndTheCapIsKeptOnResume() {
        try (TestSite site = TestSite.start()) {
            StringBuilder links = new StringBuilder();
            for (int i = 0; i < 50; i++) links.append("<a href=\"/s/").append(i).append("\">").append(i).append("</a> ");
            site.route("/", PageRoute.html("Front", links.toString()));
            site.route("/s/", PageRoute.html("Story", "<p>A story.</p>"));

            Cli r = Cli.run("crawl", "--data", data.toString(), "--allow-private", "--delay-ms", "0",
                    "--max-links-per-page", "10", "--max-pages", "3", site.url("/"));

            assertEquals(0, r.exit(), r.err());
            assertTrue(r.err().contains("8 queued, 40 links past --max-links-per-page;"), r.err());
            Cli again = Cli.run("crawl", "--data", data.toString(), "--resume", "--max-pages", "100");
            assertEquals(0, again.exit(), again.err());
            assertTrue(again.err().contains("crawl: 8 pages stored"), "the ten links of the cap, no more: " + again.err());
        }

        Cli bad = Cli.run("crawl", "--data", data.resolve("other").toString(), "--max-links-per-page", "0",
                "http://example.com/");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("--max-links-per-page must be at least 1, not 0"), bad.err());
    }

    @Test
    void aLoopbackSeedIsRefusedWithTheReasonUnlessAllowed() {
        try (TestSite site = TestSite.start()) {
            Cli r = Cli.run("crawl", "--data", data.toString(), site.url("/"));
            assertEquals(1, r.exit(), "nothing could be crawled: " + r.err());
            assertTrue(r.err().contains("crawl: seed " + site.url("/") + ": refused: 127.0.0.1 resolves to the "
                    + "non-public address 127.0.0.1 (use --allow-private to crawl it)"), r.err());
            assertTrue(r.err().contains("factline: no seed could be crawled"), r.err());
            assertTrue(site.hits().isEmpty());
        }
    }

    @Test
    void badInputGetsAOneLineMessage() {
        Cli none = Cli.run("crawl", "--data", data.toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("give seed URLs, --seeds FILE, or --resume"), none.err());

        Cli both = Cli.run("crawl", "--data", data.toString(), "--resume", "http://example.com/");
        assertEquals(2, both.exit());

        Cli nothing = Cli.run("crawl", "--data", data.resolve("empty").toString(), "--resume");
        assertEquals(1, nothing.exit());
        assertTrue(nothing.err().contains("nothing to resume"), nothing.err());

        Cli ftp = Cli.run("crawl", "--data", data.toString(), "ftp://example.com/file");
        assertEquals(1, ftp.exit());
        assertTrue(ftp.err().contains("not an http or https URL: ftp://example.com/file"), ftp.err());

        Cli scope = Cli.run("crawl", "--data", data.toString(), "--scope", "news[", "http://example.com/");
        assertEquals(1, scope.exit());
        assertTrue(scope.err().contains("--scope: expected same-host, same-domain or a regular expression"), scope.err());

        Cli pages = Cli.run("crawl", "--data", data.toString(), "--max-pages", "0", "http://example.com/");
        assertEquals(1, pages.exit());
        assertTrue(pages.err().contains("--max-pages must be at least 1"), pages.err());
        for (Cli c : new Cli[]{none, both, nothing, ftp, scope, pages}) assertFalse(c.err().contains("\tat "), c.err());
    }
}
