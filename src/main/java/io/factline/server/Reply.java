package io.factline.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import io.factline.model.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the one response of an exchange: a JSON body, a streamed body, or bytes, always with the security
 * headers, gzip-compressed when the client accepts it and the body is worth it.
 */
final class Reply {
    /**
     * Scripts, styles and fetches from this server only; no inline script or style, no plugins, no framing. Images
     * may also be {@code data:}/{@code blob:} URLs: the chart's PNG export draws the SVG through a blob image.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";
    static final String JSON = "application/json; charset=utf-8";
    /** Below this a compressed body is hardly smaller, and costs a deflater. */
    private static final int GZIP_MIN_BYTES = 1024;

    private final HttpExchange exchange;
    private final boolean gzip;
    private boolean sent;

    Reply(HttpExchange exchange) {
        this.exchange = exchange;
        String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        this.gzip = accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("gzip");
    }

    /** True once the status line has gone out: an error can no longer be reported as a status. */
    boolean sent() {
        return sent;
    }

    void json(int status, Object body) throws IOException {
        bytes(status, JSON, Json.mapper().writeValueAsBytes(body), "no-store");
    }

    void error(int status, String message) throws IOException {
        json(status, Map.of("error", message));
    }

    /** A 500 for a bug: a generic message and the id under which the server's log has the details. */
    void internalError(String id) throws IOException {
        json(500, Map.of("error", "internal error; the server's log has the details under this id", "id", id));
    }

    /** A whole body; {@code gzipped} is its compressed form when one is at hand (static files), else null. */
    void bytes(int status, String contentType, byte[] body, String cacheControl, byte[] gzipped) throws IOException {
        Headers h = headers(contentType, cacheControl);
        byte[] out = body;
        if (gzip && body.length >= GZIP_MIN_BYTES) {
            out = gzipped != null ? gzipped : compress(body);
            h.set("Content-Encoding", "gzip");
        }
        sent = true;
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, out.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(out);
        }
    }

    void bytes(int status, String contentType, byte[] body, String cacheControl) throws IOException {
        bytes(status, contentType, body, cacheControl, null);
    }

    /**
     * Writes text as it is produced (chunked), so a large export is never held in memory. Throws IOException when
     * the client went away; when producing the body fails, the failure is thrown as it is and the body is left
     * unfinished (no closing chunk), for the caller to drop the connection.
     */
    void stream(String contentType, StreamBody body) throws IOException {
        Headers h = headers(contentType, "no-store");
        if (gzip) h.set("Content-Encoding", "gzip");
        sent = true;
        exchange.sendResponseHeaders(200, 0);
        OutputStream raw = exchange.getResponseBody();
        // GZIPOutputStream's own buffer is small; 64 KB chunks keep the number of chunks (and syscalls) low.
        OutputStream os = gzip ? new GZIPOutputStream(raw, 64 * 1024) : raw;
        ClientWriter w = new ClientWriter(new OutputStreamWriter(new java.io.BufferedOutputStream(os, 64 * 1024),
                StandardCharsets.UTF_8));
        try {
            body.write(w);
        } catch (IOException | RuntimeException e) {
            if (w.gone != null) throw w.gone;
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        w.close();
        if (w.gone != null) throw w.gone;
    }

    /** A writer to the client that remembers whether writing to it failed (the client went away). */
    private static final class ClientWriter extends Writer {
        private final Writer out;
        private IOException gone;

        ClientWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            track(() -> out.write(cbuf, off, len));
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            track(() -> out.write(str, off, len));
        }

        @Override
        public void flush() throws IOException {
            track(out::flush);
        }

        private interface Write {
            void run() throws IOException;
        }

        private void track(Write write) throws IOException {
            try {
                write.run();
            } catch (IOException e) {
                gone = e;
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                gone = e;
            }
        }
    }

    /** Produces a streamed body. */
    interface StreamBody {
        void write(Writer out) throws IOException;
    }

    private Headers headers(String contentType, String cacheControl) {
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", contentType);
        h.set("Cache-Control", cacheControl);
        h.set("Vary", "Accept-Encoding");
        h.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        return h;
    }

    static byte[] compress(byte[] body) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(body);
        }
        return bos.toByteArray();
    }
}
