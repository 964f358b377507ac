package io.factline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.TestData;
import io.factline.model.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands as a user runs them: output on stdout, messages on stderr, exit codes 0/1/2. */
class CliTest {
    @TempDir
    static Path data;

    @BeforeAll
    static void ingestTheSampleCorpus() {
        TestData.pipeline(); // share the loaded models
        Cli r = Cli.run("ingest", "--min-confidence", "0.05", "--data", data.toString(), TestData.corpora().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().isEmpty(), "ingest prints no data on stdout: " + r.out());
        assertTrue(r.err().contains("25 articles read"), r.err());
    }

    private static List<JsonNode> jsonLines(String out) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : out.split("\n")) if (!line.isBlank()) rows.add(Json.mapper().readTree(line));
        return rows;
    }

    @Test
    void extractPrintsTheFactsOfTheReferenceArticle() throws Exception {
        Cli r = Cli.run("extract", "--min-confidence", "0.05", "--published", "2020-09-16",
                TestData.corpora().resolve("seed/douyin-dau-600m.en.txt").toString());
        assertEquals(0, r.exit(), r.err());
        List<JsonNode> facts = jsonLines(r.out());
        assertTrue(facts.size() >= 6 && facts.size() <= 7, r.out());
        JsonNode dau = facts.stream().filter(f -> f.get("value").asLong() == 600_000_000L).findFirst().orElseThrow();
        assertEquals("600000000", dau.get("value").toString(), "values are written as whole numbers");
        assertEquals("Douyin", dau.get("entity").asText());
        assertEquals("2020-08", dau.get("as_of").asText());
        assertTrue(dau.has("speaker") && dau.has("as_of"), "as_of and speaker are always present");
    }

    @Test
    void extractOnSeveralThreadsPrintsWhatOneThreadPrintsInTheSameOrder() {
        String[] inputs = {TestData.corpora().resolve("news/zh-finance-tech-flashes.jsonl").toString(),
                TestData.corpora().resolve("news/bbc-tech-business-2004.jsonl").toString()};
        List<String> one = new ArrayList<>(List.of("extract", "--min-confidence", "0.1", "--threads", "1"));
        one.addAll(List.of(inputs));
        List<String> three = new ArrayList<>(List.of("extract", "--min-confidence", "0.1", "--threads", "3"));
        three.addAll(List.of(inputs));
        Cli a = Cli.run(one.toArray(String[]::new)), b = Cli.run(three.toArray(String[]::new));
        assertEquals(0, a.exit(), a.err());
        assertEquals(0, b.exit(), b.err());
        assertTrue(a.out().lines().count() >= 20, "the sample news give facts: " + a.out());
        assertEquals(a.out(), b.out());
        Cli bad = Cli.run("extract", "--threads", "0", inputs[0]);
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--threads"), bad.err());
    }

    @Test
    void ingestingAgainChangesNothing() {
        Cli r = Cli.run("ingest", "--min-confidence", "0.05", "--data", data.toString(), TestData.corpora().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("0 indexed") && r.err().contains("25 unchanged"), r.err());
    }

    @Test
    void searchFindsChineseAndEnglishArticles() throws Exception {
        Cli zh = Cli.run("search", "--data", data.toString(), "--format", "jsonl", "字节跳动");
        assertEquals(0, zh.exit(), zh.err());
        List<JsonNode> hits = jsonLines(zh.out());
        assertFalse(hits.isEmpty());
        assertEquals("zh", hits.get(0).get("lang").asText(), zh.out());
        assertTrue(hits.stream().allMatch(h -> h.get("lang").asText().equals("zh")
                || h.get("matched_entities").toString().equals("[\"ByteDance\"]")), "English ones name ByteDance: " + zh.out());

        Cli en = Cli.run("search", "--data", data.toString(), "daily", "active");
        assertEquals(0, en.exit(), en.err());
        assertTrue(en.out().contains("Shake sound DAU break 600 million"), en.out());
    }

    @Test
    void searchKnowsEntitiesAndNeedsNoQueryWithAFilter() throws Exception {
        Cli byEnglishName = Cli.run("search", "--data", data.toString(), "--format", "jsonl", "--limit", "50", "Douyin");
        assertEquals(0, byEnglishName.exit(), byEnglishName.err());
        List<JsonNode> hits = jsonLines(byEnglishName.out());
        assertTrue(hits.stream().anyMatch(h -> h.get("lang").asText().equals("zh")), "抖音 articles: " + byEnglishName.out());
        assertTrue(hits.stream().allMatch(h -> h.get("matched_entities").toString().equals("[\"Douyin\"]")),
                byEnglishName.out());
        Cli text = Cli.run("search", "--data", data.toString(), "抖音");
        assertTrue(text.out().contains("Shake sound DAU break 600 million") && text.out().contains("   names Douyin"),
                text.out());

        Cli entityOnly = Cli.run("search", "--data", data.toString(), "--entity", "抖音");
        assertEquals(0, entityOnly.exit(), entityOnly.err());
        assertTrue(entityOnly.out().startsWith("4 articles match (no query)"), entityOnly.out());
        Cli all = Cli.run("search", "--data", data.toString(), "--format", "jsonl", "--limit", "3");
        List<String> published = jsonLines(all.out()).stream().map(h -> h.get("published").asText()).toList();
        assertEquals(published.stream().sorted(java.util.Comparator.reverseOrder()).toList(), published, "newest first");
    }

    @Test
    void timelinesTakeMetricsByAnyNameAndSuggestCloseNames() throws Exception {
        for (String metric : List.of("日活", "daily active users", "dau")) {
            Cli r = Cli.run("timeline", "--min-confidence", "0.05", "--data", data.toString(), "--entity", "Douyin",
                    "--metric", metric);
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().startsWith("Douyin · DAU · 2 points"), metric + ": " + r.out());
        }
        Cli typo = Cli.run("timeline", "--min-confidence", "0.05", "--data", data.toString(), "--entity", "Douyn",
                "--metric", "DAU");
        assertEquals(1, typo.exit());
        assertEquals("factline: no facts about 'Douyn' in the index (of confidence 0.05 or more); did you mean Douyin?\n",
                typo.err());
        Cli metricTypo = Cli.run("timeline", "--data", data.toString(), "--entity", "Douyin", "--metric", "dayly active");
        assertEquals(1, metricTypo.exit());
        assertTrue(metricTypo.err().startsWith("factline: unknown metric 'dayly active'; did you mean DAU"), metricTypo.err());
        Cli otherMetric = Cli.run("timeline", "--min-confidence", "0.05", "--data", data.toString(), "--entity", "Douyin",
                "--metric", "GMV");
        assertEquals(0, otherMetric.exit());
        assertTrue(otherMetric.err().contains("Douyin has no GMV facts; it has ") && otherMetric.err().contains("DAU (2)"),
                otherMetric.err());
        Cli csv = Cli.run("timeline", "--min-confidence", "0.05", "--data", data.toString(), "--entity", "Douyin",
                "--metric", "DAU", "--format", "csv");
        assertTrue(csv.out().startsWith("as_of,value,value_high,unit,qualifier,claim,conflict,sources,"), csv.out());
    }

    @Test
    void oneFormatVocabularyAndUsageWithoutACommand() {
        Cli wrong = Cli.run("search", "--data", data.toString(), "--format", "csv", "x");
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().startsWith("factline: --format: expected text or jsonl, not 'csv'"), wrong.err());
        Cli none = Cli.run();
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("Usage: factline"), none.err());
        assertTrue(none.out().isEmpty());
        Cli nested = Cli.run("eval", "facts", "--format", "xml");
        assertEquals(2, nested.exit());
        assertTrue(nested.err().contains("Try 'factline eval facts --help'"), nested.err());
    }

    @Test
    void factsFiltersAndWritesCsv() {
        Cli r = Cli.run("facts", "--min-confidence", "0.05", "--data", data.toString(), "--entity", "抖音", "--metric", "dau", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("id,doc,entity,entity_mention,metric,value"), lines[0]);
        assertEquals(3, lines.length, r.out());
        assertTrue(lines[1].contains(",DAU,400000000,"), lines[1]);
    }

    @Test
    void timelineShowsTheTwoDouyinDauPoints() throws Exception {
        Cli r = Cli.run("timeline", "--min-confidence", "0.05", "--data", data.toString(), "--entity", "Douyin", "--metric", "DAU", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode t = Json.mapper().readTree(r.out());
        assertEquals(2, t.get("points").size());
        assertEquals("2020-01", t.get("points").get(0).get("as_of").asText());
        assertEquals("2020-08", t.get("points").get(1).get("as_of").asText());

        Cli text = Cli.run("timeline", "--min-confidence", "0.05", "--data", data.toString(), "--entity", "shake sound", "--metric", "DAU");
        assertTrue(text.out().startsWith("Douyin · DAU · 2 points"), text.out());
    }

    @Test
    void userErrorsGetAMessageAndAnExitCodeNotAStackTrace() {
        Cli missing = Cli.run("extract", "no/such/file.txt");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no such file or directory: no/such/file.txt"), missing.err());
        assertFalse(missing.err().contains("\tat "), "no stack trace: " + missing.err());

        Cli noIndex = Cli.run("search", "--data", data.resolve("empty").toString(), "x");
        assertEquals(1, noIndex.exit());
        assertTrue(noIndex.err().contains("no index in"), noIndex.err());

        Cli unknownOption = Cli.run("facts", "--nope");
        assertEquals(2, unknownOption.exit());
        assertTrue(unknownOption.err().contains("Unknown option"), unknownOption.err());

        Cli badMetric = Cli.run("timeline", "--data", data.toString(), "--entity", "Douyin", "--metric", "likes");
        assertEquals(1, badMetric.exit());
        assertTrue(badMetric.err().contains("unknown metric 'likes'"), badMetric.err());

        Cli badDate = Cli.run("facts", "--data", data.toString(), "--from", "yesterday");
        assertEquals(2, badDate.exit());
        assertTrue(badDate.err().contains("not a date"), badDate.err());

        Cli badQuery = Cli.run("search", "--data", data.toString(), "\"unclosed");
        assertEquals(1, badQuery.exit());
        assertTrue(badQuery.err().contains("the query opens a quote"), badQuery.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : List.of("demo", "extract", "ingest", "crawl", "search", "facts", "timeline")) {
            Cli r = Cli.run(c, "--help");
            assertEquals(0, r.exit(), c);
            assertTrue(r.out().contains("Usage: factline " + c), c + ": " + r.out());
        }
    }
}
