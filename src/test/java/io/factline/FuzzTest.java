package io.factline;

import io.factline.content.ContentExtractor;
import io.factline.ingest.InputReader;
import io.factline.model.Article;
import io.factline.warc.WarcPages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Generated hostile input for each parser: the real pages of {@code corpora/} with bits
 * flipped, parts spliced, repeated and nested; numbers and dates in both scripts, full-width, in long runs and
 * pathological repetition; JSON Lines and WARC records cut and scrambled. Each must be read or refused with an
 * input error, never end in another exception, and never take longer than {@link #HANG}, which only says "it
 * hangs" (the pipeline's own per-article budget is tested elsewhere). Each input is made from a seed, which a
 * failure names, so that it can be made again. 200 inputs per parser by default; the long profile runs 10,000
 * ({@code -Dfactline.fuzz.tries=10000}, see the README).
 */
class FuzzTest {
    private static final int TRIES = Integer.getInteger("factline.fuzz.tries", 200);

    /** The seeds of the inputs: the same in every run, so that a failure is found again. */
    static LongStream seeds() {
        return new Random(20261205).longs(TRIES, 0, Long.MAX_VALUE / 2);
    }

    /** Past this, an input counts as a hang: far above what any of these inputs needs. */
    private static final Duration HANG = Duration.ofSeconds(60);
    private static final List<byte[]> PAGES = pages();

    private static List<byte[]> pages() {
        List<byte[]> out = new ArrayList<>();
        try (var files = Files.list(TestData.corpora().resolve("pages"))) {
            for (Path p : files.sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                if (p.toString().endsWith(".gz")) {
                    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
                        b = in.readAllBytes();
                    }
                }
                out.add(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A real page, mutated as a broken server, a bad proxy or an attacker would. */
    static byte[] mutatedPage(long seed) {
        Random r = new Random(seed);
        byte[] page = PAGES.get(r.nextInt(PAGES.size())).clone();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (r.nextInt(7)) {
            case 0 -> { // bit flips
                for (int i = 0, n = 1 + r.nextInt(200); i < n; i++) page[r.nextInt(page.length)] ^= (byte) (1 << r.nextInt(8));
                out.writeBytes(page);
            }
            case 1 -> { // two pages spliced at random points
                byte[] other = PAGES.get(r.nextInt(PAGES.size()));
                int a = r.nextInt(page.length), b = r.nextInt(other.length);
                out.write(page, 0, a);
                out.write(other, b, other.length - b);
            }
            case 2 -> { // a slice repeated many times
                int a = r.nextInt(page.length), len = 1 + r.nextInt(Math.min(200, page.length - a));
                out.write(page, 0, a);
                for (int i = 0, n = 100 + r.nextInt(2000); i < n; i++) out.write(page, a, len);
                out.write(page, a, page.length - a);
            }
            case 3 -> { // deep nesting
                int depth = 1000 + r.nextInt(20000);
                String tag = List.of("div", "span", "b", "table", "p", "li").get(r.nextInt(6));
                out.writeBytes(("<html><body>" + ("<" + tag + ">").repeat(depth) + "Profit rose to $5 million.")
                        .getBytes(StandardCharsets.UTF_8));
                if (r.nextBoolean()) out.writeBytes(("</" + tag + ">").repeat(depth).getBytes(StandardCharsets.UTF_8));
            }
            case 4 -> { // a huge attribute, or a page on one enormous line
                out.writeBytes("<html><body><div class=\"".getBytes(StandardCharsets.UTF_8));
                out.writeBytes("x".repeat(100_000 + r.nextInt(2_000_000)).getBytes(StandardCharsets.UTF_8));
                out.writeBytes("\">".getBytes(StandardCharsets.UTF_8));
                out.writeBytes(page);
            }
            case 5 -> { // a lying charset declaration
                String cs = List.of("gbk", "utf-16", "shift_jis", "iso-8859-1", "x-nonsense", "utf-32be").get(r.nextInt(6));
                out.writeBytes(("<meta charset=\"" + cs + "\">").getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(page);
            }
            default -> { // cut anywhere
                out.write(page, 0, r.nextInt(page.length));
            }
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mutatedPagesAreReadOrRefusedNeverCrashOrHang(long seed) {
        byte[] html = mutatedPage(seed);
        assertTimeoutPreemptively(HANG, () -> assertNotNull(ContentExtractor.fromHtml(html, "https://example.com/a", null)));
    }

    private static final List<String> PIECES = List.of("1", "23", "4,567", "8.9", "１２３", "０．５", "六亿", "三千万",
            "两百", "亿", "万", "元", "美元", "$", "£", "€", "%", "％", "bn", "m", "million", "billion", "截至", "突破", "年",
            "月", "日", "2020", "Q3", "fiscal", "as of", "exceeded", "同比增长", "约", "上半年", " ", ",", "，", "。", ".",
            "-", "—", "(", "（", "×", "10^9", "e9", "١٢٣", "一二三四五六七八九十百千", "０１２３４５６７８９");

    /** Numbers, money and dates of both languages, written every way, in long runs, repeated without end. */
    static String figures(long seed) {
        Random r = new Random(seed);
        StringBuilder s = new StringBuilder();
        switch (r.nextInt(3)) {
            case 0 -> {
                for (int i = 0, n = 1 + r.nextInt(120); i < n; i++) s.append(PIECES.get(r.nextInt(PIECES.size())));
            }
            case 1 -> {
                for (int i = 0, n = 50 + r.nextInt(3000); i < n; i++) s.append("0123456789,.".charAt(r.nextInt(12)));
            }
            default -> s.append(PIECES.get(r.nextInt(PIECES.size())).repeat(300));
        }
        return s.toString();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void figuresInBothLanguagesAreReadOrLeftNeverCrashOrHang(long seed) {
        String text = figures(seed);
        for (String lang : List.of("zh", "en")) {
            Article a = Article.builder().id("f").lang(lang).text("Acme Corp 公司表示，" + text).published("2021-06-30").build();
            assertTimeoutPreemptively(HANG, () -> assertNotNull(TestData.pipeline().process(a)));
        }
    }

    /** Lines of a JSON Lines file: some articles, some scrambled, some cut. */
    static byte[] jsonLines(long seed) {
        Random r = new Random(seed);
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = 1 + r.nextInt(20); i < n; i++) {
            String line = "{\"id\":\"a" + i + "\",\"text\":\"Revenue rose to $" + r.nextInt(1000) + " million.\",\"lang\":\"en\"}";
            switch (r.nextInt(5)) {
                case 0 -> line = line.substring(0, r.nextInt(line.length()));
                case 1 -> line = "[" + line + "]";
                case 2 -> line = line.replace("\"text\"", "\"t" + (char) r.nextInt(0x3000) + "\"");
                default -> { }
            }
            s.append(line).append(r.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        byte[] b = s.toString().getBytes(StandardCharsets.UTF_8);
        if (r.nextInt(4) == 0) b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        return b;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void scrambledJsonLinesAreReadLineByLine(long seed) throws IOException {
        byte[] content = jsonLines(seed);
        readAsFile(content, ".jsonl");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void cutAndScrambledWarcRecordsAreReadOrRefused(long seed) throws IOException {
        Random r = new Random(seed);
        byte[] page = PAGES.get(r.nextInt(PAGES.size()));
        String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + page.length + "\r\n\r\n";
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        http.writeBytes(page);
        String warcHead = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000"
                + r.nextInt(10) + ">\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: https://example.com/"
                + r.nextInt(100) + "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: "
                + (r.nextInt(5) == 0 ? r.nextInt(Integer.MAX_VALUE) : http.size()) + "\r\n"
                + (r.nextInt(5) == 0 ? "X-Huge: " + "h".repeat(r.nextInt(1_000_000)) + "\r\n" : "") + "\r\n";
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        warc.writeBytes(warcHead.getBytes(StandardCharsets.US_ASCII));
        warc.writeBytes(http.toByteArray());
        warc.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        byte[] b = warc.toByteArray();
        if (r.nextBoolean()) b = java.util.Arrays.copyOf(b, r.nextInt(b.length));
        for (int i = 0, n = r.nextInt(3) == 0 ? r.nextInt(50) : 0; i < n; i++) b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
        readAsFile(b, ".warc");
    }

    /** Writes the bytes to a file of that kind and reads it as an input: problems are reported, never thrown. */
    private static void readAsFile(byte[] content, String suffix) throws IOException {
        Path f = Files.createTempFile("fuzz", suffix);
        try {
            Files.write(f, content);
            List<Article> read = new ArrayList<>();
            assertTimeoutPreemptively(HANG, () -> new InputReader(null, problem -> { }).read(List.of(f.toString()), read::add));
        } finally {
            Files.delete(f);
        }
    }
}
