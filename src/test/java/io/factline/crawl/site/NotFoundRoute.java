package io.factline.crawl.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;

/** 404 for anything no route serves. */
public final class NotFoundRoute implements HttpHandler {
    @Override
    public void handle(HttpExchange ex) throws IOException {
        Responses.send(ex, 404, "text/html", Responses.html("Not found", "<p>No such page.</p>"));
    }
}
