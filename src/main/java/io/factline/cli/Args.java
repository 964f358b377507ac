package io.factline.cli;

import io.factline.model.Period;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Checks and normalises argument values the way every command needs them. */
final class Args {
    private Args() {
    }

    /** A date or period for --from/--to/--published: 2020, 2020-09, 2020-09-16, 2020-Q3. */
    static LocalDate date(String value, String option, boolean upper) {
        if (value == null) return null;
        return Period.bound(value, upper).orElseThrow(() -> new UsageException(
                option + ": not a date: '" + value + "' (use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn)"));
    }

    static String publishedDate(String value) {
        if (value == null) return null;
        LocalDate d = date(value, "--published", false);
        return value.length() == 10 ? d.toString() : value;
    }

    static String claim(String value) {
        if (value == null) return null;
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!List.of("reported", "pledge", "forecast").contains(v)) {
            throw new UsageException("--claim: expected reported, pledge or forecast, not '" + value + "'");
        }
        return v;
    }
}
