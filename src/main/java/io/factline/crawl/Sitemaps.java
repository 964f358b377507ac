package io.factline.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The URLs listed by a sitemap (sitemaps.org 0.9, news sitemaps included), a sitemap index (its sitemaps), an RSS
 * 2.0 or an Atom 1.0 feed, parsed by crawler-commons. Lenient: a sitemap may list URLs outside its own directory
 * (the crawl's scope decides what is followed), and a truncated file yields what it has.
 */
final class Sitemaps {
    /** Child sitemaps (of an index) and listed pages, normalised. */
    record Found(Set<String> sitemaps, Set<String> pages) {
    }

    private Sitemaps() {
    }

    /** What an XML document lists; null when it is neither a sitemap nor a feed. */
    static Found of(byte[] xml, String contentType, String url) {
        SiteMapParser parser = new SiteMapParser(false, true);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap(contentType == null ? "application/xml" : contentType, xml,
                    URI.create(url).toURL());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            return null;
        }
        Set<String> sitemaps = new LinkedHashSet<>(), pages = new LinkedHashSet<>();
        if (map instanceof SiteMapIndex index) {
            for (AbstractSiteMap child : index.getSitemaps()) add(sitemaps, child.getUrl().toString());
        } else if (map instanceof SiteMap sitemap) {
            for (SiteMapURL u : sitemap.getSiteMapUrls()) add(pages, u.getUrl().toString());
        }
        return new Found(sitemaps, pages);
    }

    private static void add(Set<String> out, String url) {
        String n = Urls.normalize(url);
        if (n != null) out.add(n);
    }
}
