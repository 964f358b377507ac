package io.factline.crawl;

import io.factline.warc.Capture;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * One HTTP GET with the crawler's limits: connect, read (silence) and total timeouts, a body cap, a cap on what
 * gzip/deflate inflate to, only HTML and feed/sitemap XML read, conditional requests. Redirects are not followed
 * here: the crawler queues the target like any other URL, so it gets the same checks (scope, robots.txt,
 * politeness, address, fetched once). HTTP/1.1 only, so the archived exchange is what went over the wire.
 */
final class Fetcher {
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1";

    private final CrawlConfig config;
    private final AddressGuard guard;
    private final HttpClient client;

    /** A response, whatever its status, with its body inflated. */
    record Response(Capture capture, byte[] body) {
        int status() {
            return capture.status();
        }

        String contentType() {
            return capture.header("Content-Type");
        }
    }

    Fetcher(CrawlConfig config) {
        this.config = config;
        this.guard = new AddressGuard(config.allowPrivate());
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .build();
    }

    /**
     * @param etag         the ETag of the copy fetched before, or null
     * @param lastModified its Last-Modified, or null
     * @param kept         whether a 2xx body of this Content-Type is worth reading (null type: decided later)
     */
    Response get(String url, String etag, String lastModified, Predicate<String> kept)
            throws FetchException, AddressGuard.Refused {
        URI uri = URI.create(url);
        InetAddress ip = guard.check(uri.getHost());
        List<Map.Entry<String, String>> sent = new ArrayList<>();
        sent.add(Map.entry("User-Agent", config.userAgent()));
        sent.add(Map.entry("Accept", ACCEPT));
        sent.add(Map.entry("Accept-Encoding", "gzip, deflate"));
        if (etag != null) sent.add(Map.entry("If-None-Match", etag));
        if (lastModified != null) sent.add(Map.entry("If-Modified-Since", lastModified));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(config.readTimeout());
        for (Map.Entry<String, String> h : sent) request.header(h.getKey(), h.getValue());

        Instant date = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        AtomicReference<BodyCollector> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request.build(), info -> {
            BodyCollector c = collector(info, kept);
            body.set(c);
            return c;
        });
        HttpResponse<byte[]> response = await(pending, body);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) for (String v : values) headers.add(Map.entry(name, v));
        });
        Capture capture = new Capture(url, date, ip, sent, response.statusCode(), headers, response.body());
        byte[] inflated = ContentDecoder.decode(response.body(), capture.header("Content-Encoding"),
                config.maxDecodedBytes());
        return new Response(capture, inflated);
    }

    private BodyCollector collector(HttpResponse.ResponseInfo info, Predicate<String> kept) {
        int status = info.statusCode();
        String type = info.headers().firstValue("Content-Type").orElse(null);
        if (status >= 200 && status < 300 && !kept.test(type)) {
            return BodyCollector.refusing(new FetchException("not HTML or a feed: " + type, false));
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > config.maxBodyBytes()) {
            return BodyCollector.refusing(new FetchException("body larger than " + config.maxBodyBytes()
                    + " bytes (Content-Length " + declared + ")", false));
        }
        return new BodyCollector(config.maxBodyBytes());
    }

    /** Waits for the response, aborting it when the server is silent too long or the whole exchange is too slow. */
    private HttpResponse<byte[]> await(CompletableFuture<HttpResponse<byte[]>> pending,
                                       AtomicReference<BodyCollector> body) throws FetchException {
        long start = System.nanoTime();
        long total = config.totalTimeout().toNanos(), silence = config.readTimeout().toNanos();
        while (true) {
            long now = System.nanoTime();
            BodyCollector c = body.get();
            long idleSince = c == null ? start : c.lastProgressNanos();
            long wait = Math.min(start + total - now, idleSince + silence - now);
            if (wait <= 0) {
                String what = start + total - now <= 0
                        ? "no complete response within " + millis(config.totalTimeout())
                        : "no data for " + millis(config.readTimeout());
                FetchException timeout = new FetchException("timed out: " + what, true);
                if (c != null) c.abort(timeout);
                pending.cancel(true);
                throw timeout;
            }
            try {
                return pending.get(wait, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // loop: check which limit, if any, was passed
            } catch (InterruptedException e) {
                pending.cancel(true);
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted", true);
            } catch (ExecutionException e) {
                throw failure(e.getCause());
            }
        }
    }

    private FetchException failure(Throwable cause) {
        if (cause instanceof FetchException f) return f;
        if (cause instanceof HttpTimeoutException) {
            return new FetchException("timed out: " + cause.getMessage(), true);
        }
        if (cause instanceof IOException) {
            String m = cause.getMessage();
            return new FetchException("network error: " + (m == null ? cause.getClass().getSimpleName() : m), true);
        }
        return new FetchException("failed: " + cause, false);
    }

    private static String millis(Duration d) {
        return d.toMillis() + " ms";
    }

    /** Content types the crawler keeps: HTML pages, and XML that may be a sitemap or a feed. */
    static boolean htmlOrFeed(String contentType) {
        if (contentType == null) return true;
        String t = contentType.toLowerCase(Locale.ROOT);
        int semi = t.indexOf(';');
        if (semi >= 0) t = t.substring(0, semi);
        t = t.strip();
        return t.equals("text/html") || t.equals("application/xhtml+xml") || isXml(t);
    }

    static boolean isXml(String mediaType) {
        String t = mediaType.toLowerCase(Locale.ROOT);
        return t.startsWith("application/rss+xml") || t.startsWith("application/atom+xml")
                || t.startsWith("application/xml") || t.startsWith("text/xml") || t.startsWith("application/rdf+xml");
    }
}
