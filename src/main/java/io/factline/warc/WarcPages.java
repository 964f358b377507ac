package io.factline.warc;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.util.ArrayDeque;
import java.util.Iterator;
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
     *
     * @throws IOException when the stream cannot be read on (a damaged record header, a cut gzip member); the pages
     *                     before have been given to {@code sink}
     */
    public static int read(InputStream in, Consumer<WarcPage> sink, Consumer<String> problems) throws IOException {
        try (Cursor cursor = new Cursor(in)) {
            for (Cursor.Item item; (item = cursor.next()) != null; ) {
                if (item.page() != null) sink.accept(item.page());
                else problems.accept(item.problem());
            }
            return cursor.responses();
        }
    }

    /**
     * A WARC stream read one page (or one problem) at a time, each with where its record starts: for a reader that
     * must not hold a whole file (a Spark task over a 1 GB CC-NEWS file).
     */
    public static final class Cursor implements Closeable {
        /**
         * A page, or a record left out and why.
         *
         * @param offset where the record starts in the stream (compressed bytes for a .warc.gz)
         */
        public record Item(WarcPage page, String problem, long offset) {
        }

        private final WarcReader reader;
        private final Iterator<WarcRecord> records;
        private final ArrayDeque<Item> ready = new ArrayDeque<>();
        // A response is held until the next record: its metadata record, which follows it, may mark it a copy.
        private WarcPage pending;
        private URI pendingId;
        private long pendingOffset;
        private int responses;
        private boolean ended;
        private IOException damage;

        public Cursor(InputStream in) throws IOException {
            reader = new WarcReader(Channels.newChannel(in));
            records = reader.iterator();
        }

        /** Response records seen so far (HTML or not). */
        public int responses() {
            return responses;
        }

        /**
         * The next page or problem, or null at the end of the stream.
         *
         * @throws IOException when the stream cannot be read on; every item before it has been returned
         */
        public Item next() throws IOException {
            while (ready.isEmpty() && !ended) advance();
            if (!ready.isEmpty()) return ready.poll();
            if (damage != null) {
                IOException d = damage;
                damage = null;
                throw d;
            }
            return null;
        }

        private void advance() {
            WarcRecord record;
            try {
                if (!records.hasNext()) {
                    end(null);
                    return;
                }
                record = records.next();
            } catch (RuntimeException e) {
                // A damaged header (a Content-Length that is no number) fails inside the parser: the stream ends
                // here, and the page read before it still counts.
                end(new IOException("damaged WARC record after " + responses + " responses: " + e.getMessage(), e));
                return;
            }
            long offset = reader.position();
            if (record instanceof WarcMetadata metadata) {
                try {
                    if (pending != null && metadata.concurrentTo().contains(pendingId)
                            && metadata.fields().first(WarcArchive.NEAR_DUPLICATE_OF).isPresent()) {
                        pending = null;
                    }
                } catch (IOException e) {
                    end(e);
                }
                return;
            }
            if (!(record instanceof WarcResponse response)) return;
            responses++;
            flushPending();
            try {
                pending = page(response, problem -> ready.add(new Item(null, problem, offset)));
                pendingId = response.id();
                pendingOffset = offset;
            } catch (RuntimeException e) { // a damaged date, URI or id in the record's header
                ready.add(new Item(null, "a damaged response record: " + e.getMessage(), offset));
            } catch (IOException e) { // the body cut short: nothing after it can be read
                end(e);
            }
        }

        private void flushPending() {
            if (pending != null) ready.add(new Item(pending, null, pendingOffset));
            pending = null;
        }

        private void end(IOException why) {
            flushPending();
            ended = true;
            damage = why;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
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
