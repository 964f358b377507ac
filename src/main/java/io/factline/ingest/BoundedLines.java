package io.factline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The UTF-8 lines of a stream, none held longer than a limit: a line past it is read to its end without being
 * kept, and given as too long, so that one giant line (a dump, a bomb) neither fills the memory nor stops the
 * lines after it.
 */
final class BoundedLines {
    /** A line: its number (from 1), its text (empty when too long), whether it passed the limit. */
    record Line(int number, String text, boolean tooLong) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos, len;
    private int number;
    private boolean ended;

    BoundedLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its line break, or null at the end. */
    Line next() throws IOException {
        if (ended) return null;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false, any = false;
        while (true) {
            if (pos == len) {
                len = in.read(buffer);
                pos = 0;
                if (len <= 0) {
                    ended = true;
                    len = 0;
                    if (!any) return null;
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buffer[pos] != '\n') pos++;
            int n = pos - start;
            if (!tooLong) {
                if (line.size() + n > maxBytes) {
                    tooLong = true;
                    line = new ByteArrayOutputStream();
                } else {
                    line.write(buffer, start, n);
                }
            }
            if (pos < len) { // at the line break
                pos++;
                break;
            }
        }
        number++;
        String text = tooLong ? "" : line.toString(StandardCharsets.UTF_8);
        if (text.endsWith("\r")) text = text.substring(0, text.length() - 1);
        return new Line(number, text, tooLong);
    }
}
