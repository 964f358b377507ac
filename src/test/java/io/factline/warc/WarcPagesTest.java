package io.factline.warc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cursor over a WARC file: one page at a time, each with the offset a reader can find its record at again. */
class WarcPagesTest {
    @TempDir
    Path dir;

    private Path write(String name, WarcCompression compression, String... urls) throws Exception {
        Path f = dir.resolve(name);
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                compression)) {
            for (String url : urls) {
                byte[] body = ("<html><body><p>Quarterly shipments at " + url + " rose again.</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"), body).build();
                w.write(new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2026-10-01T08:00:00Z"))
                        .body(http).build());
            }
        }
        return f;
    }

    @Test
    void eachPagesOffsetIsWhereAReaderFindsItsRecordAgain() throws Exception {
        for (WarcCompression compression : List.of(WarcCompression.GZIP, WarcCompression.NONE)) {
            Path f = write("pages-" + compression + ".warc", compression, "https://a.example.com/1",
                    "https://a.example.com/2", "https://a.example.com/3");
            List<WarcPages.Cursor.Item> items = new ArrayList<>();
            try (InputStream in = Files.newInputStream(f); WarcPages.Cursor c = new WarcPages.Cursor(in)) {
                for (WarcPages.Cursor.Item i; (i = c.next()) != null; ) items.add(i);
                assertEquals(3, c.responses());
                assertNull(c.next(), "the end stays the end");
            }
            assertEquals(3, items.size());
            for (WarcPages.Cursor.Item item : items) {
                try (WarcReader reader = new WarcReader(FileChannel.open(f))) {
                    reader.position(item.offset());
                    WarcResponse record = (WarcResponse) reader.next().orElseThrow();
                    assertEquals(item.page().url(), record.target(), compression + " at " + item.offset());
                }
            }
            assertTrue(items.get(0).offset() < items.get(1).offset() && items.get(1).offset() < items.get(2).offset());
        }
    }
}
