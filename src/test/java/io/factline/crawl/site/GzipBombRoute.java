package io.factline.crawl.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** A gzip bomb: a small gzip-encoded body (tens of kilobytes) that inflates to a huge page. */
public final class GzipBombRoute implements HttpHandler {
    private final byte[] gzipped;

    public GzipBombRoute(long inflatedBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write("<html><body><p>".getBytes());
            byte[] spaces = new byte[1 << 16];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long n = 0; n < inflatedBytes; n += spaces.length) gz.write(spaces);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        gzipped = out.toByteArray();
    }

    public int compressedSize() {
        return gzipped.length;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
        Responses.send(ex, 200, "text/html", gzipped);
    }
}
