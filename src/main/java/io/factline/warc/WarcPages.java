package io.factline.warc;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.function.Consumer;

/** Reads the HTTP response records of a WARC stream (gzip-compressed or not); other records are skipped. */
public final class WarcPages {
    private WarcPages() {
    }

    /**
     * Calls {@code sink} with every response record whose payload is HTML or XHTML.
     *
     * @return the number of response records seen (HTML or not)
     */
    public static int read(InputStream in, Consumer<WarcPage> sink) throws IOException {
        int responses = 0;
        try (WarcReader reader = new WarcReader(Channels.newChannel(in))) {
            for (WarcRecord record : reader) {
                if (!(record instanceof WarcResponse response)) continue;
                responses++;
                HttpResponse http;
                try {
                    http = response.http();
                } catch (IOException | IllegalArgumentException e) {
                    continue; // not an HTTP response (e.g. a DNS record stored as response)
                }
                String contentType = http.headers().first("Content-Type").orElse(null);
                if (!isHtml(contentType)) continue;
                byte[] body;
                try (InputStream payload = http.bodyDecoded().stream()) {
                    body = payload.readAllBytes();
                }
                sink.accept(new WarcPage(response.target(), response.date().toString(), http.status(), contentType, body));
            }
        }
        return responses;
    }

    static boolean isHtml(String contentType) {
        if (contentType == null) return true; // servers that send none mostly send HTML
        try {
            MediaType t = MediaType.parse(contentType).base();
            return t.equals(MediaType.HTML) || t.toString().equals("application/xhtml+xml");
        } catch (IllegalArgumentException e) {
            return contentType.toLowerCase(java.util.Locale.ROOT).contains("html");
        }
    }
}
