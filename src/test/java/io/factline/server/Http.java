package io.factline.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.model.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A real HTTP client for the tests: requests against a server on loopback, bodies as text or JSON. */
final class Http {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    Http(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET(), headers, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> getBytes(String pathAndQuery, String... headers) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET(), headers, HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> send(String method, String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).method(method, HttpRequest.BodyPublishers.noBody()),
                new String[0], HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode json(String pathAndQuery) {
        HttpResponse<String> r = get(pathAndQuery);
        if (r.statusCode() != 200) throw new AssertionError(pathAndQuery + " → " + r.statusCode() + " " + r.body());
        return parse(r.body());
    }

    static JsonNode parse(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder b, String[] headers, HttpResponse.BodyHandler<T> handler) {
        if (headers.length > 0) b.headers(headers);
        try {
            return client.send(b.timeout(Duration.ofSeconds(30)).build(), handler);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Sends a request line as written, byte for byte, and returns the whole response. */
    static String raw(int port, String requestLine) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Percent-encodes a query value (Chinese included). */
    static String q(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
