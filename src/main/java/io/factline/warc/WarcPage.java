package io.factline.warc;

/**
 * One archived HTTP response.
 *
 * @param url         the target URI
 * @param fetched     WARC-Date (ISO instant)
 * @param status      HTTP status code
 * @param contentType the HTTP Content-Type header, or null
 * @param body        the payload, decoded from any HTTP transfer or content encoding
 */
public record WarcPage(String url, String fetched, int status, String contentType, byte[] body) {
}
