package io.factline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factline.TestData;
import io.factline.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code factline ingest} as a user runs it: what it reports, what it keeps, how it exits. Chinese inputs only. */
class IngestCommandTest {
    @TempDir
    Path dir;

    private static String article(String url, String title, String text) {
        ObjectNode a = Json.mapper().createObjectNode();
        a.put("url", url).put("title", title).put("text", text).put("lang", "zh").put("published", "2023-04-12");
        return a.toString();
    }

    private static final String GOOD = article("https://news.example.cn/2023/0412/a1.html", "云雀出行月活跃用户破亿",
            "云雀出行今日发布公告称，截至2023年3月底，平台月活跃用户突破1亿，较去年同期增长35%。");

    private static final String OTHER = article("https://news.example.cn/2023/0412/a2.html", "青柠短视频融资5亿元",
            "青柠短视频宣布完成5亿元B轮融资，本轮由多家机构联合投资。");

    private Path jsonl(String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, List.of(lines), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void anArticleThatFailsIsReportedCountedAndMakesTheExitCodeNonZero() throws IOException {
        TestData.pipeline();
        // A URL longer than the index takes as one term (32 KB): that article cannot be indexed, the others can.
        String huge = article("https://news.example.cn/" + "x".repeat(40_000), "超长链接", "青柠短视频用户数增长。");
        Path input = jsonl("batch.jsonl", GOOD, huge, OTHER);
        Path data = dir.resolve("data");
        Cli r = Cli.run("ingest", "--data", data.toString(), input.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("ingest: failed: " + input + ":2"), "names the input and line: " + r.err());
        assertTrue(r.err().contains("3 articles read, 2 indexed"), r.err());
        assertTrue(r.err().contains("1 failed"), r.err());
        assertTrue(r.err().contains("1 article failed"), r.err());
        assertEquals(2, TestData.articleIds(data).size(), "the others are indexed");
    }

    @Test
    void aBadInputAmongGoodOnesIsReportedAndTheOthersAreIndexed() throws IOException {
        TestData.pipeline();
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.write(in.resolve("a.jsonl"), List.of(GOOD), StandardCharsets.UTF_8);
        // A gzip file cut short, as a copy that was interrupted leaves it.
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write((OTHER + "\n").repeat(50).getBytes(StandardCharsets.UTF_8));
        }
        Files.write(in.resolve("b.jsonl.gz"), java.util.Arrays.copyOf(gz.toByteArray(), 40));
        Files.write(in.resolve("c.jsonl"), List.of("{not json", OTHER), StandardCharsets.UTF_8);
        Path data = dir.resolve("data");
        Cli r = Cli.run("ingest", "--data", data.toString(), in.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("ingest: " + in.resolve("b.jsonl.gz") + ": cut short"), r.err());
        assertTrue(r.err().contains("ingest: " + in.resolve("c.jsonl") + ":1: not valid JSON"), r.err());
        assertTrue(r.err().contains("2 inputs could not be read (see above); the others are indexed"), r.err());
        assertEquals(2, TestData.articleIds(data).size(), "the article before and the one after the bad inputs");
        Cli again = Cli.run("ingest", "--data", data.toString(), in.toString());
        assertTrue(again.err().contains("2 articles read, 0 indexed") && again.err().contains("2 unchanged"),
                "a re-run gets past the bad inputs: " + again.err());
    }

    @Test
    void anArticlePastItsTimeBudgetIsAbandonedReportedAndTriedAgainNextTime() throws IOException {
        TestData.pipeline();
        // English articles of some 30,000 characters: thousands of tokens through the tagger and the NER, far longer
        // than the 50 ms between two looks at an analysis (an article done before the first look is kept).
        String paragraph = "Harbour Freight said on Tuesday that its revenue rose 12 percent to $410 million in the "
                + "third quarter, helped by new routes to three northern ports, while its chief executive told "
                + "analysts the company would add two more berths next year. ";
        ObjectNode first = Json.mapper().createObjectNode().put("url", "https://news.example.com/freight-1")
                .put("text", paragraph.repeat(120)).put("lang", "en").put("published", "2023-10-24");
        ObjectNode second = first.deepCopy().put("url", "https://news.example.com/freight-2")
                .put("text", paragraph.repeat(130));
        Path input = jsonl("budget.jsonl", first.toString(), second.toString());
        Path data = dir.resolve("data");
        // A millisecond for each 10,000 characters: no such article is analysed that fast, so each is abandoned, and
        // the worker goes on.
        Cli r = Cli.run("ingest", "--data", data.toString(), "--article-budget", "0.001", input.toString());
        assertEquals(1, r.exit(), r.err());
        for (String line : List.of(":1, https://news.example.com/freight-1: over its time budget (3 ms of processor time for ",
                ":2, https://news.example.com/freight-2: over its time budget (4 ms of processor time for ")) {
            assertTrue(r.err().contains("ingest: abandoned: " + input + line), r.err());
        }
        assertTrue(r.err().contains("2 articles failed"), r.err());
        assertEquals(0, TestData.articleIds(data).size());
        Cli again = Cli.run("ingest", "--data", data.toString(), input.toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(2, TestData.articleIds(data).size(), "abandoned articles are not marked done: a re-run takes them");
        Cli zero = Cli.run("ingest", "--data", data.toString(), "--article-budget", "0", input.toString());
        assertEquals(2, zero.exit(), zero.err());
        assertTrue(zero.err().contains("--article-budget must be a positive number"), zero.err());
    }

    @Test
    void anArticleLongerThanTheAnalysisTakesIsAnalysedInItsStartAndKeptWhole() throws IOException {
        TestData.pipeline();
        // A quarter of a million characters: the figures of the first paragraph are read, those of the last are not.
        String filler = "分析人士认为，出行行业的竞争仍在加剧，平台需要在补贴与盈利之间找到新的平衡。\n";
        String text = "美团今日公布2023年财报，全年营收达到2767亿元，同比增长26%。\n"
                + filler.repeat(250_000 / filler.length()) + "京东今日公布2023年财报，全年营收达到10847亿元。";
        Path input = jsonl("long.jsonl", article("https://news.example.cn/2023/0412/long.html", "长文", text));
        Path data = dir.resolve("data");
        // A reader's floor: a page this long of commentary makes the scorer less sure of the figures it holds.
        Cli r = Cli.run("ingest", "--data", data.toString(), "--min-confidence", "0.3", input.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("ingest: analysed in part: " + input + ":1, https://news.example.cn/2023/0412/long"
                + ".html: its first 19"), "says it cut, and where: " + r.err());
        assertTrue(r.err().contains(String.format(java.util.Locale.ROOT, "of %,d characters (the limit per article)",
                text.length())), r.err());
        List<String> facts = Cli.allFacts(data);
        assertTrue(facts.stream().anyMatch(f -> f.contains("\"entity_mention\":\"美团\"")), "the start is analysed: " + facts);
        assertTrue(facts.stream().noneMatch(f -> f.contains("京东")), "the end is not: " + facts);
        Cli found = Cli.run("search", "--data", data.toString(), "京东");
        assertTrue(found.out().contains("long.html"), "the whole text is kept and searchable: " + found.out() + found.err());
    }

    @Test
    void aChangedPipelineReextractsAndSaysHowMany() throws IOException {
        TestData.pipeline();
        Path input = jsonl("batch.jsonl", GOOD, OTHER);
        Path data = dir.resolve("data");
        assertEquals(0, Cli.run("ingest", "--data", data.toString(), input.toString()).exit());
        Cli same = Cli.run("ingest", "--data", data.toString(), input.toString());
        assertTrue(same.err().contains("0 indexed") && same.err().contains("2 unchanged"), same.err());
        // Another confidence floor keeps other facts: to the index it is another pipeline.
        Cli other = Cli.run("ingest", "--data", data.toString(), "--min-confidence", "0.9", input.toString());
        assertEquals(0, other.exit(), other.err());
        assertTrue(other.err().contains("2 indexed (") && other.err().contains("2 re-extracted by a changed pipeline"),
                other.err());
    }

    @Test
    void namesTheFilesItSkipsAndWhy() throws IOException {
        TestData.pipeline();
        Path in = Files.createDirectories(dir.resolve("in"));
        jsonl("in/batch.jsonl", GOOD);
        Files.writeString(in.resolve("report.pdf"), "%PDF-1.4");
        Cli r = Cli.run("ingest", "--data", dir.resolve("data").toString(), in.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("ingest: skipped " + in.resolve("report.pdf") + ": not a supported input"), r.err());
        assertTrue(r.err().contains("1 files skipped"), r.err());
    }
}
