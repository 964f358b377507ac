package io.factline.crawl;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One page, one URL: the normalised form the frontier keys on (crawler-commons' BasicURLNormalizer, http(s) only). */
class UrlsTest {
    @ParameterizedTest
    @CsvFileSource(resources = "/crawl/urls-normalized.csv", delimiter = ',', numLinesToSkip = 1)
    void normalizes(String written, String fetched) {
        assertEquals(fetched, Urls.normalize(written), "normalizing: " + written);
    }
}
