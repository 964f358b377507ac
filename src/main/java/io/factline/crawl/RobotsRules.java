package io.factline.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per origin (RFC 9309), parsed by crawler-commons, cached for {@value #TTL_HOURS} hours (§2.4: "crawlers
 * SHOULD NOT use the cached version for more than 24 hours"). A robots.txt that cannot be fetched for a server error
 * or a network failure means "disallow all" (§2.3.1.4) and is asked for again after
 * {@value #UNREACHABLE_RETRY_MINUTES} minutes; one that does not exist (4xx) means "allow all" (§2.3.1.3).
 */
final class RobotsRules {
    static final int TTL_HOURS = 24;
    static final int UNREACHABLE_RETRY_MINUTES = 10;
    /** §2.3.1.2: follow at least five consecutive redirects. */
    private static final int MAX_REDIRECTS = 5;
    /** §2.5: a parsing limit of at least 500 KiB; what lies past it is not read (a 10 MB file costs no more). */
    static final int MAX_PARSED_BYTES = 500 * 1024;

    private final Fetcher fetcher;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** Rules and, when robots.txt could not be had, why (the host then is disallowed). */
    record Cached(BaseRobotRules rules, long expiresAtMillis, String unreachable) {
    }

    RobotsRules(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** The cached rules of an origin, if still fresh. */
    Cached cached(String origin, long nowMillis) {
        Cached c = cache.get(origin);
        return c != null && c.expiresAtMillis > nowMillis ? c : null;
    }

    /** Fetches and caches the rules of an origin: one request (or a few, when it redirects) to that host. */
    Cached fetch(String origin, long nowMillis) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        String url = origin + "/robots.txt";
        Cached result;
        try {
            Fetcher.Response r = null;
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                r = fetcher.get(url, null, null, type -> true);
                String location = r.capture().header("Location");
                if (r.status() < 300 || r.status() >= 400 || location == null) break;
                String next = Urls.resolve(url, location);
                if (next == null) break;
                url = next;
            }
            int status = r.status();
            if (status >= 200 && status < 300) {
                result = fresh(parser.parseContent(url, head(r.body()), r.contentType(),
                        List.of(CrawlConfig.ROBOTS_NAME)), nowMillis);
            } else if (status >= 400 && status < 500 && status != 429) {
                result = fresh(parser.failedFetch(status), nowMillis);
            } else {
                result = unreachable(parser, nowMillis, "robots.txt unreachable (HTTP " + status + "): disallowed "
                        + "(RFC 9309 §2.3.1.4)");
            }
        } catch (FetchException e) {
            result = unreachable(parser, nowMillis, "robots.txt unreachable (" + e.getMessage() + "): disallowed "
                    + "(RFC 9309 §2.3.1.4)");
        } catch (AddressGuard.Refused e) {
            result = unreachable(parser, nowMillis, e.getMessage());
        }
        cache.put(origin, result);
        return result;
    }

    /** The first {@link #MAX_PARSED_BYTES} of a robots.txt, cut after its last whole line. */
    static byte[] head(byte[] body) {
        if (body.length <= MAX_PARSED_BYTES) return body;
        int end = MAX_PARSED_BYTES;
        while (end > 0 && body[end - 1] != '\n') end--;
        return java.util.Arrays.copyOf(body, end == 0 ? MAX_PARSED_BYTES : end);
    }

    private static Cached fresh(BaseRobotRules rules, long now) {
        return new Cached(rules, now + Duration.ofHours(TTL_HOURS).toMillis(), null);
    }

    private static Cached unreachable(SimpleRobotRulesParser parser, long now, String why) {
        return new Cached(parser.failedFetch(503), now + Duration.ofMinutes(UNREACHABLE_RETRY_MINUTES).toMillis(), why);
    }

    /** The Crawl-delay of these rules, if any. */
    static Duration crawlDelay(BaseRobotRules rules) {
        long ms = rules.getCrawlDelay();
        return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= 0 ? Duration.ZERO : Duration.ofMillis(ms);
    }
}
