package io.factline.crawl;

import io.factline.content.SimHash;
import io.factline.warc.WarcArchive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What a fetched page leads to: the links of an HTML page (feeds it announces included) and its SimHash, or the
 * entries of a sitemap or feed.
 *
 * @param html     an HTML page (else XML: a sitemap, a sitemap index or a feed)
 * @param links    pages and feeds one hop further
 * @param sitemaps sitemaps listed by a sitemap index: at the same depth as the index
 * @param simhash  the SimHash of the page's text, when long enough to compare
 * @param dropped  links and sitemaps past the cap, left out
 */
record Discovery(boolean html, Set<String> links, Set<String> sitemaps, OptionalLong simhash, int dropped) {
    /** @param maxLinks links and sitemaps kept at most, the first in document order */
    static Discovery of(QueuedUrl u, Fetcher.Response r, PageText text, int maxLinks) {
        Discovery d = all(u, r, text);
        int total = d.links.size() + d.sitemaps.size();
        if (total <= maxLinks) return d;
        Set<String> sitemaps = first(d.sitemaps, maxLinks);
        Set<String> links = first(d.links, maxLinks - sitemaps.size());
        return new Discovery(d.html, links, sitemaps, d.simhash, total - links.size() - sitemaps.size());
    }

    private static Set<String> first(Set<String> all, int n) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : all) {
            if (out.size() >= n) break;
            out.add(s);
        }
        return out;
    }

    private static Discovery all(QueuedUrl u, Fetcher.Response r, PageText text) {
        if (isXml(r.contentType(), r.body())) {
            Sitemaps.Found f = Sitemaps.of(r.body(), r.contentType(), u.url());
            return f == null ? new Discovery(false, Set.of(), Set.of(), OptionalLong.empty(), 0)
                    : new Discovery(false, f.pages(), f.sitemaps(), OptionalLong.empty(), 0);
        }
        Outlinks.Found f = Outlinks.of(r.body(), u.url());
        Set<String> links = new LinkedHashSet<>(f.feeds());
        links.addAll(f.pages());
        return new Discovery(true, links, Set.of(), SimHash.of(text.of(r.body(), u.url(), r.contentType())), 0);
    }

    private static boolean isXml(String contentType, byte[] body) {
        if (contentType != null) {
            String t = contentType.toLowerCase(Locale.ROOT);
            return Fetcher.isXml(t.strip());
        }
        String head = new String(body, 0, Math.min(body.length, 256), StandardCharsets.ISO_8859_1).stripLeading();
        return head.startsWith("<?xml") || head.startsWith("<rss") || head.startsWith("<urlset")
                || head.startsWith("<sitemapindex") || head.startsWith("<feed");
    }

    /**
     * The fields of the capture's metadata record, named as Heritrix names them ({@code via}, {@code hopsFromSeed},
     * {@code outlink}) so that WARC tools recognise them, plus the SimHash and the page this one nearly copies.
     */
    Map<String, List<String>> metadata(QueuedUrl u, String nearDuplicateOf) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        if (u.via() != null) m.put("via", List.of(u.via()));
        m.put("hopsFromSeed", List.of(Integer.toString(u.depth())));
        simhash.ifPresent(h -> m.put("simhash", List.of(String.format("%016x", h))));
        if (nearDuplicateOf != null) m.put(WarcArchive.NEAR_DUPLICATE_OF, List.of(nearDuplicateOf));
        List<String> out = new ArrayList<>(sitemaps);
        out.addAll(links);
        if (!out.isEmpty()) m.put("outlink", out);
        return m;
    }
}
