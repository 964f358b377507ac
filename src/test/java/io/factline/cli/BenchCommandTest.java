package io.factline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.TestData;
import io.factline.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bench extract} measures what it says on real articles, and refuses what it cannot measure. */
class BenchCommandTest {
    @Test
    void measuresTheArticlesItRanAndWhereTheTimeWent() throws Exception {
        Path news = TestData.corpora().resolve("news/zh-finance-tech-flashes.jsonl");
        Cli c = Cli.run("bench", "extract", "--limit", "6", "--threads", "2", "--index", "--format", "json", news.toString());
        assertEquals(0, c.exit(), c.err());
        JsonNode r = Json.mapper().readTree(c.out());
        assertEquals(6, r.get("articles").asInt(), c.out());
        assertEquals(2, r.get("threads").asInt());
        long chars = 0;
        for (String line : Files.readAllLines(news).subList(0, 6)) chars += Json.mapper().readTree(line).get("text").asText().length();
        assertEquals(chars, r.get("characters").asLong(), "the characters of the six articles read");
        assertTrue(r.get("articles_per_second").asDouble() > 0 && r.get("peak_heap_bytes").asLong() > 0, c.out());
        // Chinese input: HanLP did the analysis, CoreNLP was never asked; the index stage ran.
        assertTrue(r.get("nlp_step_seconds").get("chinese").asDouble() > 0, c.out());
        assertEquals(0.0, r.get("nlp_step_seconds").get("english_tags").asDouble(), c.out());
        assertTrue(r.get("stage_seconds").get("index").asDouble() > 0, c.out());
    }

    @Test
    void comparesTheFastEnglishAnalysisWithTheFullOneOnTheSameArticles() throws Exception {
        Path news = TestData.corpora().resolve("news/bbc-tech-business-2004.jsonl");
        Cli c = Cli.run("bench", "extract", "--limit", "3", "--threads", "1", "--compare-full-nlp", "--format", "json",
                news.toString());
        assertEquals(0, c.exit(), c.err());
        JsonNode r = Json.mapper().readTree(c.out());
        JsonNode fast = r.get("fast"), full = r.get("full");
        assertEquals("fast", fast.get("nlp").asText(), c.out());
        assertEquals("full", full.get("nlp").asText(), c.out());
        assertEquals(3, fast.get("articles").asInt(), c.out());
        assertEquals(fast.get("characters").asLong(), full.get("characters").asLong(), "both runs read the same articles");
        // The fast run read dates with factline's reader; the full one took SUTime's, inside CoreNLP's NER.
        assertTrue(fast.get("nlp_step_seconds").get("english_dates").asDouble() > 0, c.out());
        assertEquals(0.0, full.get("nlp_step_seconds").get("english_dates").asDouble(), c.out());
        assertTrue(r.get("speedup").asDouble() > 0, c.out());
        assertEquals(200, r.get("turn_articles").asInt(), "the analyses took turns over blocks of 200 articles");
    }

    @Test
    void measuresOnePassAfterTheWarmUpPassesAndFindsTheSameFacts() throws Exception {
        Path news = TestData.corpora().resolve("news/zh-finance-tech-flashes.jsonl");
        Cli cold = Cli.run("bench", "extract", "--limit", "5", "--threads", "1", "--format", "json", news.toString());
        Cli warm = Cli.run("bench", "extract", "--limit", "5", "--threads", "1", "--warm-up", "2", "--format", "json",
                news.toString());
        assertEquals(0, warm.exit(), warm.err());
        JsonNode c = Json.mapper().readTree(cold.out()), w = Json.mapper().readTree(warm.out());
        assertEquals(0, c.get("warm_up_passes").asInt(), cold.out());
        assertEquals(2, w.get("warm_up_passes").asInt(), warm.out());
        // The warm-up passes are uncounted: the report is of one pass over the five articles, with their facts.
        assertEquals(5, w.get("articles").asInt(), warm.out());
        assertEquals(c.get("characters").asLong(), w.get("characters").asLong());
        assertEquals(c.get("facts").asInt(), w.get("facts").asInt(), "the same facts warm as cold");
        assertTrue(warm.err().contains("warm-up pass 1 of 2") && warm.err().contains("warm-up pass 2 of 2"), warm.err());
        assertTrue(w.get("jit_seconds").asDouble() >= 0, warm.out());
        Cli bad = Cli.run("bench", "extract", "--warm-up", "-1", news.toString());
        assertEquals(2, bad.exit(), bad.err());
        assertTrue(bad.err().contains("--warm-up"), bad.err());
    }

    @Test
    void refusesAnAnalysisItDoesNotKnow() throws Exception {
        Path news = TestData.corpora().resolve("news/bbc-tech-business-2004.jsonl");
        Cli bad = Cli.run("bench", "extract", "--nlp", "thorough", news.toString());
        assertEquals(2, bad.exit(), bad.err());
        assertTrue(bad.err().contains("--nlp must be fast or full"), bad.err());
        Cli twice = Cli.run("bench", "extract", "--nlp", "full", "--compare-full-nlp", news.toString());
        assertEquals(2, twice.exit(), twice.err());
        assertTrue(twice.err().contains("leave out --nlp full"), twice.err());
    }

    @Test
    void saysSoWhenThereIsNothingToMeasure(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        Cli c = Cli.run("bench", "extract", empty.toString());
        assertEquals(1, c.exit());
        assertTrue(c.err().contains("no article"), c.err());
        Cli bad = Cli.run("bench", "extract", "--threads", "0", empty.toString());
        assertEquals(2, bad.exit(), bad.err());
        assertTrue(bad.err().contains("--threads"), bad.err());
    }
}
