package io.factline.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a factline command in this JVM and captures what it printed. */
public record Cli(int exit, String out, String err) {
    public static Cli run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(o, e, args);
        }
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every fact of a data directory's index, one JSON line each, sorted: what two runs are compared by. */
    public static List<String> allFacts(Path data) {
        Cli c = run("facts", "--data", data.toString(), "--min-confidence", "0", "--format", "jsonl");
        if (c.exit() != 0) throw new AssertionError("facts failed: " + c.err());
        return c.out().lines().sorted().toList();
    }

    /** A factline command in a process of its own (to be killed), its output into {@code log}. */
    static Process child(List<String> args, Path log) throws IOException {
        return child(List.of(), args, log);
    }

    /** The same with options for its JVM ({@code -Dname=value}). */
    static Process child(List<String> jvmOptions, List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.factline.cli.Main"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
