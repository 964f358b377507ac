package io.factline.crawl.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;

/** A redirect ({@code 301}, {@code 302}, {@code 307}…) to a fixed location. */
public final class RedirectRoute implements HttpHandler {
    private final int status;
    private final String location;

    public RedirectRoute(int status, String location) {
        this.status = status;
        this.location = location;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(status, -1);
    }
}
