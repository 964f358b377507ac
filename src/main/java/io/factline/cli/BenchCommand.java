package io.factline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code factline bench}: measures a stage of the pipeline on real inputs; the stages are its subcommands. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the pipeline's speed and memory on real inputs.",
        subcommands = {BenchExtractCommand.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new UsageException("bench: which stage? (" + String.join(", ", spec.subcommands().keySet()) + ")");
    }
}
