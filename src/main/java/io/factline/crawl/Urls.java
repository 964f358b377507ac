package io.factline.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * URL normalisation with crawler-commons' {@link BasicURLNormalizer} (case, default ports, dot segments, percent
 * encoding, IDN to punycode, fragment removed, query parameters sorted) so that one page is fetched once, whatever
 * way it was linked. Only http and https are crawled.
 */
final class Urls {
    /** Longer URLs are nearly always traps (session ids, a path that grows); browsers and servers cap near here. */
    static final int MAX_LENGTH = 2048;
    private static final BasicURLNormalizer NORMALIZER = new BasicURLNormalizer();

    private Urls() {
    }

    /** The normalised form of an absolute http(s) URL, or null when it is not one or is too long. */
    static String normalize(String url) {
        if (url == null) return null;
        String n;
        try {
            n = NORMALIZER.filter(url.strip());
        } catch (RuntimeException e) {
            return null; // the normaliser rejects what it cannot parse by returning null, mostly; be sure
        }
        if (n == null || n.length() > MAX_LENGTH) return null;
        String lower = n.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) return null;
        return host(n) == null ? null : n;
    }

    /** {@code href} resolved against the page it was found on, then normalised; null when unusable. */
    static String resolve(String base, String href) {
        if (href == null || href.isBlank()) return null;
        try {
            return normalize(new URI(base).resolve(href.strip().replace(" ", "%20")).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return normalize(href); // an unparsable base: the link may still be absolute
        }
    }

    /** The lower-case host of a URL, or null. */
    static String host(String url) {
        try {
            String h = new URI(url).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * scheme://host[:port]: what robots.txt rules and politeness apply to (RFC 9309 §2.3: the rules of a
     * robots.txt apply to the protocol, host and port it was fetched from).
     */
    static String origin(String url) {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (u.getPort() >= 0 ? ":" + u.getPort() : "");
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("not an absolute URL: " + url, e);
        }
    }
}
