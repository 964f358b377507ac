package io.factline.cli;

import io.factline.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An ingest into a file system that fills up stops with a message in plain words, and the index is still what its
 * last commit holds. Needs a small file system of its own: a tmpfs, which only root may mount (CI runs as root).
 */
class FullDiskTest {
    @TempDir
    Path dir;

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    /**
     * Articles of random Chinese characters, 100,000 characters that compress and index poorly: more than the small
     * file system holds beside the first ingest, however compact the index layout becomes.
     */
    private static Path filler(Path file) throws Exception {
        java.util.Random random = new java.util.Random(7);
        StringBuilder lines = new StringBuilder();
        for (int a = 0; a < 100; a++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < 1000; c++) text.append((char) (0x4E00 + random.nextInt(0x5000)));
            lines.append("{\"id\": \"filler-").append(a).append("\", \"lang\": \"zh\", \"text\": \"")
                    .append(text).append("\"}\n");
        }
        return Files.writeString(file, lines);
    }

    @Test
    void anIngestThatFillsTheDiskSaysSoAndKeepsWhatItCommitted() throws Exception {
        Path small = Files.createDirectory(dir.resolve("small"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", small.toString()) == 0,
                "skipped: mounting a small tmpfs needs root (run as root, as CI does, to test a full disk)");
        try {
            TestData.pipeline();
            Path data = small.resolve("data");
            Cli first = Cli.run("ingest", "--data", data.toString(),
                    TestData.corpora().resolve("news/zh-finance-tech-flashes.jsonl").toString());
            assertEquals(0, first.exit(), first.err());
            Cli full = Cli.run("ingest", "--data", data.toString(), TestData.corpora().toString(),
                    filler(dir.resolve("filler.jsonl")).toString());
            assertEquals(1, full.exit(), full.err());
            assertTrue(full.err().contains("factline: no space left on the device: what was committed before is kept"),
                    full.err());
            assertFalse(full.err().contains("internal error") || full.err().contains("\tat "), full.err());
            Cli search = Cli.run("search", "--data", data.toString());
            assertEquals(0, search.exit(), search.err());
            assertTrue(search.out().startsWith("10 articles match"), "the first ingest's, as committed: " + search.out());
        } finally {
            run("umount", small.toString());
        }
    }
}
