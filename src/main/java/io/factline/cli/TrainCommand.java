package io.factline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code factline train}: trains a model of the pipeline from annotated data; the models are its subcommands. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model of the pipeline from annotated data.",
        subcommands = {TrainFactsCommand.class})
final class TrainCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new UsageException("train: which model? (" + String.join(", ", spec.subcommands().keySet()) + ")");
    }
}
