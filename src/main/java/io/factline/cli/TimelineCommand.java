package io.factline.cli;

import io.factline.registry.NameLookup;
import io.factline.registry.Registries;
import io.factline.index.IndexReaderSession;
import io.factline.timeline.Timeline;
import io.factline.timeline.TimelineCsv;
import io.factline.timeline.TimelineHints;
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
                        + "disagree are marked as conflicts. Formats: text (default), json, csv."})
final class TimelineCommand implements Runnable {
    @Mixin
    DataOption data;

    /** Required. */
    @Mixin
    EntityOption entity;

    /** Required. */
    @Mixin
    MetricOption metric;

    @Mixin
    FormatOption format;

    @Mixin
    ConfidenceOption confidence;

    @Override
    public void run() {
        if (entity.value == null || metric.value == null) {
            throw new UsageException("timeline needs --entity and --metric (e.g. --entity Douyin --metric DAU)");
        }
        FormatOption.Format f = format.get(FormatOption.Format.text, FormatOption.Format.json, FormatOption.Format.csv);
        NameLookup names = new NameLookup(Registries.load());
        String m = metric.id(names), e = entity.id(names);
        double floor = confidence.value();
        try (IndexReaderSession index = IndexReaderSession.open(data.data)) {
            Timeline t = Timeline.of(index, e, m, floor);
            if (t.points().isEmpty()) explainEmpty(index, names, e, m, floor);
            print(t, f, Streams.out());
        }
    }

    /**
     * A timeline with no point: an entity the index has no fact about is an error that suggests close names; one
     * with facts of other metrics gets those metrics named on stderr.
     */
    private static void explainEmpty(IndexReaderSession index, NameLookup names, String entity, String metric,
                                     double floor) {
        TimelineHints hints = TimelineHints.of(index, names, entity, floor);
        if (hints.unknownEntity()) {
            List<String> close = hints.closeEntities();
            throw new LookupException("no facts about '" + entity + "' in the index"
                    + (floor > 0 ? " (of confidence " + floor + " or more)" : "")
                    + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?"));
        }
        List<String> others = new ArrayList<>();
        hints.otherMetrics().forEach((id, n) -> others.add(id + " (" + n + ")"));
        Streams.err().println("factline: " + entity + " has no " + metric + " facts; it has " + String.join(", ", others));
    }

    static void print(Timeline t, FormatOption.Format format, PrintStream out) {
        switch (format) {
            case json -> Formats.jsonLine(out, t);
            case csv -> {
                out.println(TimelineCsv.HEADER);
                TimelineCsv.rows(t).forEach(out::println);
            }
            default -> text(t, out);
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
