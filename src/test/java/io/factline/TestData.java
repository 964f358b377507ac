package io.factline;

import io.factline.facts.Registries;
import io.factline.ingest.Pipeline;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Where tests find data, and the one pipeline the whole test run shares (CoreNLP loads once per JVM). */
public final class TestData {
    private static Pipeline pipeline;

    private TestData() {
    }

    /** The project's own sample corpus (always present). */
    public static Path corpora() {
        return Path.of("corpora").toAbsolutePath();
    }

    /**
     * The shared corpora next to the project; tests that need them are skipped, with this message, on a clone
     * that does not have them.
     */
    public static Path shared() {
        Path p = Path.of("..", "shared", "corpora").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(p), "../shared/corpora is not present next to the project: skipping a test "
                + "that measures on the shared corpora");
        return p;
    }

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) pipeline = new Pipeline(Registries.load());
        return pipeline;
    }
}
