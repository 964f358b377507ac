package io.factline.spark;

import io.factline.model.Article;

import java.io.Serializable;
import java.util.Comparator;

/**
 * A page read from a WARC file: its article, or why it could not be read, with where its record starts.
 *
 * @param file    the WARC file, as the file system names it
 * @param offset  where the record starts in the file (compressed bytes for a .warc.gz); -1 when the file itself
 *                could not be opened
 * @param article the page's article; null when {@code error} is set
 * @param simhash the SimHash of the article's text; meaningful only when {@code hashed}
 * @param hashed  whether the text is long enough to compare with other texts
 * @param stage   where it failed ({@code read}, {@code content}); null when it did not
 * @param error   why it failed; null when it did not
 */
record Captured(String file, long offset, Article article, long simhash, boolean hashed, String stage, String error)
        implements Serializable {

    /** Input order: by file name, then by position in the file (how ingest reads a directory of WARC files). */
    static final Comparator<Captured> INPUT_ORDER = Comparator.comparing(Captured::file)
            .thenComparingLong(Captured::offset);

    boolean failed() {
        return error != null;
    }

    static Captured failure(String file, long offset, String stage, String error) {
        return new Captured(file, offset, null, 0, false, stage, error);
    }
}
