package io.factline.crawl;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/** A crawl's settings as kept in its state, so that {@code --resume} carries on with the same ones. */
final class CrawlSettings {
    private CrawlSettings() {
    }

    static String save(CrawlConfig c) {
        Properties p = new Properties();
        p.setProperty("maxPages", Integer.toString(c.maxPages()));
        p.setProperty("maxDepth", Integer.toString(c.maxDepth()));
        p.setProperty("maxHostPages", Integer.toString(c.maxHostPages()));
        p.setProperty("scope", c.scope().toString());
        p.setProperty("delayMs", Long.toString(c.delay().toMillis()));
        p.setProperty("userAgent", c.userAgent());
        p.setProperty("allowPrivate", Boolean.toString(c.allowPrivate()));
        p.setProperty("threads", Integer.toString(c.threads()));
        p.setProperty("connectTimeoutMs", Long.toString(c.connectTimeout().toMillis()));
        p.setProperty("readTimeoutMs", Long.toString(c.readTimeout().toMillis()));
        p.setProperty("totalTimeoutMs", Long.toString(c.totalTimeout().toMillis()));
        p.setProperty("maxBodyBytes", Long.toString(c.maxBodyBytes()));
        p.setProperty("maxDecodedBytes", Long.toString(c.maxDecodedBytes()));
        p.setProperty("maxAttempts", Integer.toString(c.maxAttempts()));
        p.setProperty("retryBaseMs", Long.toString(c.retryBase().toMillis()));
        p.setProperty("warcMaxBytes", Long.toString(c.warcMaxBytes()));
        p.setProperty("maxLinksPerPage", Integer.toString(c.maxLinksPerPage()));
        StringWriter w = new StringWriter();
        try {
            p.store(w, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    static CrawlConfig load(String saved) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(saved));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CrawlConfig d = CrawlConfig.builder().build();
        return CrawlConfig.builder()
                .seeds(List.of())
                .maxPages(intOf(p, "maxPages", d.maxPages()))
                .maxDepth(intOf(p, "maxDepth", d.maxDepth()))
                .maxHostPages(intOf(p, "maxHostPages", d.maxHostPages()))
                .scope(Scope.parse(p.getProperty("scope", d.scope().toString())))
                .delay(Duration.ofMillis(longOf(p, "delayMs", d.delay().toMillis())))
                .userAgent(p.getProperty("userAgent", d.userAgent()))
                .allowPrivate(Boolean.parseBoolean(p.getProperty("allowPrivate", "false")))
                .threads(intOf(p, "threads", d.threads()))
                .connectTimeout(Duration.ofMillis(longOf(p, "connectTimeoutMs", d.connectTimeout().toMillis())))
                .readTimeout(Duration.ofMillis(longOf(p, "readTimeoutMs", d.readTimeout().toMillis())))
                .totalTimeout(Duration.ofMillis(longOf(p, "totalTimeoutMs", d.totalTimeout().toMillis())))
                .maxBodyBytes(longOf(p, "maxBodyBytes", d.maxBodyBytes()))
                .maxDecodedBytes(longOf(p, "maxDecodedBytes", d.maxDecodedBytes()))
                .maxAttempts(intOf(p, "maxAttempts", d.maxAttempts()))
                .retryBase(Duration.ofMillis(longOf(p, "retryBaseMs", d.retryBase().toMillis())))
                .warcMaxBytes(longOf(p, "warcMaxBytes", d.warcMaxBytes()))
                .maxLinksPerPage(intOf(p, "maxLinksPerPage", d.maxLinksPerPage()))
                .build();
    }

    private static int intOf(Properties p, String key, int fallback) {
        return (int) longOf(p, key, fallback);
    }

    private static long longOf(Properties p, String key, long fallback) {
        String v = p.getProperty(key);
        return v == null ? fallback : Long.parseLong(v);
    }
}
