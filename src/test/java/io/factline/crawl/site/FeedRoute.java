package io.factline.crawl.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.List;

/** An RSS 2.0 feed whose items link the given pages. */
public final class FeedRoute implements HttpHandler {
    private final List<String> items;

    public FeedRoute(List<String> items) {
        this.items = items;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Test News</title><link>http://127.0.0.1/</link><description>news</description>\n");
        for (String i : items) {
            x.append("<item><title>Item</title><link>").append(i).append("</link>")
                    .append("<pubDate>Wed, 16 Sep 2020 10:01:40 GMT</pubDate></item>\n");
        }
        Responses.send(ex, 200, "application/rss+xml; charset=utf-8", x.append("</channel></rss>\n").toString());
    }
}
