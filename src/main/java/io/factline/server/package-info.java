/**
 * The HTTP API and the web page, served by one process: {@link io.factline.server.FactlineServer} answers
 * {@code /api/search}, {@code /api/facts}, {@code /api/timeline}, {@code /api/articles/{id}}, {@code /api/entities}
 * and {@code /api/metrics} with JSON (UTF-8, gzip when the client accepts it; facts streamed as JSON Lines or CSV),
 * and serves the static page of {@code src/main/resources/web/}. Reads the index only and loads no NLP model, so
 * it starts in seconds. Errors are {@code {"error": …}} with 400 for bad parameters and 404 for unknown ids; a
 * stack trace goes to the server's standard error, never to the client.
 */
package io.factline.server;
