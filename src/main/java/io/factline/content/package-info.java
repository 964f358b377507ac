/**
 * Content stage: raw page bytes or plain text in, an {@link io.factline.model.Article} (title, main text,
 * published date, author, source) out. Pure functions of their input; no I/O. Entry point:
 * {@link io.factline.content.ContentExtractor}.
 */
package io.factline.content;
