package io.factline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factline.TestData;
import io.factline.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ingest} killed with SIGKILL at random moments, twenty times: each time the index opens, a second run
 * completes it, and the result has exactly the articles and facts of an ingest never interrupted: none twice, none
 * lost, none without its facts. Chinese articles, so that a trial costs HanLP's start, not CoreNLP's.
 */
class IngestKillTest {
    private static final int TRIALS = 20;
    private static final int ARTICLES = 300;
    private static final String[] COMPANIES = {"青禾物流", "蓝湾电器", "星岭科技", "松川食品", "远帆航运", "北辰新材", "云杉医疗", "海棠文旅"};

    @TempDir
    Path dir;

    /** Results flashes written for this test, in the style of Chinese financial news. */
    private static List<String> articles() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String company = COMPANIES[i % COMPANIES.length];
            int revenue = 3 + i % 97, profit = 1 + i % 13;
            ObjectNode a = Json.mapper().createObjectNode();
            a.put("url", "https://finance.example.cn/2023/flash-" + i + ".html")
                    .put("title", company + "发布第" + (i % 4 + 1) + "季度业绩")
                    .put("text", company + "公告称，第" + (i % 4 + 1) + "季度实现营业收入" + revenue + "." + (i % 10)
                            + "亿元，同比增长" + (5 + i % 30) + "%；归属于上市公司股东的净利润" + profit + "." + (i % 7)
                            + "亿元。公司表示，新产线投产带动了销量增长。")
                    .put("lang", "zh").put("published", "2023-" + String.format("%02d", 1 + i % 12) + "-15");
            lines.add(a.toString());
        }
        return lines;
    }

    private static Process ingestProcess(Path data, Path input, Path log) throws Exception {
        return Cli.child(List.of("ingest", "--data", data.toString(), input.toString()), log);
    }

    @Test
    void killedAtRandomMomentsTheIndexOpensAndARerunCompletesItExactly() throws Exception {
        TestData.pipeline();
        Path input = dir.resolve("flashes.jsonl");
        Files.write(input, articles(), StandardCharsets.UTF_8);

        // The reference: one ingest never interrupted, in a process like the others, timed to place the kills.
        Path reference = dir.resolve("reference");
        long t0 = System.nanoTime();
        Process whole = ingestProcess(reference, input, dir.resolve("reference.log"));
        assertTrue(whole.waitFor(120, TimeUnit.SECONDS) && whole.exitValue() == 0,
                Files.readString(dir.resolve("reference.log")));
        long wholeMillis = (System.nanoTime() - t0) / 1_000_000;
        Set<String> ids = TestData.articleIds(reference);
        assertEquals(ARTICLES, ids.size());
        List<String> facts = Cli.allFacts(reference);
        assertTrue(facts.size() >= ARTICLES, "each flash states figures: " + facts.size());

        Random random = new Random(20261205);
        int killedMidway = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Path data = dir.resolve("trial-" + trial), log = dir.resolve("trial-" + trial + ".log");
            Process p = ingestProcess(data, input, log);
            // Anywhere from the JVM's start to the end of an uninterrupted run.
            Thread.sleep((long) (random.nextDouble() * wholeMillis));
            boolean alive = p.isAlive();
            p.destroyForcibly(); // SIGKILL
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            if (alive) killedMidway++;
            // Whatever the moment, the index opens (or, killed before it was created, is said not to exist).
            Cli search = Cli.run("search", "--data", data.toString(), "--format", "jsonl");
            assertTrue(search.exit() == 0 || search.err().startsWith("factline: no index in"),
                    "trial " + trial + ": " + search.err());
            if (search.exit() == 0) {
                assertTrue(ids.containsAll(TestData.articleIds(data)), "trial " + trial + ": only real articles");
            }
            Cli again = Cli.run("ingest", "--data", data.toString(), input.toString());
            assertEquals(0, again.exit(), "trial " + trial + ": " + again.err());
            assertEquals(ids, TestData.articleIds(data), "trial " + trial + ": every article, once");
            assertEquals(facts, Cli.allFacts(data), "trial " + trial + ": every fact of every article, once");
        }
        assertTrue(killedMidway >= TRIALS / 2, "most kills landed while the ingest ran: " + killedMidway);
    }
}
