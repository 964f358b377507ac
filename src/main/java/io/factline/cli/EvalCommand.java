package io.factline.cli;

import picocli.CommandLine.Command;

/** {@code factline eval}: measurements against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure factline against hand-checked gold data.",
        subcommands = {EvalFactsCommand.class})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(Streams.out());
    }
}
