package io.factline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factline eval}: measures a stage against labelled test sets; the stages are its subcommands. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure a stage against a labelled test set.",
        subcommands = {EvalContentCommand.class})
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new UsageException("eval: which stage? (" + String.join(", ", spec.subcommands().keySet()) + ")");
    }
}
