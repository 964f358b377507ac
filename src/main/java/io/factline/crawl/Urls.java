package io.factline.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URL normalisation with crawler-commons' {@link BasicURLNormalizer} (case, default ports, dot segments, percent
 * encoding, IDN to punycode, fragment removed, query parameters sorted) so that one page is fetched once, whatever
 * way it was linked. Only http and https are crawled.
 */
final class Urls {
    /** Longer URLs are nearly always traps (session ids, a path that grows); browsers and servers cap near here. */
    static final int MAX_LENGTH = 2048;
    private static final BasicURLNormalizer NORMALIZER = new BasicURLNormalizer();
    /** IPv4 in any form inet_aton reads (127.1, 2130706433): what the host is once written as a dotted quad. */
    private static final Pattern NUMERIC_V4 = Pattern.compile("\\d+(?:\\.\\d+){0,3}");

    private Urls() {
    }

    /** The normalised form of an absolute http(s) URL, or null when it is not one or is too long. */
    static String normalize(String url) {
        if (url == null) return null;
        String n;
        try {
            n = NORMALIZER.filter(url.strip());
        } catch (RuntimeException e) {
            n = null; // the normaliser rejects what it cannot parse by returning null, mostly; be sure
        }
        if (n == null || host(n) == null) n = numericHost(url.strip());
        if (n == null || n.length() > MAX_LENGTH) return null;
        String lower = n.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) return null;
        return host(n) == null ? null : n;
    }

    /**
     * A URL whose host is an address the normaliser does not take (an IPv6 literal, a short IPv4 form such as
     * 127.1), written with the address in its canonical form so that the address guard judges what will be
     * connected to; null when it is not such a URL.
     */
    private static String numericHost(String url) {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getRawAuthority() == null) return null;
            String host = u.getHost();
            int port = u.getPort();
            if (host == null) { // "127.1" is no host name to java.net.URI: read the authority
                String authority = u.getRawAuthority();
                int colon = authority.lastIndexOf(':');
                host = colon < 0 ? authority : authority.substring(0, colon);
                if (colon >= 0) port = Integer.parseInt(authority.substring(colon + 1));
            }
            String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            if (!host.startsWith("[") && !NUMERIC_V4.matcher(bare).matches()) return null;
            // A literal: parsed, never looked up.
            InetAddress a = InetAddress.getByName(bare);
            String canonical = a instanceof Inet6Address ? "[" + a.getHostAddress() + "]" : a.getHostAddress();
            if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) port = -1;
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            return scheme + "://" + canonical + (port >= 0 ? ":" + port : "") + path
                    + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (URISyntaxException | UnknownHostException | IllegalArgumentException e) {
            return null;
        }
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
