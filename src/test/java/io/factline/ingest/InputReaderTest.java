package io.factline.ingest;

import io.factline.TestData;
import io.factline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputReaderTest {
    @TempDir
    Path dir;

    private List<Article> read(String published, String... inputs) {
        List<Article> out = new ArrayList<>();
        new InputReader(published).read(List.of(inputs), out::add);
        return out;
    }

    @Test
    void readsJsonLinesKeepingTheirIds() {
        List<Article> a = read(null, TestData.corpora().resolve("news/zh-finance-tech-flashes.jsonl").toString());
        assertEquals(10, a.size());
        assertEquals("zh-finna-dev-1074", a.get(0).id());
        assertEquals("zh", a.get(0).lang());
    }

    @Test
    void walksDirectoriesAndReadsEveryKind() {
        List<Article> a = read(null, TestData.corpora().toString());
        assertEquals(25, a.size(), "1 text + 20 JSON Lines records + 4 pages (2 gzip-compressed)");
        assertTrue(a.stream().anyMatch(x -> x.text().contains("宝洁集团公关总监")), "the GBK page, decoded");
    }

    @Test
    void readsAJsonArticleWithHtmlInsteadOfText() throws Exception {
        Path f = dir.resolve("a.json");
        Files.writeString(f, "{\"id\":\"x1\",\"url\":\"https://example.com/a\",\"published\":\"2021-05-01\","
                + "\"html\":\"<html><head><title>Kuaishou results</title></head><body><article><p>Kuaishou said its "
                + "daily active users reached 300 million in the quarter, the company said in a statement on Friday.</p>"
                + "</article></body></html>\"}");
        Article a = read(null, f.toString()).get(0);
        assertEquals("x1", a.id());
        assertEquals("Kuaishou results", a.title());
        assertTrue(a.text().startsWith("Kuaishou said its daily active users"), a.text());
        assertEquals("2021-05-01", a.published());
    }

    @Test
    void readsGzipCompressedTextAndAppliesTheDefaultDate() throws Exception {
        Path f = dir.resolve("note.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("Bilibili says monthly active users rose to 300 million.".getBytes(StandardCharsets.UTF_8));
        }
        Article a = read("2023-03-01", f.toString()).get(0);
        assertTrue(a.text().contains("300 million"));
        assertEquals("2023-03-01", a.published());
    }

    @Test
    void readsHtmlResponsesOfAWarcFile() throws Exception {
        Path f = dir.resolve("crawl.warc.gz");
        byte[] body = Files.readAllBytes(TestData.corpora().resolve("pages/sohu-business-gbk.html"));
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(f, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html"), body).build();
            w.write(new WarcResponse.Builder(URI.create("http://business.sohu.com/20050311/n224643115.shtml"))
                    .date(Instant.parse("2026-11-01T10:00:00Z")).body(http).build());
        }
        List<Article> a = read(null, f.toString());
        assertEquals(1, a.size());
        assertEquals("http://business.sohu.com/20050311/n224643115.shtml", a.get(0).url());
        assertTrue(a.get(0).text().contains("宝洁集团公关总监"), "GBK payload decoded");
        assertEquals("2026-11-01T10:00:00Z", a.get(0).fetched());
    }

    @Test
    void explainsWhatItCannotRead() throws Exception {
        InputException missing = assertThrows(InputException.class, () -> read(null, dir.resolve("nope.txt").toString()));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());

        Path pdf = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.4");
        InputException unsupported = assertThrows(InputException.class, () -> read(null, pdf.toString()));
        assertTrue(unsupported.getMessage().contains("unsupported input"), unsupported.getMessage());

        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"text\":\"ok\"}\n{not json\n");
        InputException malformed = assertThrows(InputException.class, () -> read(null, bad.toString()));
        assertTrue(malformed.getMessage().contains("bad.jsonl:2"), malformed.getMessage());

        Path empty = Files.writeString(dir.resolve("empty.json"), "{\"id\":\"a\"}");
        InputException noText = assertThrows(InputException.class, () -> read(null, empty.toString()));
        assertTrue(noText.getMessage().contains("neither"), noText.getMessage());
    }

    @Test
    void skipsUnsupportedFilesInsideDirectories() throws Exception {
        Files.writeString(dir.resolve("report.pdf"), "%PDF-1.4");
        Files.writeString(dir.resolve("a.txt"), "Some text.");
        InputReader reader = new InputReader(null);
        List<Article> out = new ArrayList<>();
        reader.read(List.of(dir.toString()), out::add);
        assertEquals(1, out.size());
        assertEquals(1, reader.skipped());
    }
}
