package io.factline.crawl.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A page as a news server sends it: its bytes with a Content-Type (and Content-Encoding for pages kept gzipped), an
 * ETag and a Last-Modified, and 304 Not Modified to a request that has the current copy.
 */
public final class PageRoute implements HttpHandler {
    static final String LAST_MODIFIED = "Wed, 16 Sep 2020 10:01:40 GMT";
    private final byte[] body;
    private final String contentType, contentEncoding, etag;

    public PageRoute(byte[] body, String contentType, String contentEncoding) {
        this.body = body;
        this.contentType = contentType;
        this.contentEncoding = contentEncoding;
        this.etag = "\"" + sha1(body) + "\"";
    }

    public PageRoute(byte[] body, String contentType) {
        this(body, contentType, null);
    }

    /** A small UTF-8 HTML page. */
    public static PageRoute html(String title, String bodyHtml) {
        return new PageRoute(Responses.html(title, bodyHtml).getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String ifNoneMatch = ex.getRequestHeaders().getFirst("If-None-Match");
        ex.getResponseHeaders().set("ETag", etag);
        ex.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
        if (etag.equals(ifNoneMatch)) {
            ex.sendResponseHeaders(304, -1);
            return;
        }
        if (contentEncoding != null) ex.getResponseHeaders().set("Content-Encoding", contentEncoding);
        Responses.send(ex, 200, contentType, body);
    }

    private static String sha1(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(b), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
