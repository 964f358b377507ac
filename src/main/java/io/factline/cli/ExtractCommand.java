package io.factline.cli;

import io.factline.registry.Registries;
import io.factline.ingest.InputReader;
import io.factline.ingest.Pipeline;
import io.factline.model.Fact;
import io.factline.nlp.NlpPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.List;

/** {@code factline extract}: metric facts of the given inputs, nothing stored. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print the metric facts of articles; nothing is stored.", "Formats: jsonl (default), csv."})
final class ExtractCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date for inputs that carry none (YYYY-MM-DD); relative dates resolve against it.")
    String published;

    @picocli.CommandLine.Mixin
    FormatOption format;

    @picocli.CommandLine.Mixin
    ConfidenceOption confidence;

    @picocli.CommandLine.Mixin
    ArticleBudgetOption articleBudget;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or directories: " + InputReader.SUPPORTED + "; - reads a text from standard input.")
    List<String> inputs;

    /** Long inputs say how far they are every so often. */
    private static final long PROGRESS_EVERY_NANOS = 10_000_000_000L;

    @Override
    public Integer call() {
        PrintStream out = Streams.out();
        PrintStream err = Streams.err();
        NlpPipeline.loadNotices(m -> err.println("extract: " + m));
        Pipeline pipeline = new Pipeline(Registries.load(), confidence.value());
        InputReader reader = new InputReader(Args.publishedDate(published),
                problem -> err.println("extract: " + problem));
        boolean csv = format.get(FormatOption.Format.jsonl, FormatOption.Format.csv) == FormatOption.Format.csv;
        if (csv) Formats.factCsvHeader(out);
        long t0 = System.nanoTime();
        long[] articles = {0}, facts = {0}, failed = {0}, lastProgress = {t0};
        io.factline.ingest.ArticleBudget budget = articleBudget.budget();
        reader.readWithOrigins(inputs, (article, origin) -> {
            List<Fact> found;
            try {
                io.factline.ingest.ExtractedArticle x = budget.process(pipeline, article);
                if (x.cut()) err.println("extract: " + x.cutReport(origin));
                found = x.facts();
            } catch (io.factline.ingest.ArticleBudget.Exceeded e) {
                failed[0]++;
                err.println("extract: abandoned: " + origin + ": " + e.getMessage());
                return;
            } catch (RuntimeException | StackOverflowError e) {
                // One article that breaks the analysis must not cost the others.
                failed[0]++;
                err.println("extract: failed: " + origin + ": " + io.factline.ingest.Ingester.reason(e));
                return;
            }
            for (Fact f : found) {
                if (csv) Formats.factCsv(out, f);
                else Formats.jsonLine(out, f);
                facts[0]++;
            }
            articles[0]++;
            long now = System.nanoTime();
            if (now - lastProgress[0] >= PROGRESS_EVERY_NANOS) {
                lastProgress[0] = now;
                err.printf("extract: %d articles, %d facts, %.1f articles/s%n", articles[0], facts[0],
                        articles[0] / ((now - t0) / 1e9));
            }
        });
        out.flush();
        String failures = FailureSummary.of(reader.problems(), failed[0]);
        if (failures == null) return 0;
        err.println("factline: " + failures + " (see above); the facts of the others are printed");
        return 1;
    }
}
