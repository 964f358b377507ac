package io.factline.cli;

import io.factline.index.IndexWriterSession;
import io.factline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code factline serve}'s user errors: a one-line message and exit code, no stack trace, no server left behind. */
class ServeCommandTest {
    @TempDir
    Path data;

    private void index() {
        try (IndexWriterSession w = IndexWriterSession.open(data)) {
            w.put(Article.builder().id("a").lang("en").text("Douyin grew.").build(), List.of(), Set.of(), "v1");
        }
    }

    private static void oneLine(Cli r) {
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void helpNamesTheOptions() {
        Cli r = Cli.run("serve", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Usage: factline serve") && r.out().contains("--port") && r.out().contains("--bind"),
                r.out());
    }

    @Test
    void aMissingIndexIsAFailure() {
        Cli r = Cli.run("serve", "--data", data.resolve("none").toString(), "--port", "0");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("factline: no index in "), r.err());
        oneLine(r);
    }

    @Test
    void aBadPortIsAUsageError() {
        index();
        Cli r = Cli.run("serve", "--data", data.toString(), "--port", "70000");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("factline: --port: expected 0 to 65535, not 70000"), r.err());

        Cli notANumber = Cli.run("serve", "--data", data.toString(), "--port", "http");
        assertEquals(2, notANumber.exit());
        assertTrue(notANumber.err().contains("'http' is not an int"), notANumber.err());
    }

    @Test
    void aPortInUseOrAnUnknownAddressIsAFailure() throws IOException {
        index();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Cli r = Cli.run("serve", "--data", data.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(1, r.exit());
            assertTrue(r.err().startsWith("factline: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": "), r.err());
            oneLine(r);
        }
        Cli unknown = Cli.run("serve", "--data", data.toString(), "--bind", "no-such-host.invalid");
        assertEquals(1, unknown.exit());
        assertEquals("factline: cannot listen on no-such-host.invalid: unknown host", unknown.err().strip());
    }
}
