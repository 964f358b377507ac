package io.factline.crawl;

import crawlercommons.domains.EffectiveTldFinder;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which discovered URLs a crawl follows: those on a seed's host ({@code same-host}), on a seed's registered domain
 * ({@code same-domain}: news.example.com and www.example.com, by the Public Suffix List), or matching a regular
 * expression. Seeds themselves are always fetched.
 */
public final class Scope {
    public static final Scope SAME_HOST = new Scope("same-host", null);
    public static final Scope SAME_DOMAIN = new Scope("same-domain", null);

    private final String name;
    private final Pattern pattern;

    private Scope(String name, Pattern pattern) {
        this.name = name;
        this.pattern = pattern;
    }

    /** {@code same-host}, {@code same-domain} or a regular expression matched against the whole URL. */
    public static Scope parse(String value) {
        if (value == null || value.isBlank()) throw new CrawlException("--scope must not be empty");
        String v = value.strip();
        if (v.equalsIgnoreCase(SAME_HOST.name)) return SAME_HOST;
        if (v.equalsIgnoreCase(SAME_DOMAIN.name)) return SAME_DOMAIN;
        try {
            return new Scope(v, Pattern.compile(v));
        } catch (PatternSyntaxException e) {
            throw new CrawlException("--scope: expected same-host, same-domain or a regular expression, not '"
                    + value + "' (" + e.getDescription() + ")");
        }
    }

    /** True when {@code url} (normalised) is in scope of a crawl whose seeds are on {@code seedHosts}. */
    public boolean allows(String url, Collection<String> seedHosts) {
        if (pattern != null) return pattern.matcher(url).matches();
        String host = Urls.host(url);
        if (host == null) return false;
        if (this == SAME_HOST) return seedHosts.contains(host);
        String domain = domain(host);
        for (String seed : seedHosts) if (domain(seed).equals(domain)) return true;
        return false;
    }

    /** The registered domain of a host (news.bbc.co.uk → bbc.co.uk); an IP address or unknown suffix is itself. */
    static String domain(String host) {
        String d = EffectiveTldFinder.getAssignedDomain(host, true, false);
        return (d == null ? host : d).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return name;
    }
}
