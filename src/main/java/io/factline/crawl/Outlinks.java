package io.factline.crawl;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The links of an HTML page (resolved against its base, normalised): {@code <a href>} and {@code <area href>}, and the
 * feeds it announces ({@code <link rel="alternate" type="application/rss+xml">}, Atom likewise). A page whose
 * {@code <meta name="robots">} says {@code nofollow} gives none; links marked {@code rel="nofollow"} are skipped.
 */
final class Outlinks {
    /** Page links and feed links, each in document order, without repeats. */
    record Found(Set<String> pages, Set<String> feeds) {
    }

    private Outlinks() {
    }

    static Found of(byte[] html, String url) {
        Document doc;
        try {
            // jsoup picks the charset from a BOM or <meta>; links are ASCII in practice, so a wrong guess is harmless.
            doc = Jsoup.parse(new ByteArrayInputStream(html), null, url);
        } catch (IOException e) {
            return new Found(Set.of(), Set.of());
        }
        Set<String> pages = new LinkedHashSet<>(), feeds = new LinkedHashSet<>();
        for (Element meta : doc.select("meta[name=robots]")) {
            if (meta.attr("content").toLowerCase(Locale.ROOT).contains("nofollow")) return new Found(pages, feeds);
        }
        for (Element a : doc.select("a[href], area[href]")) {
            if (a.attr("rel").toLowerCase(Locale.ROOT).contains("nofollow")) continue;
            add(pages, a.absUrl("href"));
        }
        for (Element link : doc.select("link[rel~=(?i)alternate][href][type]")) {
            String type = link.attr("type").toLowerCase(Locale.ROOT);
            if (type.contains("rss") || type.contains("atom")) add(feeds, link.absUrl("href"));
        }
        return new Found(pages, feeds);
    }

    private static void add(Set<String> out, String href) {
        String n = Urls.normalize(href);
        if (n != null) out.add(n);
    }
}
