package io.factline.warc;

import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One HTTP GET exchange as the crawler saw it, ready to archive.
 *
 * @param url             the target URI (normalised; the final one of a redirect chain is a capture of its own)
 * @param date            when the request was sent
 * @param ip              the address connected to, or null
 * @param requestHeaders  the request header fields sent, in order
 * @param status          the HTTP status code
 * @param responseHeaders the response header fields, in order
 * @param body            the entity body as sent: still content-encoded (gzip, deflate), transfer coding removed
 */
public record Capture(String url, Instant date, InetAddress ip, List<Map.Entry<String, String>> requestHeaders,
                      int status, List<Map.Entry<String, String>> responseHeaders, byte[] body) {
    public Capture {
        requestHeaders = List.copyOf(requestHeaders);
        responseHeaders = List.copyOf(responseHeaders);
    }

    /** The first value of a response header field, case-insensitively, or null. */
    public String header(String name) {
        for (Map.Entry<String, String> h : responseHeaders) if (h.getKey().equalsIgnoreCase(name)) return h.getValue();
        return null;
    }
}
