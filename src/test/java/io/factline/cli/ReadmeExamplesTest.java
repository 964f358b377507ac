package io.factline.cli;

import io.factline.TestData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every {@code $ ./factline …} example of the README's console blocks, in order, and compares what it
 * prints with what the README shows (up to a line "…" when the README shows only the beginning). Commands
 * that use the index get a fresh {@code --data} directory, so the README's relative paths work as written.
 */
class ReadmeExamplesTest {
    private static final Set<String> INDEX_COMMANDS = Set.of("ingest", "search", "facts", "timeline");

    @TempDir
    Path data;

    record Example(String command, List<String> expected) {
    }

    @TestFactory
    List<DynamicTest> readmeExamplesPrintWhatTheReadmeShows() throws Exception {
        TestData.pipeline();
        List<Example> examples = parse(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        assertTrue(examples.size() >= 8, "the README shows the commands: " + examples.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (Example e : examples) {
            tests.add(DynamicTest.dynamicTest(e.command(), () -> check(e)));
        }
        return tests;
    }

    private void check(Example e) {
        List<String> args = new ArrayList<>(words(e.command()));
        if (INDEX_COMMANDS.contains(args.get(0)) && !args.contains("--data")) {
            args.addAll(1, List.of("--data", data.toString()));
        }
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), e.command() + "\n" + r.err());
        List<String> actual = Arrays.asList(r.out().split("\n", -1));
        if (!actual.isEmpty() && actual.get(actual.size() - 1).isEmpty()) actual = actual.subList(0, actual.size() - 1);
        List<String> expected = e.expected();
        boolean prefix = !expected.isEmpty() && expected.get(expected.size() - 1).equals("…");
        if (prefix) {
            expected = expected.subList(0, expected.size() - 1);
            assertTrue(actual.size() > expected.size(), e.command() + ": more output than the README shows");
            actual = actual.subList(0, expected.size());
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual), e.command());
    }

    static List<Example> parse(String readme) {
        List<Example> out = new ArrayList<>();
        boolean inConsole = false;
        String command = null;
        List<String> expected = new ArrayList<>();
        for (String line : readme.split("\n", -1)) {
            if (!inConsole) {
                if (line.strip().equals("```console")) inConsole = true;
                continue;
            }
            if (line.strip().equals("```") || line.startsWith("$ ")) {
                if (command != null) out.add(new Example(command, List.copyOf(expected)));
                command = null;
                expected.clear();
                if (line.strip().equals("```")) {
                    inConsole = false;
                    continue;
                }
                command = line.substring(2).replaceFirst("^\\./factline\\s+", "");
                continue;
            }
            expected.add(line);
        }
        return out;
    }

    /** Splits a command line as a POSIX shell would for single and double quotes. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean any = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) quote = 0;
                else cur.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                any = true;
            } else if (Character.isWhitespace(c)) {
                if (any || cur.length() > 0) out.add(cur.toString());
                cur.setLength(0);
                any = false;
            } else {
                cur.append(c);
            }
        }
        if (any || cur.length() > 0) out.add(cur.toString());
        return out;
    }
}
