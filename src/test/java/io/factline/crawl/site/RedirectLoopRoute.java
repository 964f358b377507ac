package io.factline.crawl.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;

/** Two URLs that redirect to each other: {@code /loop/a} → {@code /loop/b} → {@code /loop/a}. */
public final class RedirectLoopRoute implements HttpHandler {
    @Override
    public void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        ex.getResponseHeaders().set("Location", path.endsWith("/a") ? "/loop/b" : "/loop/a");
        ex.sendResponseHeaders(302, -1);
    }
}
