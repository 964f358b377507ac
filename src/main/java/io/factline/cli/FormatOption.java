package io.factline.cli;

import picocli.CommandLine.Option;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code --format}: one vocabulary for every command (text, jsonl, json, csv), each command offering those that make
 * sense for what it writes (its help says which, the first being its default).
 */
final class FormatOption {
    enum Format { text, jsonl, json, csv }

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output format: text, jsonl, json or csv, as this command offers (see above; the first is the default).")
    String value;

    /** The format asked for, or the command's default (the first offered); a usage error when not offered. */
    Format get(Format... offered) {
        if (value == null) return offered[0];
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("table")) v = "text"; // the name eval content used before the vocabulary was one
        for (Format f : offered) if (f.name().equals(v)) return f;
        throw new UsageException("--format: expected " + Arrays.stream(offered).map(Format::name)
                .collect(Collectors.joining(" or ")) + ", not '" + value + "'");
    }
}
