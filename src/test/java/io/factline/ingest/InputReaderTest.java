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

    /** Reads, collecting the articles' first words and the problems reported. */
    private List<String> readReporting(List<String> problems, String... inputs) {
        List<String> texts = new ArrayList<>();
        InputReader reader = new InputReader(null, problems::add);
        reader.read(List.of(inputs), a -> texts.add(a.text().split(" ")[0]));
        assertEquals(problems.size(), reader.problems(), "every problem counted");
        return texts;
    }

    @Test
    void explainsWhatItCannotReadAndReadsTheRest() throws Exception {
        Path pdf = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.4");
        Path bad = Files.writeString(dir.resolve("bad.jsonl"),
                "{\"text\":\"Alpha ok\"}\n{not json\n{\"id\":\"a\"}\n{\"text\":\"Beta ok\"}\n");
        Path empty = Files.writeString(dir.resolve("empty.json"), "{\"id\":\"a\"}");
        Path good = Files.writeString(dir.resolve("good.txt"), "Gamma ok.");
        List<String> problems = new ArrayList<>();
        List<String> texts = readReporting(problems, dir.resolve("nope.txt").toString(), pdf.toString(),
                bad.toString(), empty.toString(), good.toString());
        assertEquals(List.of("Alpha", "Beta", "Gamma"), texts, "the good lines and files, the lines after a bad one too");
        assertEquals(5, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("no such file"), problems.get(0));
        assertTrue(problems.get(1).contains("unsupported input"), problems.get(1));
        assertTrue(problems.get(2).contains("bad.jsonl:2: not valid JSON"), problems.get(2));
        assertTrue(problems.get(3).contains("bad.jsonl:3") && problems.get(3).contains("neither"), problems.get(3));
        assertTrue(problems.get(4).contains("empty.json") && problems.get(4).contains("neither"), problems.get(4));
    }

    @Test
    void survivesTruncatedGzipBombsAndFifos() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("in"));
        Files.writeString(sub.resolve("a.txt"), "Alpha first.");
        // A gzip file cut in half: what was inflated before the cut is read, then the cut is reported.
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < 400; i++) lines.append("{\"text\":\"Line").append(i).append(" of a long feed.\"}\n");
            out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = gz.toByteArray();
        Files.write(sub.resolve("b.jsonl.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
        // A bomb: 80 KB that inflates past the limit of one document.
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(sub.resolve("c.txt.gz")))) {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i <= io.factline.model.BoundedReads.MAX_DOCUMENT_BYTES >> 20; i++) out.write(spaces);
        }
        Files.writeString(sub.resolve("d.txt"), "Delta last.");
        List<String> inputs = new ArrayList<>(List.of(sub.toString()));
        Path fifo = dir.resolve("pipe.txt");
        boolean haveFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        if (haveFifo) inputs.add(fifo.toString());
        List<String> problems = new ArrayList<>();
        List<String> texts = readReporting(problems, inputs.toArray(String[]::new));
        assertEquals("Alpha", texts.get(0));
        assertEquals("Delta", texts.get(texts.size() - 1), "the files after the bad ones are read");
        assertTrue(texts.contains("Line0"), "what came before the cut is kept");
        assertTrue(texts.size() < 402, "the cut file was not read whole");
        assertTrue(problems.get(0).contains("b.jsonl.gz: cut short"), problems.get(0));
        assertTrue(problems.get(1).contains("c.txt.gz: larger than 64 MB"), problems.get(1));
        if (haveFifo) assertTrue(problems.get(2).contains("not a regular file"), problems.get(2));
        assertEquals(haveFifo ? 3 : 2, problems.size(), String.join("\n", problems));
    }

    @Test
    void aWarcRecordWithADamagedHeaderIsReportedNotThrown() throws Exception {
        // Found by FuzzTest's long profile: one flipped bit made the record's length no number, which the parser
        // threw as NumberFormatException past every handler.
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Profit rose.</p>";
        String record = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                + "WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: https://example.com/a\r\n"
                + "Content-Type: application/http;msgtype=response\r\nContent-Length: 79$4\r\n\r\n" + http + "\r\n\r\n";
        Path warc = Files.writeString(dir.resolve("damaged.warc"), record, StandardCharsets.US_ASCII);
        Path good = Files.writeString(dir.resolve("good.txt"), "Gamma ok.");
        List<String> problems = new ArrayList<>();
        List<String> texts = readReporting(problems, warc.toString(), good.toString());
        assertEquals(List.of("Gamma"), texts);
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("damaged.warc") && problems.get(0).contains("damaged WARC record"), problems.get(0));
    }

    @Test
    void thePageBeforeADamagedRecordIsStillRead() throws Exception {
        Path f = dir.resolve("cut.warc");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(f, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.NONE)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"),
                    "<html><body><p>Harbour traffic grew for a third month.</p></body></html>"
                            .getBytes(StandardCharsets.UTF_8)).build();
            w.write(new WarcResponse.Builder(URI.create("https://port.example.com/report"))
                    .date(Instant.parse("2026-11-01T10:00:00Z")).body(http).build());
        }
        String damaged = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://port.example.com/next\r\n"
                + "Content-Length: 1o0\r\n\r\n";
        Files.writeString(f, damaged, StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.APPEND);
        List<String> problems = new ArrayList<>();
        assertEquals(List.of("Harbour"), readReporting(problems, f.toString()));
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains("damaged WARC record after 1 responses"), problems.get(0));
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
