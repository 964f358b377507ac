package io.factline.spark;

import io.factline.content.SimHash;
import io.factline.ingest.Ingester;
import io.factline.ingest.InputReader;
import io.factline.warc.WarcPage;
import io.factline.warc.WarcPages;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The pages of one WARC file as {@link Captured} items, read as {@code ingest} reads them: successful (2xx) HTML
 * responses, records a factline crawl marked as near-duplicates left out, each page through the same content
 * extraction ({@link InputReader#fromWarc}). A record that cannot be read, or a page whose extraction throws, becomes
 * a failure naming the file and the record's offset; a file that cannot be read on ends there, with what came before
 * kept.
 */
final class WarcInput {
    private WarcInput() {
    }

    /** Opens a file's bytes. */
    interface Opener {
        InputStream open() throws IOException;
    }

    /** Whether a file name is one of a WARC file (factline reads {@code .warc} and {@code .warc.gz}). */
    static boolean isWarc(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    /**
     * Every page of the file, in file order; a file that cannot be opened is one failure, at offset -1.
     *
     * @param responses told how many response records the file held (HTML or not)
     */
    static List<Captured> read(String file, Opener opener, java.util.function.IntConsumer responses) {
        List<Captured> out = new ArrayList<>();
        InputStream in;
        try {
            in = opener.open();
        } catch (IOException | RuntimeException e) {
            return List.of(Captured.failure(file, -1, "read", "cannot open: " + Ingester.reason(e)));
        }
        long[] lastOffset = {0};
        try (in) {
            int n = WarcPages.read(in, new WarcPages.Listener() {
                @Override
                public void page(WarcPage page, long offset) {
                    lastOffset[0] = offset;
                    if (page.status() < 200 || page.status() >= 300) return;
                    out.add(capture(file, offset, page));
                }

                @Override
                public void problem(String problem, long offset) {
                    lastOffset[0] = offset;
                    out.add(Captured.failure(file, offset, "read", problem));
                }
            });
            responses.accept(n);
        } catch (IOException | RuntimeException e) {
            // The offset is that of the last record read: the damage lies after it.
            out.add(Captured.failure(file, lastOffset[0], "read", "cannot read on after the record at offset "
                    + lastOffset[0] + ": " + Ingester.reason(e)));
        }
        return out;
    }

    private static Captured capture(String file, long offset, WarcPage page) {
        try {
            var article = InputReader.fromWarc(page);
            OptionalLong hash = SimHash.of(article.text());
            return new Captured(file, offset, article, hash.orElse(0), hash.isPresent(), null, null);
        } catch (RuntimeException | StackOverflowError e) {
            return Captured.failure(file, offset, "content", page.url() + ": " + Ingester.reason(e));
        }
    }
}
