package io.factline.crawl.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;

/** {@code /chain/1} → {@code /chain/2} → … → {@code /chain/N}, which is a page: an N−1 redirect chain. */
public final class RedirectChainRoute implements HttpHandler {
    private final int length;

    public RedirectChainRoute(int length) {
        this.length = length;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        int n = Integer.parseInt(ex.getRequestURI().getPath().substring("/chain/".length()));
        if (n >= length) {
            Responses.send(ex, 200, "text/html", Responses.html("End of chain", "<p>arrived</p>"));
            return;
        }
        ex.getResponseHeaders().set("Location", "/chain/" + (n + 1));
        ex.sendResponseHeaders(302, -1);
    }
}
