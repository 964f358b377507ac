package io.factline.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --data} option shared by the commands that use an index. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "factline-data",
            description = "Data directory holding the index (default: ${DEFAULT-VALUE}).")
    Path data;
}
