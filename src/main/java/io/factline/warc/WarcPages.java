package io.factline.warc;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.util.function.Consumer;

/**
 * Reads the HTTP response records of a WARC stream (gzip-compressed or not); other records are skipped. Revisit
 * records (a payload archived before) give no page, and neither does a response that its metadata record marks as
 * a near-duplicate of another page ({@value WarcArchive#NEAR_DUPLICATE_OF}, written by factline's crawler), so a
 * syndicated article is read once.
 */
public final class WarcPages {
    private WarcPages() {
    }

    /**
     * Calls {@code sink} with every response record whose payload is HTML or XHTML.
     *
     * @return the number of response records seen (HTML or not)
     */
    public static int read(InputStream in, Consumer<WarcPage> sink) throws IOException {
        return read(in, sink, problem -> { });
    }

    /**
     * The same, telling {@code problems} of each page left out because it could not be read whole (its URL and
     * why): a record too large once decompressed.
     */
    public static int read(InputStream in, Consumer<WarcPage> sink, Consumer<String> problems) throws IOException {
        return read(in, new Listener() {
            @Override
            public void page(WarcPage page, long offset) {
                sink.accept(page);
            }

            @Override
            public void problem(String problem, long offset) {
                problems.accept(problem);
            }
        });
    }

    /** Hears the pages of a WARC stream and the records left out, each with where its record starts. */
    public interface Listener {
        /** A page; {@code offset}: where its record starts in the stream (compressed bytes for a .warc.gz). */
        void page(WarcPage page, long offset);

        /** A record left out, and why. */
        void problem(String problem, long offset);
    }

    /**
     * The same, telling {@code listener} where each record starts, so that a record can be found again (or
     * reported) by file and offset.
     *
     * @throws IOException when the stream cannot be read on (a damaged record header, a cut gzip member); what
     *                     came before has been heard
     */
    public static int read(InputStream in, Listener listener) throws IOException {
        int responses = 0;
        // A response is held until the next record: its metadata record, which follows it, may mark it a copy.
        WarcPage pending = null;
        URI pendingId = null;
        long pendingOffset = 0;
        try (WarcReader reader = new WarcReader(Channels.newChannel(in))) {
            java.util.Iterator<WarcRecord> records = reader.iterator();
            while (true) {
                WarcRecord record;
                try {
                    if (!records.hasNext()) break;
                    record = records.next();
                } catch (RuntimeException e) {
                    // A damaged header (a Content-Length that is no number) fails inside the parser: the file ends
                    // here, and the page read before it still counts.
                    if (pending != null) listener.page(pending, pendingOffset);
                    throw new IOException("damaged WARC record after " + responses + " responses: " + e.getMessage(),
                            e);
                }
                long offset = reader.position();
                if (record instanceof WarcMetadata metadata) {
                    if (pending != null && metadata.concurrentTo().contains(pendingId)
                            && metadata.fields().first(WarcArchive.NEAR_DUPLICATE_OF).isPresent()) {
                        pending = null;
                    }
                    continue;
                }
                if (!(record instanceof WarcResponse response)) continue;
                responses++;
                if (pending != null) listener.page(pending, pendingOffset);
                try {
                    pending = page(response, problem -> listener.problem(problem, offset));
                    pendingId = response.id();
                    pendingOffset = offset;
                } catch (RuntimeException e) { // a damaged date, URI or id in the record's header
                    listener.problem("a damaged response record: " + e.getMessage(), offset);
                    pending = null;
                }
            }
        }
        if (pending != null) listener.page(pending, pendingOffset);
        return responses;
    }

    private static WarcPage page(WarcResponse response, Consumer<String> problems) throws IOException {
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | IllegalArgumentException e) {
            return null; // not an HTTP response (e.g. a DNS record stored as response)
        }
        String contentType = http.headers().first("Content-Type").orElse(null);
        if (!isHtml(contentType)) return null;
        byte[] body;
        try (InputStream payload = http.bodyDecoded().stream()) {
            body = io.factline.model.BoundedReads.readDocument(payload);
        } catch (io.factline.model.BoundedReads.TooLarge e) {
            problems.accept(response.target() + ": " + e.getMessage()); // the records after it are still read
            return null;
        } catch (RuntimeException e) { // a damaged HTTP body (bad chunking, bad encoding) fails inside the parser
            problems.accept(response.target() + ": damaged HTTP body: " + e.getMessage());
            return null;
        }
        return new WarcPage(response.target(), response.date().toString(), http.status(), contentType, body);
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
