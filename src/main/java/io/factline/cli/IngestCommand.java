package io.factline.cli;

import io.factline.facts.Registries;
import io.factline.index.IndexWriterSession;
import io.factline.ingest.Ingester;
import io.factline.ingest.InputReader;
import io.factline.ingest.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;

/** {@code factline ingest}: articles and their facts into the index. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract articles and their metric facts and index them under --data.",
                "Ingesting an article again replaces it; articles already indexed unchanged are skipped, so an "
                        + "interrupted ingest carries on where it stopped when run again."})
final class IngestCommand implements Runnable {
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

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or directories: " + InputReader.SUPPORTED + "; - reads a text from standard input.")
    List<String> inputs;

    @Override
    public void run() {
        PrintStream err = Streams.err();
        Ingester.Stats s = ingest(data, inputs, published, force, threads, confidence.value(), err);
        err.printf("ingest: %d articles read, %d indexed (%d facts), %d unchanged, %d files skipped, %.1f s → %s%n",
                s.read(), s.indexed(), s.facts(), s.unchanged(), s.skippedFiles(), s.millis() / 1000.0,
                data.data.toAbsolutePath().normalize());
    }

    static Ingester.Stats ingest(DataOption data, List<String> inputs, String published, boolean force,
                                 Integer threads, double minConfidence, PrintStream log) {
        Pipeline pipeline = new Pipeline(Registries.load(), minConfidence);
        InputReader reader = new InputReader(Args.publishedDate(published));
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        try (IndexWriterSession index = IndexWriterSession.open(data.data)) {
            return new Ingester(pipeline, n, log).ingest(inputs, reader, index, force);
        }
    }
}
