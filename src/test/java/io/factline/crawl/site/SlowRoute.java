package io.factline.crawl.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A server that sends the headers and the start of a page, then goes quiet for a long time. */
public final class SlowRoute implements HttpHandler {
    private final long stallMillis;

    public SlowRoute(long stallMillis) {
        this.stallMillis = stallMillis;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        byte[] page = Responses.html("Slow", "<p>" + "slow ".repeat(200) + "</p>").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html");
        ex.sendResponseHeaders(200, page.length);
        OutputStream out = ex.getResponseBody();
        out.write(page, 0, 100);
        out.flush();
        try {
            Thread.sleep(stallMillis);
            out.write(page, 100, page.length - 100);
        } catch (InterruptedException | IOException e) {
            // the crawler hung up, as it should
        }
    }
}
