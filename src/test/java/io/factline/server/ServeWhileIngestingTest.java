package io.factline.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.TestData;
import io.factline.index.IndexWriterSession;
import io.factline.ingest.Ingester;
import io.factline.ingest.InputReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A running server answers from what an ingest commits to its data directory, without a restart. */
class ServeWhileIngestingTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void articlesIngestedWhileServingAreFoundAndTheTimelineGrows(@TempDir Path data) throws Exception {
        Path seed = TestData.corpora().resolve("seed/douyin-dau-600m.en.txt");
        ingest(data, seed.toString());
        Path later = data.resolveSibling(data.getFileName() + "-later.jsonl");
        Files.writeString(later, """
                {"id":"later-1","url":"https://example.com/later-1","title":"抖音日活跃用户突破7亿","published":"2021-01-05","lang":"zh","text":"抖音日活跃用户突破7亿。截至2020年12月，抖音日活跃用户已突破7亿。"}
                """, StandardCharsets.UTF_8);

        try (FactlineServer server = FactlineServer.start(data, "127.0.0.1", 0, TestData.EXPLORING, QUIET)) {
            Http http = new Http(server.url());
            assertEquals(0, http.json("/api/search?q=" + Http.q("日活跃用户")).get("total").asLong());
            assertEquals(2, http.json("/api/timeline?entity=Douyin&metric=DAU").get("points").size());

            ingest(data, later.toString());

            // The server looks for a newer commit at most once a second; wait for it, not for a fixed time.
            JsonNode found = null;
            for (int i = 0; i < 100; i++) {
                found = http.json("/api/search?q=" + Http.q("日活跃用户"));
                if (found.get("total").asLong() > 0) break;
                Thread.sleep(100);
            }
            assertEquals(1, found.get("total").asLong(), "the article ingested while serving is found: " + found);
            assertEquals("later-1", found.get("hits").get(0).get("id").asText());
            JsonNode points = http.json("/api/timeline?entity=Douyin&metric=DAU").get("points");
            assertEquals(List.of("2020-01", "2020-08", "2020-12"), List.of(points.get(0).get("as_of").asText(),
                    points.get(1).get("as_of").asText(), points.get(2).get("as_of").asText()));
            assertEquals("later-1", http.json("/api/articles/later-1").get("id").asText());
        } finally {
            Files.deleteIfExists(later);
        }
    }

    private static void ingest(Path data, String input) throws IOException {
        try (IndexWriterSession index = IndexWriterSession.open(data)) {
            new Ingester(TestData.pipeline(), 1, QUIET).ingest(List.of(input), new InputReader(null), index, false);
        }
    }
}
