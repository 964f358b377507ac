package io.factline.crawl;

import org.jsoup.Jsoup;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The text of an HTML page that near-duplicate detection compares. The crawler does not extract articles itself
 * (that is the content stage's job); whoever runs it passes the main-text extractor, so that two copies of one
 * article in different page templates compare equal. {@link #VISIBLE}, all visible text, is the fallback.
 */
@FunctionalInterface
public interface PageText {
    /** All the text of the body, page furniture included. */
    PageText VISIBLE = (body, url, contentType) -> {
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), null, url).text();
        } catch (IOException e) {
            return "";
        }
    };

    /**
     * @param body        the page, decoded from any content coding
     * @param url         where it was fetched
     * @param contentType the HTTP Content-Type, or null
     */
    String of(byte[] body, String url, String contentType);
}
