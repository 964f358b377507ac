/**
 * Orchestration: reads inputs (HTML, text, JSON, JSON Lines, WARC, any of them gzip-compressed) into articles
 * ({@link io.factline.ingest.InputReader}), runs them through content → nlp → facts and hands the result to the
 * index ({@link io.factline.ingest.Ingester}).
 */
package io.factline.ingest;
