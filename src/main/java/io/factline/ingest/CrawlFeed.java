package io.factline.ingest;

import io.factline.content.ContentExtractor;
import io.factline.crawl.CrawlListener;
import io.factline.crawl.PageText;

/**
 * Wires the crawl stage to the pipeline: the crawler compares pages by the main text the content stage extracts
 * (so that one article in two sites' templates is seen as one), and {@code crawl --ingest} hands each new page to
 * an ingest in progress through the same conversion {@code ingest DIR/warc} uses.
 */
public final class CrawlFeed {
    private CrawlFeed() {
    }

    /** The article text of a page, for near-duplicate detection. */
    public static PageText mainText() {
        return (body, url, contentType) -> ContentExtractor.fromHtml(body, url, contentType).article().text();
    }

    /** Feeds each page the crawl archives to {@code run}, as reading the WARC files back would. */
    public static CrawlListener into(Ingester.Run run) {
        return page -> run.accept(InputReader.fromWarc(page));
    }
}
