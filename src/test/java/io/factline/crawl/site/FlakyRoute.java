package io.factline.crawl.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/** A server having a bad moment: {@code 500} for the first requests, then the page. */
public final class FlakyRoute implements HttpHandler {
    private final AtomicInteger failuresLeft;
    private final HttpHandler then;

    public FlakyRoute(int failures, HttpHandler then) {
        this.failuresLeft = new AtomicInteger(failures);
        this.then = then;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        if (failuresLeft.getAndDecrement() > 0) {
            Responses.send(ex, 500, "text/html", Responses.html("Error", "<p>Internal Server Error</p>"));
        } else {
            then.handle(ex);
        }
    }
}
