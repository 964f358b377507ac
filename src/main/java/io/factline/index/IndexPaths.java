package io.factline.index;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the index lives inside a data directory. */
public final class IndexPaths {
    private IndexPaths() {
    }

    public static Path indexDir(Path dataDir) {
        return dataDir.resolve("index");
    }

    public static boolean exists(Path dataDir) {
        Path dir = indexDir(dataDir);
        try (var s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
