package io.factline.server;

import io.factline.TestData;
import io.factline.index.BenchIndex;
import io.factline.index.IndexReaderSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.factline.server.Http.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server on an index of 100,000 articles: search latency (highlighting and facets included, a mix of Chinese and
 * English queries), timeline latency, facts export rate and the server's memory, measured over loopback with a real
 * HTTP client against {@code factline serve} in its own JVM (-Xmx4g, as the launcher starts it). Not part of the
 * default test run: {@code mvn test -Dgroups=bench -DexcludedGroups=none -Dtest=ServerBenchmark}. Figures are printed
 * and appended to {@code target/bench-serve.txt}.
 *
 * <p>The index: {@link BenchIndex}, {@value #ARTICLES} articles, one copy in {@value #HOT_EVERY} with the real
 * entity names. "Douyin · DAU" is the hot timeline (160 facts), "Douyin ·1 · DAU" a typical one.
 */
@Tag("bench")
public class ServerBenchmark {
    static final int ARTICLES = 100_000, HOT_EVERY = 50, WARMUP = 300, RUNS = 1000;
    public static final List<String> QUERIES = List.of("抖音", "字节跳动", "融资", "营业收入", "直播", "美团 外卖", "净利润",
            "daily active users", "revenue", "\"net profit\"", "Apple OR Google", "eBay profit", "investment", "shares");

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newHttpClient();
    private final StringBuilder report = new StringBuilder();

    /**
     * {@code -Dfactline.bench.dir=DIR} keeps the indexes in DIR and reuses them on the next run (for profiling);
     * {@code -Dfactline.bench.jvm="-XX:StartFlightRecording=…"} adds options to the server's JVM.
     */
    @Test
    void searchTimelineAndExportOnOneHundredThousandArticles() throws Exception {
        Path work = System.getProperty("factline.bench.dir") == null ? dir : Path.of(System.getProperty("factline.bench.dir"));
        Path base = work.resolve("base"), big = work.resolve("big");
        long t0 = System.nanoTime();
        if (!Files.isDirectory(big.resolve("index"))) {
            BenchIndex.ingestCorpora(base);
            BenchIndex.replicate(base, big, ARTICLES, HOT_EVERY);
        }
        int distinct = TestData.articleIds(base).size();
        line("index: %,d articles (copies of the %d of corpora/), %,d facts, %,d MB on disk; built in %.0f s",
                TestData.articleIds(big).size(), distinct, factCount(big), size(big.resolve("index")) >> 20,
                (System.nanoTime() - t0) / 1e9);

        List<String> jvm = new ArrayList<>(List.of("-Xmx4g"));
        String extra = System.getProperty("factline.bench.jvm");
        if (extra != null && !extra.isBlank()) jvm.addAll(List.of(extra.trim().split("\\s+")));
        try (ServeProcess serve = ServeProcess.start(big, jvm.toArray(String[]::new))) {
            line("serve started in %.1f s", serve.startMillis / 1000.0);
            URI u = serve.url;
            List<String> zh = QUERIES.stream().filter(s -> s.codePoints().anyMatch(c -> c > 0x2E80)).toList();
            List<String> en = QUERIES.stream().filter(s -> !zh.contains(s)).toList();
            List<String> all = new ArrayList<>();
            for (String s : QUERIES) all.add("api/search?q=" + q(s));
            time(u, all, WARMUP);
            long[] zhTimes = time(u, zh.stream().map(s -> "api/search?q=" + q(s)).toList(), RUNS / 2);
            long[] enTimes = time(u, en.stream().map(s -> "api/search?q=" + q(s)).toList(), RUNS / 2);
            long[] both = concat(zhTimes, enTimes);
            line("search (page of 10, highlighted, 5 aggregations), %d queries × %d: %s", QUERIES.size(), RUNS, stats(both));
            line("  Chinese %s", stats(zhTimes));
            line("  English %s", stats(enTimes));
            line("  hits per query: %s", hitCounts(u));
            long[] browse = time(u, List.of("api/search?size=10", "api/search?entity=Douyin&size=10"), RUNS);
            line("search with no query (all articles, or all of an entity's; the page's first view): %s", stats(browse));

            String hot = "api/timeline?entity=Douyin&metric=DAU", typical = "api/timeline?entity=" + q("Douyin ·1") + "&metric=DAU";
            assertTrue(get(u, hot).contains("\"as_of\":\"2020-08\""));
            time(u, List.of(hot, typical), WARMUP);
            line("timeline Douyin · DAU (2 points, 80 sources each, 160 facts): %s", stats(time(u, List.of(hot), RUNS)));
            line("timeline Douyin ·1 · DAU (2 points, 1 source each): %s", stats(time(u, List.of(typical), RUNS)));

            export(u, "api/facts", "jsonl");
            export(u, "api/facts?format=csv", "csv");
            export(u, "api/facts?entity=Douyin", "jsonl, one entity (hot)");
            memory(serve);
        } finally {
            write();
        }
    }

    private long[] time(URI u, List<String> paths, int runs) throws IOException, InterruptedException {
        long[] out = new long[runs];
        for (int i = 0; i < runs; i++) {
            String path = paths.get(i % paths.size());
            long t = System.nanoTime();
            HttpResponse<byte[]> r = client.send(request(u, path), HttpResponse.BodyHandlers.ofByteArray());
            out[i] = System.nanoTime() - t;
            assertEquals(200, r.statusCode(), path);
        }
        return out;
    }

    private static HttpRequest request(URI u, String path) {
        // gzip, as a browser asks
        return HttpRequest.newBuilder(u.resolve(path)).header("Accept-Encoding", "gzip").build();
    }

    private String get(URI u, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(u.resolve(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private String hitCounts(URI u) throws IOException, InterruptedException {
        List<String> out = new ArrayList<>();
        Pattern total = Pattern.compile("\"total\":(\\d+)");
        for (String s : QUERIES) {
            Matcher m = total.matcher(get(u, "api/search?size=0&q=" + q(s)));
            out.add(s + " " + (m.find() ? m.group(1) : "?"));
        }
        return String.join(", ", out);
    }

    private void export(URI u, String path, String what) throws IOException, InterruptedException {
        long t = System.nanoTime();
        HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(u.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0, bytes = 0, firstByte = -1;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (firstByte < 0) firstByte = System.nanoTime() - t;
                lines++;
                bytes += line.length() + 1;
            }
        }
        double secs = (System.nanoTime() - t) / 1e9;
        long facts = what.startsWith("csv") ? lines - 1 : lines;
        line("facts export (%s): %,d facts, %,d MB in %.1f s: %,.0f facts/s; first line after %d ms", what, facts,
                bytes >> 20, secs, facts / secs, firstByte / 1_000_000);
    }

    /** Heap used after a full GC, and the resident size, of the server process (jcmd from the same JDK). */
    private void memory(ServeProcess serve) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, Long.toString(serve.pid()), "GC.run");
        String heap = run(jcmd, Long.toString(serve.pid()), "GC.heap_info");
        Matcher used = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(heap);
        String status = Files.readString(Path.of("/proc", Long.toString(serve.pid()), "status"));
        Matcher rss = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(status);
        line("server memory after the run: heap used after full GC %s MB (of %s MB committed), resident %s MB",
                used.find() ? Long.parseLong(used.group(2)) >> 10 : "?", used.find(0) ? Long.parseLong(used.group(1)) >> 10 : "?",
                rss.find() ? Long.parseLong(rss.group(1)) >> 10 : "?");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static String stats(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)", pct(s, 50), pct(s, 90),
                pct(s, 99), s[s.length - 1] / 1e6, s.length);
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int factCount(Path data) {
        try (IndexReaderSession r = IndexReaderSession.open(data)) {
            return r.factCount();
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private void line(String format, Object... args) {
        String l = String.format(format, args);
        System.out.println(l);
        report.append(l).append('\n');
    }

    private void write() throws IOException {
        Files.writeString(Path.of("target", "bench-serve.txt"), "---- " + LocalDateTime.now() + "\n" + report,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
