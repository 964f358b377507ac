package io.factline.crawl.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Another site republishing an article, as aggregators do (the reference article's "via:博客园" line): the same
 * article text in the other site's own template, its own title suffix, navigation and footer, with a credit line.
 */
public final class SyndicatedCopyRoute implements HttpHandler {
    private final byte[] page;

    /** @param original the article page as its own site serves it (UTF-8) */
    public SyndicatedCopyRoute(byte[] original, String via) {
        Document doc = Jsoup.parse(new String(original, StandardCharsets.UTF_8));
        doc.title(doc.title() + " - Aggregator News");
        doc.select("script, style, iframe").remove();
        Element body = doc.body();
        body.prepend("<div class=\"aggregator-nav\"><a href=\"/\">Aggregator News</a> | <a href=\"/tech\">Tech</a>"
                + " | <a href=\"/finance\">Finance</a></div><p class=\"credit\">via: " + via + "</p>");
        body.append("<footer><p>Aggregator News republishes articles from across the web.</p></footer>");
        page = doc.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        Responses.send(ex, 200, "text/html; charset=utf-8", page);
    }
}
