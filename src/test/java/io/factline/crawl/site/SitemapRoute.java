package io.factline.crawl.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.List;

/**
 * A sitemap: a Google News sitemap ({@code news:news} entries, as news sites publish them) of pages, or a sitemap
 * index of sitemaps.
 */
public final class SitemapRoute implements HttpHandler {
    private final String xml;

    private SitemapRoute(String xml) {
        this.xml = xml;
    }

    public static SitemapRoute news(List<String> pages) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
        for (String p : pages) {
            x.append("<url><loc>").append(p).append("</loc><news:news><news:publication><news:name>Test News"
                    + "</news:name><news:language>zh</news:language></news:publication><news:publication_date>"
                    + "2020-09-16</news:publication_date><news:title>Article</news:title></news:news></url>\n");
        }
        return new SitemapRoute(x.append("</urlset>\n").toString());
    }

    public static SitemapRoute index(List<String> sitemaps) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String s : sitemaps) x.append("<sitemap><loc>").append(s).append("</loc></sitemap>\n");
        return new SitemapRoute(x.append("</sitemapindex>\n").toString());
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        Responses.send(ex, 200, "application/xml", xml);
    }
}
