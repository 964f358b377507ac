package io.factline.server;

import io.factline.index.IndexWriterSession;
import io.factline.model.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a hostile client sends the server (loopback only): paths that climb out of the static files or the article
 * ids, paging that is negative or huge, markup and bytes that are not UTF-8 in parameters, other methods, and many
 * connections that send nothing. Each gets a plain JSON error or a normal answer, never a file from outside, an
 * internal message or a hang, and normal searches go on being answered meanwhile.
 */
class ServerAbuseTest {
    @TempDir
    static Path data;
    private static FactlineServer server;
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        try (IndexWriterSession w = IndexWriterSession.open(data)) {
            for (int i = 0; i < 30; i++) {
                Article a = Article.builder().id("a" + i).lang("en").title("Harbour Freight adds route " + i)
                        .text("Harbour Freight said on Monday it would add a route to the northern ports this year.")
                        .published("2024-03-" + (10 + i % 18)).source("Port Weekly").build();
                w.put(a, List.of(), Set.of(), "v1");
            }
        }
        // A file beside the index that no request may reach.
        Files.writeString(data.resolve("secret.txt"), "not for the web");
        server = FactlineServer.start(data, "127.0.0.1", 0, 0.5, new PrintStream(LOG, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery.substring(1)))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertPlainError(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        assertTrue(r.body().startsWith("{\"error\":\""), r.body());
        for (String internal : List.of("Exception", "\tat ", "io.factline", "/tmp", data.toString())) {
            assertFalse(r.body().contains(internal), "leaks '" + internal + "': " + r.body());
        }
        assertFalse(r.body().contains("not for the web"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/%2e%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/..%2f..%2fetc%2fpasswd",
            "/static/..%2f..%2fsecret.txt", "/api/articles/..%2f..%2fsecret.txt", "/api/articles/%2e%2e",
            "/api/articles/%2e%2e%5c%2e%2e%5csecret.txt", "/api/articles/a1%00.txt", "/index.html%00.txt"})
    void pathsThatClimbOutFindNothing(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertPlainError(r, 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search?q=route&size=-1", "/api/search?q=route&size=99999999999999999999",
            "/api/search?q=route&offset=-5", "/api/search?q=route&offset=100000000", "/api/facts?entity=x&format=xml",
            "/api/search?q=route&lang=%3Cscript%3E", "/api/search?q=%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28%28route",
            "/api/timeline?entity=%3Cimg%20src%3Dx%3E&metric=%3Cb%3E"})
    void badParametersGetAPlainError(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertPlainError(r, 400);
    }

    @Test
    void markupAndInvalidUtf8InAQueryAreOnlyText() throws Exception {
        HttpResponse<String> markup = get("/api/search?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%20route");
        assertEquals(200, markup.statusCode(), markup.body());
        assertFalse(markup.body().contains("<img"), "echoed as markup: " + markup.body());
        // The slash of a closing tag is query syntax: refused in plain words, the markup not echoed.
        HttpResponse<String> closing = get("/api/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertPlainError(closing, 400);
        assertFalse(closing.body().contains("<script"), closing.body());
        HttpResponse<String> bytes = get("/api/search?q=%ff%fe%c3");
        assertEquals(200, bytes.statusCode(), bytes.body());
    }

    @Test
    void otherMethodsAreRefused() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + "api/search?q=route"))
                    .method(method, HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertPlainError(r, 405);
        }
    }

    /** Two hundred connections that send nothing, then searches: each answered; its p99 is printed. */
    @Test
    void searchesAreAnsweredBesideTwoHundredSilentConnections() throws Exception {
        List<Socket> silent = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                OutputStream out = s.getOutputStream();
                out.write("GET /api/sea".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                silent.add(s);
            }
            long[] nanos = new long[100];
            for (int i = 0; i < nanos.length; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = get("/api/search?q=route&size=5");
                nanos[i] = System.nanoTime() - t0;
                assertEquals(200, r.statusCode(), r.body());
                assertTrue(r.body().contains("Harbour Freight"));
            }
            Arrays.sort(nanos);
            System.err.printf("search beside 200 silent connections: p50 %.1f ms, p99 %.1f ms%n",
                    nanos[49] / 1e6, nanos[98] / 1e6);
        } finally {
            for (Socket s : silent) s.close();
        }
    }
}
