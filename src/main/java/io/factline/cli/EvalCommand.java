package io.factline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code factline eval}: measures a stage against labelled test sets; the stages are its subcommands. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure a stage against a labelled test set.",
        subcommands = {EvalContentCommand.class, EvalFactsCommand.class})
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new UsageException("eval: which stage? (" + String.join(", ", spec.subcommands().keySet()) + ")");
    }
}
