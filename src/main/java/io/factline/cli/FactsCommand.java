package io.factline.cli;

import io.factline.registry.NameLookup;
import io.factline.registry.Registries;
import io.factline.index.FactQuery;
import io.factline.index.IndexReaderSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;

/** {@code factline facts}: the indexed facts, filtered, as JSON Lines or CSV. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = {"Export indexed facts ordered by period.", "Formats: jsonl (default), csv."})
final class FactsCommand implements Runnable {
    @Mixin
    DataOption data;

    @Mixin
    EntityOption entity;

    @Mixin
    MetricOption metric;

    @Option(names = "--claim", paramLabel = "C", description = "reported, pledge or forecast.")
    String claim;

    /** Facts whose period ends on or after --from and starts on or before --to. */
    @Mixin
    PeriodOptions period;

    @Mixin
    FormatOption format;

    @picocli.CommandLine.Mixin
    ConfidenceOption confidence;

    @Override
    public void run() {
        boolean csv = format.get(FormatOption.Format.jsonl, FormatOption.Format.csv) == FormatOption.Format.csv;
        NameLookup names = entity.value != null || metric.value != null ? new NameLookup(Registries.load()) : null;
        FactQuery q = new FactQuery(entity.id(names), metric.id(names), Args.claim(claim), period.from(), period.to(),
                null, 0, confidence.value());
        PrintStream out = Streams.out();
        try (IndexReaderSession index = IndexReaderSession.open(data.data)) {
            if (csv) Formats.factCsvHeader(out);
            index.facts(q, f -> {
                if (csv) Formats.factCsv(out, f);
                else Formats.jsonLine(out, f);
            });
        }
        out.flush();
    }
}
