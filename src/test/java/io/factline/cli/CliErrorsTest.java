package io.factline.cli;

import io.factline.index.DamagedIndex;
import io.factline.index.IndexWriterSession;
import io.factline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user's mistake gets a message in plain words; a bug gets one line, and its stack trace only with --debug. */
class CliErrorsTest {
    @TempDir
    Path data;

    private void index() {
        try (IndexWriterSession w = IndexWriterSession.open(data)) {
            w.put(Article.builder().id("n1").lang("en").title("Orchard Rail opens a new line")
                    .text("Orchard Rail opened its third line on Monday.").published("2024-03-04").build(),
                    List.of(), Set.of(), "v1");
        }
    }

    @Test
    void aBadQueryIsExplainedInPlainWords() {
        index();
        Cli star = Cli.run("search", "--data", data.toString(), "*");
        assertEquals(1, star.exit());
        assertEquals("factline: '*' alone is not a search: leave the query empty to list every article, or search "
                + "for words\n", star.err());
        Cli quote = Cli.run("search", "--data", data.toString(), "\"third line");
        assertEquals(1, quote.exit());
        assertEquals("factline: the query opens a quote (\") that it does not close\n", quote.err());
    }

    @Test
    void anInternalErrorIsOneLineUnlessDebugging() throws IOException {
        index();
        DamagedIndex.addUnreadableFact(data, "Orchard Rail", "revenue", LocalDate.of(2023, 1, 1));
        Cli plain = Cli.run("facts", "--data", data.toString());
        assertEquals(1, plain.exit());
        assertTrue(plain.err().startsWith("factline: internal error: "), plain.err());
        assertTrue(plain.err().endsWith("factline: run with --debug for details\n"), plain.err());
        assertFalse(plain.err().contains("\tat "), plain.err());
        Cli debug = Cli.run("facts", "--data", data.toString(), "--debug");
        assertEquals(1, debug.exit());
        assertTrue(debug.err().contains("\tat io.factline."), "the stack trace: " + debug.err());
    }
}
