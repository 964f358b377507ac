package io.factline.crawl;

import io.factline.warc.WarcPage;

/** Told about pages as the crawl archives them (to extract and index them as they arrive). */
@FunctionalInterface
public interface CrawlListener {
    CrawlListener NONE = page -> {
    };

    /**
     * An HTML page was archived that is not a copy of one archived before: exactly the pages that reading the
     * WARC files back gives ({@link io.factline.warc.WarcPages}). Called from the crawl's worker threads.
     */
    void page(WarcPage page);
}
