package io.factline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.factline.content.ContentExtractor;
import io.factline.model.Article;
import io.factline.model.Json;
import org.jsoup.nodes.Entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * The sample corpus as a small news site on a loopback port, for the demo to crawl: the HTML pages as they were
 * fetched (the gzip ones sent gzip-encoded, the GBK one with no charset, as its site did), the JSON Lines articles
 * and the seed text rendered as article pages (headline, {@code article:published_time}, paragraphs), a front page
 * linking them all, an RSS feed, a sitemap, and a robots.txt that points to the sitemap.
 */
final class DemoSite implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Page> pages = new LinkedHashMap<>();

    private record Page(byte[] body, String contentType, String encoding, String title) {
    }

    private DemoSite(Path corpora) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "factline-demo-site");
            t.setDaemon(true);
            return t;
        }));
        load(corpora);
        server.createContext("/", this::serve);
        server.start();
    }

    /** Serves {@code corpora} (the project's {@code corpora/} layout) until closed. */
    static DemoSite start(Path corpora) {
        try {
            return new DemoSite(corpora);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo site: " + e.getMessage(), e);
        }
    }

    /** The front page, which links every article and announces the feed. */
    String home() {
        return base() + "/";
    }

    String sitemapUrl() {
        return base() + "/sitemap.xml";
    }

    String feedUrl() {
        return base() + "/feed.xml";
    }

    private String base() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    private void load(Path corpora) throws IOException {
        for (Path f : files(corpora.resolve("pages"))) {
            String name = f.getFileName().toString();
            boolean gz = name.endsWith(".gz");
            String path = "/pages/" + (gz ? name.substring(0, name.length() - 3) : name);
            // The GBK page's server sent no charset: the crawler and the content stage must find it themselves.
            pages.put(path, new Page(Files.readAllBytes(f), "text/html", gz ? "gzip" : null, path));
        }
        for (Path f : files(corpora.resolve("news"))) {
            if (!f.toString().endsWith(".jsonl")) continue;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode a = Json.mapper().readTree(line);
                String id = a.path("id").asText();
                pages.put("/news/" + id + ".html", article(text(a, "title"), text(a, "published"), text(a, "text"),
                        text(a, "source")));
            }
        }
        for (Path f : files(corpora.resolve("seed"))) {
            if (!f.toString().endsWith(".txt")) continue;
            String raw = Files.readString(f, StandardCharsets.UTF_8);
            Article a = ContentExtractor.fromText(raw, null);
            String name = f.getFileName().toString().replaceFirst("\\.txt$", ".html");
            pages.put("/seed/" + name, article(a.title(), a.published(), raw, a.source()));
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Page article(String title, String published, String text, String publisher) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n");
        // The publisher, as real sites name themselves: the demo's address is no name to show.
        if (publisher != null) h.append("<meta property=\"og:site_name\" content=\"").append(esc(publisher)).append("\">\n");
        if (title != null) h.append("<title>").append(esc(title)).append("</title>\n");
        if (published != null) {
            h.append("<meta property=\"article:published_time\" content=\"").append(esc(published)).append("\">\n");
        }
        h.append("</head><body>\n<nav><a href=\"/\">Home</a></nav>\n<article>\n");
        if (title != null) h.append("<h1>").append(esc(title)).append("</h1>\n");
        for (String para : text.split("\n")) {
            if (!para.isBlank() && !para.strip().equals(title)) h.append("<p>").append(esc(para.strip())).append("</p>\n");
        }
        h.append("</article>\n</body></html>\n");
        return new Page(h.toString().getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", null, title);
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            switch (path) {
                case "/" -> send(ex, 200, "text/html; charset=utf-8", null, front());
                case "/robots.txt" -> send(ex, 200, "text/plain", null,
                        ("User-agent: *\nAllow: /\nSitemap: " + base() + "/sitemap.xml\n").getBytes(StandardCharsets.UTF_8));
                case "/sitemap.xml" -> send(ex, 200, "application/xml", null, sitemapXml());
                case "/feed.xml" -> send(ex, 200, "application/rss+xml", null, feedXml());
                default -> {
                    Page p = pages.get(path);
                    if (p == null) send(ex, 404, "text/plain", null, "not found\n".getBytes(StandardCharsets.UTF_8));
                    else send(ex, 200, p.contentType(), p.encoding(), p.body());
                }
            }
        }
    }

    private static void send(HttpExchange ex, int status, String type, String encoding, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        if (encoding != null) ex.getResponseHeaders().set("Content-Encoding", encoding);
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }

    private byte[] front() {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>factline demo "
                + "news</title>\n<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\">\n</head><body>\n"
                + "<h1>factline demo news</h1>\n<ul>\n");
        pages.forEach((path, p) -> h.append("<li><a href=\"").append(path).append("\">").append(esc(p.title()))
                .append("</a></li>\n"));
        return h.append("</ul>\n</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] sitemapXml() {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : pages.keySet()) x.append("  <url><loc>").append(base()).append(path).append("</loc></url>\n");
        return x.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] feedXml() {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>factline demo news</title><link>" + base() + "/</link><description>sample</description>\n");
        pages.forEach((path, p) -> {
            if (path.startsWith("/news/")) {
                x.append("<item><title>").append(esc(p.title())).append("</title><link>").append(base()).append(path)
                        .append("</link></item>\n");
            }
        });
        return x.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
