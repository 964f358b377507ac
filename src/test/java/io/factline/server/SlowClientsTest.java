package io.factline.server;

import io.factline.index.IndexWriterSession;
import io.factline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clients that open a connection and send part of a request, then nothing, must not take the server from everyone
 * else: one laptop on the network could otherwise stop it (a "slowloris").
 */
class SlowClientsTest {
    /** More stalled connections than the server has threads for searches. */
    private static final int STALLED = 100;

    @TempDir
    Path data;

    private void writeIndex() throws java.io.IOException {
        try (IndexWriterSession w = IndexWriterSession.open(data)) {
            for (int i = 0; i < 20; i++) {
                Article a = Article.builder().id("a" + i).lang("en").title("Harbour Freight expands routes " + i)
                        .text("Harbour Freight said on Monday it would add routes to three ports this year.")
                        .published("2024-03-" + (10 + i)).source("Port Weekly").build();
                w.put(a, List.of(), Set.of(), "v1");
            }
        }
    }

    @Test
    void stalledConnectionsDoNotStopOtherClients() throws Exception {
        writeIndex();
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        List<Socket> stalled = new ArrayList<>();
        try (FactlineServer server = FactlineServer.start(data, "127.0.0.1", 0, 0.5, log)) {
            for (int i = 0; i < STALLED; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                OutputStream out = s.getOutputStream();
                out.write('G');
                out.flush();
                stalled.add(s);
            }
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            for (int i = 0; i < 10; i++) {
                HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + "api/search?q=ports"))
                        .timeout(Duration.ofSeconds(10)).build();
                HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                assertTrue(r.body().contains("Harbour Freight"), r.body());
            }
        } finally {
            for (Socket s : stalled) s.close();
        }
    }

    /** In its own process, as `factline serve` runs: a connection that never completes its request is closed. */
    @Test
    void theServerClosesAConnectionThatNeverCompletesItsRequest() throws Exception {
        writeIndex();
        try (ServeProcess serve = ServeProcess.start(data);
             Socket s = new Socket(serve.url.getHost(), serve.url.getPort())) {
            // Only a guard against hanging the build: the server's own limit is FactlineServer.MAX_REQUEST_SECONDS.
            s.setSoTimeout(120_000);
            s.getOutputStream().write("GET /api/sea".getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            int read;
            try {
                read = s.getInputStream().read();
            } catch (java.net.SocketException reset) {
                read = -1;
            }
            assertEquals(-1, read, "the server answered or kept the stalled connection instead of closing it");
        }
    }
}
