package io.factline.cli;

import picocli.CommandLine.Option;

import java.time.LocalDate;

/** {@code --from} and {@code --to}: a range of days, each end a year, month, quarter or day. */
final class PeriodOptions {
    @Option(names = "--from", paramLabel = "DATE",
            description = "On or after DATE: YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD (articles by publication, facts by period).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "On or before DATE, as --from.")
    String to;

    LocalDate from() {
        return Args.date(from, "--from", false);
    }

    LocalDate to() {
        LocalDate t = Args.date(to, "--to", true), f = from();
        if (f != null && t != null && f.isAfter(t)) throw new UsageException("--from " + from + " is after --to " + to);
        return t;
    }
}
