package io.factline.crawl.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;

/** A connection cut mid-body: Content-Length announces the whole page, half of it comes, then the socket closes. */
public final class CutRoute implements HttpHandler {
    private final byte[] page;

    public CutRoute(byte[] page) {
        this.page = page;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/html");
        ex.sendResponseHeaders(200, page.length);
        OutputStream out = ex.getResponseBody();
        out.write(page, 0, page.length / 2);
        out.flush();
        // Closing with bytes missing makes the server drop the connection (it cannot be reused).
        throw new IOException("cut");
    }
}
