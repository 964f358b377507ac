package io.factline.cli;

import io.factline.registry.Registries;
import io.factline.index.IndexReaderSession;
import io.factline.timeline.Timeline;
import io.factline.timeline.TimelinePoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** {@code factline timeline}: one metric of one entity over time, with its sources. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"The values of one metric of one entity ordered by the period they refer to.",
                "A value reported by several articles is one point with all its sources; periods whose sources "
                        + "disagree are marked as conflicts."})
final class TimelineCommand implements Runnable {
    @Mixin
    DataOption data;

    @Option(names = "--entity", required = true, paramLabel = "E", description = "Entity id or any of its names.")
    String entity;

    @Option(names = "--metric", required = true, paramLabel = "M", description = "Metric id.")
    String metric;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default), json or csv.")
    Format format;

    @Mixin
    ConfidenceOption confidence;

    enum Format { text, json, csv }

    @Override
    public void run() {
        Registries reg = Registries.load();
        String e = Args.entity(entity, reg), m = Args.metric(metric, reg);
        try (IndexReaderSession index = IndexReaderSession.open(data.data)) {
            print(Timeline.of(index, e, m, confidence.value()), format, Streams.out());
        }
    }

    static void print(Timeline t, Format format, PrintStream out) {
        switch (format) {
            case json -> Formats.jsonLine(out, t);
            case csv -> {
                out.println("as_of,value,value_high,unit,qualifier,claim,conflict,sources,doc,url,published,sentence");
                for (TimelinePoint p : t.points()) {
                    TimelinePoint.Source s = p.sources().get(0);
                    List<String> cells = new ArrayList<>(List.of(nz(p.asOf()), Formats.number(p.value()),
                            p.valueHigh() == null ? "" : Formats.number(p.valueHigh()), p.unit(), p.qualifier(), p.claim(),
                            Boolean.toString(p.conflict()), Integer.toString(p.sources().size())));
                    cells.add(s.doc());
                    cells.add(s.url());
                    cells.add(s.published());
                    cells.add(s.sentence());
                    out.println(Formats.csvRow(cells));
                }
            }
            case text -> text(t, out);
        }
        out.flush();
    }

    private static void text(Timeline t, PrintStream out) {
        out.printf("%s · %s · %d point%s%n", t.entity(), t.metric(), t.points().size(), t.points().size() == 1 ? "" : "s");
        if (t.points().isEmpty()) {
            out.println("(no facts)");
            return;
        }
        for (TimelinePoint p : t.points()) {
            String value = (p.qualifier().equals("=") ? "" : p.qualifier().equals("range") ? "" : p.qualifier() + " ")
                    + Formats.human(p.value(), null)
                    + (p.valueHigh() == null ? "" : " – " + Formats.human(p.valueHigh(), null)) + " " + p.unit();
            out.printf("%-17s %-28s %-9s%s%n", p.asOf() == null ? "(undated)" : p.asOf(), value, p.claim(),
                    p.conflict() ? "  CONFLICT" : "");
            for (TimelinePoint.Source s : p.sources()) {
                String sentence = s.sentence().replace('\n', ' ');
                if (sentence.length() > 110) sentence = sentence.substring(0, 107) + "...";
                out.printf("    %s · %s%s%n      \"%s\"%n", nz(s.source()), nz(s.published()),
                        s.speaker() == null ? "" : " · said by " + s.speaker(), sentence);
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }
}
