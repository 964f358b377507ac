package io.factline.crawl.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/** Rate limiting: the first request gets {@code 429 Too Many Requests} with {@code Retry-After}, later ones the page. */
public final class TooManyRequestsRoute implements HttpHandler {
    private final int retryAfterSeconds;
    private final HttpHandler then;
    private final AtomicBoolean limited = new AtomicBoolean();

    public TooManyRequestsRoute(int retryAfterSeconds, HttpHandler then) {
        this.retryAfterSeconds = retryAfterSeconds;
        this.then = then;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        if (limited.compareAndSet(false, true)) {
            ex.getResponseHeaders().set("Retry-After", Integer.toString(retryAfterSeconds));
            Responses.send(ex, 429, "text/plain", "slow down\n");
        } else {
            then.handle(ex);
        }
    }
}
