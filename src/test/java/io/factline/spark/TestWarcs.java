package io.factline.spark;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.model.Json;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** WARC files as a news site's archive would hold them, written with jwarc from the project's sample corpus. */
final class TestWarcs {
    /** One archived page. */
    record Page(String url, String html) {
    }

    private TestWarcs() {
    }

    /** The articles of a JSON Lines file of the sample corpus as HTML pages of a site, one URL each. */
    static List<Page> pagesOf(Path jsonl, String site) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) continue;
            JsonNode a = Json.mapper().readTree(line);
            String published = a.path("published").asText(null);
            pages.add(new Page(site + "/news/" + a.get("id").asText() + ".html",
                    html(a.get("title").asText(), published, a.get("text").asText(), "")));
        }
        return pages;
    }

    /** A news page: its title, its date in the page's metadata, its paragraphs, and the site's furniture. */
    static String html(String title, String published, String text, String furniture) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title>");
        if (published != null) b.append("<meta property=\"article:published_time\" content=\"").append(published)
                .append("\">");
        b.append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/business\">Business</a></nav>").append(furniture)
                .append("<article><h1>").append(escape(title)).append("</h1>");
        for (String p : text.split("\n+")) if (!p.isBlank()) b.append("<p>").append(escape(p)).append("</p>");
        return b.append("</article><footer>© News site</footer></body></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Writes the pages as 200 responses, one gzip member per record, fetched a minute apart. */
    static Path write(Path file, List<Page> pages) throws IOException {
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE),
                file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE)) {
            Instant t = Instant.parse("2026-11-02T08:00:00Z");
            for (Page p : pages) {
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html;charset=utf-8"), p.html().getBytes(StandardCharsets.UTF_8))
                        .build();
                w.write(new WarcResponse.Builder(URI.create(p.url())).date(t).body(http).build());
                t = t.plusSeconds(60);
            }
        }
        return file;
    }

    /** A record whose length is no number: a reader cannot go on past it. */
    static byte[] damagedRecord(String url) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Revenue rose.</p>";
        return ("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-0000000000ff>\r\n"
                + "WARC-Date: 2026-11-02T09:00:00Z\r\nWARC-Target-URI: " + url + "\r\n"
                + "Content-Type: application/http;msgtype=response\r\nContent-Length: 7x9\r\n\r\n" + http + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
