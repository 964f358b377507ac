package io.factline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.TestData;
import io.factline.crawl.site.PageRoute;
import io.factline.crawl.site.SitemapRoute;
import io.factline.crawl.site.TestSite;
import io.factline.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A crawl process killed with SIGKILL mid-crawl, then resumed: every page is archived exactly once, no page stored
 * before the kill is fetched again, and the index built from the archive matches a crawl never interrupted.
 */
class CrashResumeTest {
    private static final int ARTICLES = 24;

    @TempDir
    Path dir;

    /** The sample corpus as a site: its four real pages and its 20 JSON Lines articles, listed by a sitemap. */
    private static TestSite corpusSite() throws IOException {
        TestSite site = TestSite.start();
        List<String> urls = new ArrayList<>();
        Path corpora = TestData.corpora();
        try (Stream<Path> pages = Files.list(corpora.resolve("pages"))) {
            for (Path p : pages.sorted().toList()) {
                String name = p.getFileName().toString();
                boolean gz = name.endsWith(".gz");
                String path = "/pages/" + name.replace(".gz", "");
                site.route(path, new PageRoute(Files.readAllBytes(p), "text/html", gz ? "gzip" : null));
                urls.add(site.url(path));
            }
        }
        try (Stream<Path> files = Files.list(corpora.resolve("news"))) {
            for (Path f : files.sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    JsonNode a = Json.mapper().readTree(line);
                    String path = "/news/" + a.get("id").asText() + ".html";
                    StringBuilder body = new StringBuilder("<h1>" + a.get("title").asText() + "</h1>");
                    for (String para : a.get("text").asText().split("\n")) body.append("<p>").append(para).append("</p>");
                    site.route(path, PageRoute.html(a.get("title").asText(), body.toString()));
                    urls.add(site.url(path));
                }
            }
        }
        assertEquals(ARTICLES, urls.size());
        site.route("/sitemap.xml", SitemapRoute.news(urls));
        return site;
    }

    @Test
    void aCrawlKilledWithSigkillResumesWithoutLosingOrRefetchingAPage() throws Exception {
        TestData.pipeline();
        try (TestSite site = corpusSite()) {
            Path killed = dir.resolve("killed"), whole = dir.resolve("whole");
            String[] crawl = {"crawl", "--allow-private", "--max-depth", "1", site.url("/sitemap.xml")};

            Process p = new ProcessBuilder(List.of(javaBin(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    "io.factline.cli.Main", crawl[0], "--data", killed.toString(), crawl[1], crawl[2], crawl[3],
                    "--delay-ms", "150", crawl[4]))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            int storedAtKill;
            try {
                storedAtKill = waitForStored(killed, 8, p);
            } finally {
                p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
                p.waitFor();
            }
            assertTrue(storedAtKill < ARTICLES + 1, "killed mid-crawl: " + storedAtKill + " stored");
            Set<String> storedBeforeResume = storedUrls(killed);
            int requestsBefore = site.hits().size();

            Cli resumed = Cli.run("crawl", "--data", killed.toString(), "--resume", "--delay-ms", "0");
            assertEquals(0, resumed.exit(), resumed.err());
            for (TestSite.Hit h : site.hits().subList(requestsBefore, site.hits().size())) {
                assertTrue(!storedBeforeResume.contains(site.url(h.path())), "fetched again after resume: " + h.path());
            }

            Cli uninterrupted = Cli.run(crawl[0], "--data", whole.toString(), crawl[1], crawl[2], crawl[3],
                    "--delay-ms", "0", crawl[4]);
            assertEquals(0, uninterrupted.exit(), uninterrupted.err());

            Map<String, Integer> archived = responseCounts(killed);
            assertEquals(ARTICLES + 1, archived.size(), "the sitemap and every article: " + archived);
            assertTrue(archived.values().stream().allMatch(n -> n == 1), "each page archived once: " + archived);
            assertEquals(responseCounts(whole), archived);

            for (Path d : List.of(killed, whole)) {
                Cli r = Cli.run("ingest", "--data", d.toString(), d.resolve("warc").toString());
                assertEquals(0, r.exit(), r.err());
            }
            Cli a = Cli.run("facts", "--data", killed.toString()), b = Cli.run("facts", "--data", whole.toString());
            assertTrue(a.out().lines().count() > 10, a.out());
            assertEquals(new TreeSet<>(b.out().lines().toList()), new TreeSet<>(a.out().lines().toList()));
            assertEquals(TestData.articleIds(whole), TestData.articleIds(killed));
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Polls the crawl's state (SQLite allows a reader beside the writer) until {@code n} pages are stored. */
    private static int waitForStored(Path dataDir, int n, Process p) throws Exception {
        Path db = dataDir.resolve("crawl").resolve("state.db");
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            assertTrue(p.isAlive(), "the crawl process ended before it was killed");
            if (Files.exists(db)) {
                try {
                    int stored = storedUrls(dataDir).size();
                    if (stored >= n) return stored;
                } catch (SQLException e) {
                    // the writer holds the database for a moment (SQLITE_BUSY): look again
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the crawl did not store " + n + " pages in time");
    }

    private static Set<String> storedUrls(Path dataDir) throws SQLException {
        Set<String> urls = new TreeSet<>();
        String db = dataDir.resolve("crawl").resolve("state.db").toString();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT url FROM url WHERE state='stored'")) {
            while (rs.next()) urls.add(rs.getString(1));
        } catch (SQLException e) {
            if (e.getMessage().contains("no such table")) return urls; // not created yet
            throw e;
        }
        return urls;
    }

    /** How many response records each URL has in a crawl's WARC files. */
    private static Map<String, Integer> responseCounts(Path dataDir) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        File[] files = dataDir.resolve("warc").toFile().listFiles();
        assertTrue(files != null && files.length > 0);
        for (File f : files) {
            try (WarcReader reader = new WarcReader(f.toPath())) {
                for (WarcRecord r : reader) {
                    if (r instanceof WarcResponse resp) counts.merge(resp.target(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
