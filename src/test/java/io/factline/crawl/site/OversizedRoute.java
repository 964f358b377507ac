package io.factline.crawl.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;

/** A page far larger than any article, sent chunked (no Content-Length to warn the crawler). */
public final class OversizedRoute implements HttpHandler {
    private final long bytes;

    public OversizedRoute(long bytes) {
        this.bytes = bytes;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html");
        ex.sendResponseHeaders(200, 0);
        byte[] block = "<p>filler filler filler filler filler filler filler</p>\n".repeat(1000).getBytes();
        try (OutputStream out = ex.getResponseBody()) {
            for (long n = 0; n < bytes; n += block.length) out.write(block);
        } catch (IOException e) {
            // the crawler stopped reading, as it should
        }
    }
}
