package io.factline;

import io.factline.registry.Registries;
import io.factline.index.IndexPaths;
import io.factline.ingest.Pipeline;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

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

    /**
     * The confidence floor of the tests' pipeline and server: that of a reader exploring, below the commands'
     * default, because the sample corpus's reference article is a machine translation the scorer rates low (0.06 to
     * 0.36) and the tests follow its facts through the index, the API and the page.
     */
    public static final double EXPLORING = 0.05;

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) pipeline = new Pipeline(Registries.load(), EXPLORING);
        return pipeline;
    }

    /** The ids of the articles in the index of a data directory. */
    public static Set<String> articleIds(Path dataDir) throws IOException {
        Set<String> ids = new TreeSet<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(IndexPaths.indexDir(dataDir)))) {
            StoredFields stored = reader.storedFields();
            for (int i = 0; i < reader.maxDoc(); i++) {
                Document d = stored.document(i, Set.of("id"));
                if (d.get("id") != null) ids.add(d.get("id"));
            }
        }
        return ids;
    }
}
