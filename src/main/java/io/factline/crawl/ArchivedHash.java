package io.factline.crawl;

/** The SimHash of an archived page's text, with the page and its WARC record, for near-duplicate lookups. */
record ArchivedHash(long hash, String url, String recordId) {
}
