package io.factline.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.index.DamagedIndex;
import io.factline.index.IndexWriterSession;
import io.factline.model.Article;
import io.factline.model.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What goes wrong inside the server reaches the client as a status and a plain message, never as internals, and
 * never as a response that looks complete but is not. The index here is written directly (no NLP), then damaged.
 */
class ServerErrorsTest {
    @TempDir
    Path data;

    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);

    /** 300 monthly revenue facts of one company (enough to fill the first chunks of an export), then damage. */
    private void indexWithOneUnreadableFact() throws IOException {
        try (IndexWriterSession w = IndexWriterSession.open(data)) {
            for (int i = 0; i < 300; i++) {
                LocalDate month = LocalDate.of(2000, 1, 1).plusMonths(i);
                Article a = Article.builder().id("a" + i).lang("en").title("Lakeside Mills reports monthly sales")
                        .text("Lakeside Mills said sales reached $" + (40 + i) + " million in the month.")
                        .published(month.plusMonths(1).toString()).source("Mill Town Gazette").build();
                Fact f = new Fact(null, a.id(), "Lakeside Mills", "Lakeside Mills", "revenue", (40 + i) * 1e6, null,
                        "USD", null, null, month.toString().substring(0, 7), "reported", null, a.text(), 0, 10, null,
                        "en", null, a.title(), a.published(), a.source());
                w.put(a, List.of(f), Set.of("Lakeside Mills"), "v1");
            }
        }
        DamagedIndex.addUnreadableFact(data, "Lakeside Mills", "revenue", LocalDate.of(2020, 6, 1));
    }

    @Test
    void aFailureMidExportIsLoggedAndTheClientSeesABrokenResponseNotAShortOne() throws Exception {
        indexWithOneUnreadableFact();
        try (FactlineServer server = FactlineServer.start(data, "127.0.0.1", 0, 0.0, log)) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(server.url().resolve("api/facts")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, r.statusCode(), "the export had started");
            List<String> lines = new ArrayList<>();
            IOException broken = assertThrows(IOException.class, () -> {
                try (InputStream in = r.body()) {
                    for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) lines.add(l);
                }
            }, "a body cut short must not end as if complete");
            assertTrue(broken.getMessage() != null, broken.toString());
            String said = logBytes.toString(StandardCharsets.UTF_8);
            assertTrue(said.contains("internal error") && said.contains("GET /api/facts (response cut short)"), said);
            assertTrue(said.contains("\tat "), "the stack trace is in the log: " + said);
        }
    }

    @Test
    void anInternalErrorIs500WithAnIdAndNoInternals() throws Exception {
        indexWithOneUnreadableFact();
        try (FactlineServer server = FactlineServer.start(data, "127.0.0.1", 0, 0.0, log)) {
            HttpResponse<String> r = new Http(server.url()).get("api/timeline?entity=Lakeside%20Mills&metric=revenue");
            assertEquals(500, r.statusCode(), r.body());
            JsonNode body = Http.parse(r.body());
            String id = body.get("id").asText();
            assertFalse(r.body().contains("Exception") || r.body().contains("io.factline"), r.body());
            String said = logBytes.toString(StandardCharsets.UTF_8);
            assertTrue(said.contains("internal error " + id + " on GET /api/timeline"), said);
        }
    }

    @Test
    void aQueryTheIndexCannotRunIs400InPlainWords() throws Exception {
        indexWithOneUnreadableFact();
        try (FactlineServer server = FactlineServer.start(data, "127.0.0.1", 0, 0.0, log)) {
            Http http = new Http(server.url());
            HttpResponse<String> star = http.get("api/search?q=*");
            assertEquals(400, star.statusCode());
            assertEquals("'*' alone is not a search: leave the query empty to list every article, or search for words",
                    Http.parse(star.body()).get("error").asText());
            HttpResponse<String> quote = http.get("api/search?q=" + Http.q("\"monthly sales"));
            assertEquals(400, quote.statusCode());
            assertEquals("the query opens a quote (\") that it does not close", Http.parse(quote.body()).get("error").asText());
            assertFalse(logBytes.toString(StandardCharsets.UTF_8).contains("internal error"), "a user's mistake is no bug");
        }
    }
}
