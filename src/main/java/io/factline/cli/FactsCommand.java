package io.factline.cli;

import io.factline.registry.Registries;
import io.factline.index.FactQuery;
import io.factline.index.IndexReaderSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;

/** {@code factline facts}: the indexed facts, filtered, as JSON Lines or CSV. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Export indexed facts as JSON Lines (default) or CSV, ordered by period.")
final class FactsCommand implements Runnable {
    @Mixin
    DataOption data;

    @Option(names = "--entity", paramLabel = "E", description = "Entity id or any of its names (抖音, Douyin, Shake sound).")
    String entity;

    @Option(names = "--metric", paramLabel = "M", description = "Metric id (DAU, revenue, funding, …).")
    String metric;

    @Option(names = "--claim", paramLabel = "C", description = "reported, pledge or forecast.")
    String claim;

    @Option(names = "--from", paramLabel = "DATE", description = "Facts whose period ends on or after DATE.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Facts whose period starts on or before DATE.")
    String to;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT", description = "jsonl (default) or csv.")
    ExtractCommand.OutputFormat format;

    @picocli.CommandLine.Mixin
    ConfidenceOption confidence;

    @Override
    public void run() {
        Registries reg = entity != null || metric != null ? Registries.load() : null;
        FactQuery q = new FactQuery(entity == null ? null : Args.entity(entity, reg),
                metric == null ? null : Args.metric(metric, reg), Args.claim(claim),
                Args.date(from, "--from", false), Args.date(to, "--to", true), null, 0, confidence.value());
        PrintStream out = Streams.out();
        try (IndexReaderSession index = IndexReaderSession.open(data.data)) {
            if (format == ExtractCommand.OutputFormat.csv) Formats.factCsvHeader(out);
            index.facts(q, f -> {
                if (format == ExtractCommand.OutputFormat.csv) Formats.factCsv(out, f);
                else Formats.jsonLine(out, f);
            });
        }
        out.flush();
    }
}
