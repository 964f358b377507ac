/**
 * Content stage: raw page bytes or plain text in, an {@link io.factline.model.Article} (title, main text,
 * published date, author, source, via) out. Pure functions of their input; no I/O. Entry point:
 * {@link io.factline.content.ContentExtractor}; the main text comes from {@code MainTextFinder} (cleaning,
 * candidate scoring, conditional cleaning, block rendering), the metadata from {@code PageMetadata},
 * {@link io.factline.content.TitleFinder}, {@code Dateline} and {@code Byline}.
 * {@link io.factline.content.ShingleMetric} is the measure the extraction is evaluated with.
 */
package io.factline.content;
