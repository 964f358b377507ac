package io.factline.crawl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes the HTTP content codings factline asks for ({@code gzip}, {@code deflate}; RFC 9110 §8.4.1) with a cap
 * on the inflated size: a few kilobytes of gzip can inflate to gigabytes (a "gzip bomb").
 */
final class ContentDecoder {
    private ContentDecoder() {
    }

    static byte[] decode(byte[] body, String contentEncoding, long cap) throws FetchException {
        String coding = contentEncoding == null ? "identity" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        try {
            return switch (coding) {
                case "", "identity" -> body;
                case "gzip", "x-gzip" -> inflate(new GZIPInputStream(new ByteArrayInputStream(body)), cap);
                case "deflate" -> deflate(body, cap);
                default -> throw new FetchException("unsupported content coding " + coding, false);
            };
        } catch (IOException e) {
            throw new FetchException("broken " + coding + " body: " + e.getMessage(), false);
        }
    }

    /** "deflate" is the zlib format (RFC 1950), but some servers send raw deflate (RFC 1951): accept both. */
    private static byte[] deflate(byte[] body, long cap) throws IOException, FetchException {
        try {
            return inflate(new InflaterInputStream(new ByteArrayInputStream(body)), cap);
        } catch (java.util.zip.ZipException e) {
            return inflate(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)), cap);
        }
    }

    private static byte[] inflate(InputStream in, long cap) throws IOException, FetchException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16384];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                if (out.size() > cap) throw new FetchException("inflates past " + cap + " bytes (a gzip bomb?)", false);
            }
            return out.toByteArray();
        }
    }
}
