package io.factline.crawl.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;

/** /robots.txt with the given rules. */
public final class RobotsRoute implements HttpHandler {
    private final String rules;

    public RobotsRoute(String rules) {
        this.rules = rules;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        Responses.send(ex, 200, "text/plain", rules);
    }
}
