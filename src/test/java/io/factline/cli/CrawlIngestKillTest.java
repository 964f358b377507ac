package io.factline.cli;

import io.factline.TestData;
import io.factline.crawl.site.PageRoute;
import io.factline.crawl.site.SitemapRoute;
import io.factline.crawl.site.TestSite;
import io.factline.index.IndexPaths;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code crawl --ingest} killed with SIGKILL at random moments, twenty times, then carried on with
 * {@code crawl --resume --ingest}: each time the index opens, and the resumed crawl ends with exactly the articles
 * and facts of a crawl never interrupted: no page lost between the archive and the index, none indexed twice, none
 * without its facts. Chinese pages, so that a trial costs HanLP's start, not CoreNLP's.
 */
class CrawlIngestKillTest {
    private static final int TRIALS = 20;
    private static final int PAGES = 60;
    private static final String[] COMPANIES = {"青禾物流", "蓝湾电器", "星岭科技", "松川食品", "远帆航运", "北辰新材"};

    @TempDir
    Path dir;

    /** A news site of results flashes, written for this test, listed by a news sitemap. */
    private static TestSite site() {
        TestSite site = TestSite.start();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            String company = COMPANIES[i % COMPANIES.length];
            String path = "/flash/" + i + ".html";
            site.route(path, PageRoute.html(company + "发布第" + (i % 4 + 1) + "季度业绩",
                    "<h1>" + company + "发布第" + (i % 4 + 1) + "季度业绩</h1><p>" + company + "公告称，第" + (i % 4 + 1)
                            + "季度实现营业收入" + (3 + i % 97) + "." + (i % 10) + "亿元，同比增长" + (5 + i % 30)
                            + "%；归属于上市公司股东的净利润" + (1 + i % 13) + "." + (i % 7) + "亿元。</p><p>公司表示，"
                            + "新产线投产带动了销量增长，第" + (i % 4 + 2) + "季度的订单已排满。</p>"));
            urls.add(site.url(path));
        }
        site.route("/sitemap.xml", SitemapRoute.news(urls));
        return site;
    }

    private static List<String> crawlArgs(Path data, TestSite site) {
        return List.of("crawl", "--data", data.toString(), "--ingest", "--allow-private", "--delay-ms", "0",
                "--max-depth", "1", site.url("/sitemap.xml"));
    }

    /** How many live article documents the index holds under each id: a duplicate shows as 2. */
    private static Map<String, Integer> articleCounts(Path data) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        try (FSDirectory d = FSDirectory.open(IndexPaths.indexDir(data));
             DirectoryReader reader = DirectoryReader.open(d)) {
            Bits live = MultiBits.getLiveDocs(reader);
            StoredFields stored = reader.storedFields();
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live != null && !live.get(i)) continue;
                // Only articles store an "id" (facts store a "fact_id").
                Document doc = stored.document(i, Set.of("id"));
                if (doc.get("id") != null) counts.merge(doc.get("id"), 1, Integer::sum);
            }
        }
        return counts;
    }

    @Test
    void killedAtRandomMomentsAResumedCrawlIndexesEveryPageOnceWithItsFacts() throws Exception {
        TestData.pipeline();
        try (TestSite site = site()) {
            Path reference = dir.resolve("reference");
            long t0 = System.nanoTime();
            Process whole = Cli.child(crawlArgs(reference, site), dir.resolve("reference.log"));
            assertTrue(whole.waitFor(180, TimeUnit.SECONDS) && whole.exitValue() == 0,
                    java.nio.file.Files.readString(dir.resolve("reference.log")));
            long wholeMillis = (System.nanoTime() - t0) / 1_000_000;
            Map<String, Integer> articles = articleCounts(reference);
            assertEquals(PAGES, articles.size(), "every flash is an article: " + articles.keySet());
            List<String> facts = Cli.allFacts(reference);
            assertTrue(facts.size() >= PAGES / 2, "the flashes state figures: " + facts.size());

            Random random = new Random(20261206);
            int killedMidway = 0;
            for (int trial = 0; trial < TRIALS; trial++) {
                Path data = dir.resolve("trial-" + trial), log = dir.resolve("trial-" + trial + ".log");
                Process p = Cli.child(crawlArgs(data, site), log);
                Thread.sleep((long) (random.nextDouble() * wholeMillis));
                boolean alive = p.isAlive();
                p.destroyForcibly(); // SIGKILL: no shutdown hook, no commit
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
                if (alive) killedMidway++;
                Cli search = Cli.run("search", "--data", data.toString(), "--format", "jsonl");
                assertTrue(search.exit() == 0 || search.err().startsWith("factline: no index in"),
                        "trial " + trial + ": the index opens: " + search.err());

                Cli resumed = Cli.run("crawl", "--data", data.toString(), "--resume", "--ingest", "--delay-ms", "0");
                if (resumed.err().contains("nothing to resume")) {
                    // Killed before the crawl had saved its state: a user starts it again.
                    resumed = Cli.run(crawlArgs(data, site).toArray(String[]::new));
                }
                assertEquals(0, resumed.exit(), "trial " + trial + ": " + resumed.err());
                assertEquals(articles, articleCounts(data), "trial " + trial + ": every page indexed, once");
                assertEquals(facts, Cli.allFacts(data), "trial " + trial + ": every fact of every page, once");
            }
            assertTrue(killedMidway >= TRIALS / 2, "most kills landed while the crawl ran: " + killedMidway);
        }
    }
}
