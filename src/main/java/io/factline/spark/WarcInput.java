package io.factline.spark;

import io.factline.content.SimHash;
import io.factline.ingest.Ingester;
import io.factline.ingest.InputReader;
import io.factline.warc.WarcPage;
import io.factline.warc.WarcPages;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.function.IntConsumer;

/**
 * The pages of one WARC file as {@link Captured} items, read as {@code ingest} reads them: successful (2xx) HTML
 * responses, records a factline crawl marked as near-duplicates left out, each page through the same content
 * extraction ({@link InputReader#fromWarc}). Read one record at a time, so a task holds one page however large the
 * file. A record that cannot be read, or a page whose extraction throws, becomes a failure naming the file and the
 * record's offset; a file that cannot be read on ends there, with what came before kept.
 */
final class WarcInput implements Iterator<Captured> {
    /** Opens a file's bytes. */
    interface Opener {
        InputStream open() throws IOException;
    }

    private final String file;
    private final Opener opener;
    private final IntConsumer responses;
    private WarcPages.Cursor cursor;
    private Captured next;
    private boolean done;
    private long lastOffset;

    /**
     * @param responses told, at the end of the file, how many response records it held (HTML or not)
     */
    WarcInput(String file, Opener opener, IntConsumer responses) {
        this.file = file;
        this.opener = opener;
        this.responses = responses;
    }

    /** Whether a file name is one of a WARC file (factline reads {@code .warc} and {@code .warc.gz}). */
    static boolean isWarc(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) next = fetch();
        return next != null;
    }

    @Override
    public Captured next() {
        if (!hasNext()) throw new NoSuchElementException();
        Captured c = next;
        next = null;
        return c;
    }

    /** The next item of the file, or null at its end. */
    private Captured fetch() {
        try {
            if (cursor == null) {
                try {
                    cursor = new WarcPages.Cursor(opener.open());
                } catch (IOException | RuntimeException e) {
                    done = true;
                    return Captured.failure(file, -1, "read", "cannot open: " + Ingester.reason(e));
                }
            }
            while (true) {
                WarcPages.Cursor.Item item = cursor.next();
                if (item == null) {
                    finish();
                    return null;
                }
                lastOffset = item.offset();
                if (item.problem() != null) return Captured.failure(file, item.offset(), "read", item.problem());
                WarcPage page = item.page();
                if (page.status() >= 200 && page.status() < 300) return capture(item.offset(), page);
            }
        } catch (IOException | RuntimeException e) {
            finish();
            // The offset is that of the last record read: the damage lies after it.
            return Captured.failure(file, lastOffset, "read", "cannot read on after the record at offset "
                    + lastOffset + ": " + Ingester.reason(e));
        }
    }

    private void finish() {
        done = true;
        responses.accept(cursor.responses());
        try {
            cursor.close();
        } catch (IOException e) {
            // read to its end or to its damage: nothing more to lose
        }
    }

    private Captured capture(long offset, WarcPage page) {
        try {
            var article = InputReader.fromWarc(page);
            OptionalLong hash = SimHash.of(article.text());
            return new Captured(file, offset, article, hash.orElse(0), hash.isPresent(), null, null);
        } catch (RuntimeException | StackOverflowError e) {
            return Captured.failure(file, offset, "content", page.url() + ": " + Ingester.reason(e));
        }
    }
}
