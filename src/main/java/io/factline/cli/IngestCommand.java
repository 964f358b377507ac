package io.factline.cli;

import io.factline.registry.Registries;
import io.factline.index.IndexWriterSession;
import io.factline.ingest.Ingester;
import io.factline.ingest.InputReader;
import io.factline.ingest.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import io.factline.nlp.NlpPipeline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code factline ingest}: articles and their facts into the index. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract articles and their metric facts and index them under --data.",
                "Ingesting an article again replaces it; articles already indexed unchanged are skipped, so an "
                        + "interrupted ingest carries on where it stopped when run again."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date for inputs that carry none.")
    String published;

    @Option(names = "--force", description = "Re-extract articles even when they are indexed unchanged.")
    boolean force;

    @Mixin
    ConfidenceOption confidence;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    @Mixin
    NlpModeOption nlp;

    @picocli.CommandLine.Mixin
    ArticleBudgetOption articleBudget;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or directories: " + InputReader.SUPPORTED + "; - reads a text from standard input.")
    List<String> inputs;

    /** Files named one by one in the summary; more are counted. */
    private static final int SKIPPED_NAMED = 20;

    @Override
    public Integer call() {
        PrintStream err = Streams.err();
        NlpPipeline.loadNotices(m -> err.println("ingest: " + m));
        Pipeline pipeline = new Pipeline(Registries.load(), confidence.value(), nlp.mode());
        InputReader reader = new InputReader(Args.publishedDate(published),
                problem -> err.println("ingest: " + problem));
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Path dir = data.data.toAbsolutePath().normalize();
        Ingester.Stats s;
        try (IndexWriterSession index = IndexWriterSession.open(data.data)) {
            Ingester.Run run = new Ingester(pipeline, n, err, articleBudget.budget()).start(index, force);
            try (CommitOnSignal signal = new CommitOnSignal(run, err)) {
                reader.readWithOrigins(inputs, run::accept);
                s = run.finish(reader.skipped());
            }
        }
        reportSkipped(reader.skippedFiles(), err);
        err.printf("ingest: %d articles read, %d indexed (%d facts, %d re-extracted by a changed pipeline), "
                        + "%d unchanged, %d failed, %d files skipped, %.1f s → %s%n",
                s.read(), s.indexed(), s.facts(), s.reextracted(), s.unchanged(), s.failed(), s.skippedFiles(),
                s.millis() / 1000.0, dir);
        String failures = FailureSummary.of(reader.problems(), s.failed());
        if (failures == null) return 0;
        err.println("factline: " + failures + " (see above); the others are indexed");
        return 1;
    }

    private static void reportSkipped(List<String> files, PrintStream err) {
        for (int i = 0; i < Math.min(files.size(), SKIPPED_NAMED); i++) {
            err.println("ingest: skipped " + files.get(i) + ": not a supported input (" + InputReader.SUPPORTED + ")");
        }
        if (files.size() > SKIPPED_NAMED) {
            err.println("ingest: skipped " + (files.size() - SKIPPED_NAMED) + " more files of unsupported kinds");
        }
    }
}
