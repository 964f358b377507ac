/**
 * WARC files (ISO 28500, WARC 1.0/1.1) read with jwarc: any crawler's output (ours, wget, Heritrix,
 * StormCrawler, Common Crawl) ({@link io.factline.warc.WarcPages}); and written, by the crawler, as WARC 1.1
 * ({@link io.factline.warc.WarcArchive}). Raw records are never rewritten; everything after them can be rebuilt.
 */
package io.factline.warc;
