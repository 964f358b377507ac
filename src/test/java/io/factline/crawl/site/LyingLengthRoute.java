package io.factline.crawl.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;

/** A response whose Content-Length announces far more than it sends: a small page, then the connection closes. */
public final class LyingLengthRoute implements HttpHandler {
    private final long declared;

    public LyingLengthRoute(long declared) {
        this.declared = declared;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html");
        ex.sendResponseHeaders(200, declared);
        try (OutputStream out = ex.getResponseBody()) {
            out.write("<html><body><p>A page that stops early.</p>".getBytes());
            out.flush();
        } catch (IOException e) {
            // the crawler gave up first, as it should
        } finally {
            ex.close();
        }
    }
}
