package io.factline.server;

import io.factline.TestData;
import io.factline.index.IndexWriterSession;
import io.factline.ingest.Ingester;
import io.factline.ingest.InputReader;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The index the server tests share, built once per test run with the real pipeline: the sample corpus of
 * {@code corpora/} plus {@code server/hostile-and-conflicting.jsonl} (an article whose title, source, URL and text
 * carry script payloads, a second article that gives Kuaishou's DAU for June 2020 differently: a conflict, and an
 * article without a title).
 */
final class TestIndex {
    static final String HOSTILE = "hostile-script-img";
    private static Path data;

    private TestIndex() {
    }

    static synchronized Path data() {
        if (data == null) data = build();
        return data;
    }

    private static Path build() {
        try {
            Path dir = Files.createTempDirectory("factline-server-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            Path fixtures = Path.of("src/test/resources/server/hostile-and-conflicting.jsonl").toAbsolutePath();
            try (IndexWriterSession index = IndexWriterSession.open(dir);
                 PrintStream quiet = new PrintStream(OutputStream.nullOutputStream())) {
                Ingester.Stats s = new Ingester(TestData.pipeline(), 2, quiet).ingest(
                        List.of(TestData.corpora().toString(), fixtures.toString()), new InputReader(null), index, false);
                if (s.indexed() != 28) throw new IllegalStateException("expected 28 articles indexed: " + s);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind
        }
    }
}
