package io.factline.crawl;

import io.factline.TestData;
import io.factline.ingest.CrawlFeed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Crawl settings and corpus pages the crawler tests share. */
final class TestCrawls {
    private TestCrawls() {
    }

    /** Settings for a loopback test site: no pause, short timeouts, fast retries. */
    static CrawlConfig.Builder fast(String... seeds) {
        return CrawlConfig.builder().seeds(List.of(seeds)).allowPrivate(true).delay(Duration.ZERO).threads(4)
                .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofMillis(500))
                .totalTimeout(Duration.ofSeconds(2)).retryBase(Duration.ofMillis(50))
                .maxBodyBytes(1 << 20).maxDecodedBytes(4 << 20);
    }

    static CrawlStats.Snapshot crawl(Path dataDir, CrawlConfig config) {
        try (Crawler c = Crawler.start(dataDir, config, CrawlFeed.mainText())) {
            return c.run(CrawlListener.NONE);
        }
    }

    /** A page of the project's sample corpus, as its server sent it (the .gz ones still gzip-encoded). */
    static byte[] page(String name) {
        try {
            return Files.readAllBytes(TestData.corpora().resolve("pages").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gunzip(byte[] gz) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String stateOf(Path dataDir, String url) {
        try (CrawlStore s = CrawlStore.open(Crawler.stateDir(dataDir).resolve("state.db"))) {
            return s.stateOf(url).orElse("unknown");
        }
    }
}
