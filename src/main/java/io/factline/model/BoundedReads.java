package io.factline.model;

import java.io.IOException;
import java.io.InputStream;

/**
 * What one input may cost to read: a page, a text or a record body of more than {@link #MAX_DOCUMENT_BYTES} once
 * decompressed is no news article but a dump, a mistake or a gzip bomb (a megabyte that inflates to a gigabyte),
 * and reading it whole would take the memory of every other article.
 */
public final class BoundedReads {
    /** Bytes of one document at most, after decompression. */
    public static final int MAX_DOCUMENT_BYTES = 64 << 20;

    /** Too much to read. */
    public static final class TooLarge extends IOException {
        public TooLarge(String message) {
            super(message);
        }
    }

    private BoundedReads() {
    }

    /** Reads {@code in} to its end, or fails with {@link TooLarge} once it passes {@link #MAX_DOCUMENT_BYTES}. */
    public static byte[] readDocument(InputStream in) throws IOException {
        byte[] b = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
        if (b.length > MAX_DOCUMENT_BYTES) throw new TooLarge(tooLarge());
        return b;
    }

    /** The message of a document over the limit. */
    public static String tooLarge() {
        return "larger than " + (MAX_DOCUMENT_BYTES >> 20) + " MB once decompressed: not read";
    }
}
