package io.factline.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first and last day an {@code as_of} period covers: {@code 2020} → 2020-01-01..2020-12-31,
 * {@code 2020-Q2} → 2020-04-01..2020-06-30, {@code 2020-09/2021-09} → 2020-09-01..2021-09-30.
 */
public record Period(LocalDate first, LocalDate last) {
    private static final Pattern ONE = Pattern.compile("(\\d{4})(?:-(?:Q([1-4])|H([12])|(\\d{2})(?:-(\\d{2}))?))?");

    public static Optional<Period> parse(String asOf) {
        if (asOf == null || asOf.isBlank()) return Optional.empty();
        String[] parts = asOf.split("/");
        if (parts.length > 2) return Optional.empty();
        Optional<Period> a = one(parts[0]);
        if (parts.length == 1 || a.isEmpty()) return a;
        return one(parts[1]).map(b -> new Period(a.get().first, b.last));
    }

    private static Optional<Period> one(String s) {
        Matcher m = ONE.matcher(s.strip());
        if (!m.matches()) return Optional.empty();
        try {
            int y = Integer.parseInt(m.group(1));
            if (m.group(2) != null) {
                int q = Integer.parseInt(m.group(2));
                YearMonth from = YearMonth.of(y, (q - 1) * 3 + 1);
                return Optional.of(new Period(from.atDay(1), from.plusMonths(2).atEndOfMonth()));
            }
            if (m.group(3) != null) {
                YearMonth from = YearMonth.of(y, m.group(3).equals("1") ? 1 : 7);
                return Optional.of(new Period(from.atDay(1), from.plusMonths(5).atEndOfMonth()));
            }
            if (m.group(5) != null) {
                LocalDate d = LocalDate.of(y, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
                return Optional.of(new Period(d, d));
            }
            if (m.group(4) != null) {
                YearMonth ym = YearMonth.of(y, Integer.parseInt(m.group(4)));
                return Optional.of(new Period(ym.atDay(1), ym.atEndOfMonth()));
            }
            return Optional.of(new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A date the user typed for --from/--to: a period, whose first (or last) day counts. */
    public static Optional<LocalDate> bound(String s, boolean upper) {
        return parse(s).map(p -> upper ? p.last : p.first);
    }
}
