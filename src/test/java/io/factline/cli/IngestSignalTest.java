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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An ingest stopped by SIGTERM (what Ctrl-C and {@code kill} send) keeps what it finished, says so, and a second
 * run carries on from there.
 */
class IngestSignalTest {
    private static final int ARTICLES = 400;
    private static final String[] COMPANIES = {"Harbor Freight Lines", "Northwind Apparel", "Bluefin Robotics",
            "Quarry Lane Foods", "Tessel Payments"};

    @TempDir
    Path dir;

    /** Many short English articles: at about five a second on one thread, the ingest is still running when stopped. */
    private List<String> articles() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String company = COMPANIES[i % COMPANIES.length];
            int revenue = 100 + i;
            ObjectNode a = Json.mapper().createObjectNode();
            a.put("url", "https://business.example.com/2022/results-" + i + ".html")
                    .put("title", company + " lifts sales in quarter " + (i % 4 + 1))
                    .put("text", company + " said on Tuesday that revenue rose to $" + revenue + " million in the "
                            + "three months to June, helped by stronger demand in its home market.\n"
                            + "The company, which employs about " + (2000 + i) + " people, kept its forecast for the year. "
                            + "Its chief executive told analysts that costs had eased since the spring.")
                    .put("lang", "en").put("published", "2022-07-2" + (i % 8));
            lines.add(a.toString());
        }
        return lines;
    }

    @Test
    void sigtermCommitsWhatWasFinishedAndTheNextRunCarriesOn() throws Exception {
        List<String> lines = articles();
        Path input = dir.resolve("batch.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        Path data = dir.resolve("data"), log = dir.resolve("ingest.log");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), "io.factline.cli.Main", "ingest",
                "--data", data.toString(), "--threads", "1", input.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.readString(log).contains("English models loaded") && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertTrue(p.isAlive(), "still ingesting: " + Files.readString(log));
            Thread.sleep(5000);
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stopped within a minute");
        } finally {
            p.destroyForcibly();
        }
        String said = Files.readString(log);
        Matcher m = Pattern.compile("ingest: stopped: committed (\\d+) articles").matcher(said);
        assertTrue(m.find(), said);
        int committed = Integer.parseInt(m.group(1));
        assertTrue(committed > 0 && committed < ARTICLES, said);
        assertEquals(committed, TestData.articleIds(data).size(), "what it said it committed is in the index");

        // One worker takes the articles in order: the first ones are in, and a second run skips them.
        TestData.pipeline();
        Path more = dir.resolve("more.jsonl");
        Files.write(more, lines.subList(0, committed + 2), StandardCharsets.UTF_8);
        Cli again = Cli.run("ingest", "--data", data.toString(), more.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("2 indexed") && again.err().contains(committed + " unchanged"), again.err());
    }
}
