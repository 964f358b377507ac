/**
 * Crawl stage: a polite, resumable crawler that archives news pages as WARC ({@link io.factline.warc}) for the
 * pipeline to read. Entry point: {@link io.factline.crawl.Crawler}. Inside: the frontier and crawl state in SQLite
 * ({@code CrawlStore}), politeness per host ({@code Hosts}, robots.txt by RFC 9309 in {@code RobotsRules}), the
 * fetcher ({@code Fetcher}: timeouts, caps, conditional requests), discovery (links, feeds, sitemaps) and dedup
 * (payload digests, SimHash). Depends on the WARC package only; the main-text extractor used to compare pages is
 * passed in ({@link io.factline.crawl.PageText}).
 */
package io.factline.crawl;
