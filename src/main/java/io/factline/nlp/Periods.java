package io.factline.nlp;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * ISO period strings as the fact contract writes them: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD},
 * {@code YYYY-Qn}, {@code YYYY-Hn} and intervals {@code start/end}.
 */
public final class Periods {
    private Periods() {
    }

    public static String year(int y) {
        return String.format("%04d", y);
    }

    public static String month(int y, int m) {
        return YearMonth.of(y, m).toString();
    }

    public static String day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toString();
    }

    public static String quarter(int y, int q) {
        return year(y) + "-Q" + q;
    }

    public static String half(int y, int h) {
        return year(y) + "-H" + h;
    }

    public static String interval(String from, String to) {
        return from + "/" + to;
    }

    /** The twelve months from the month of {@code anchor}: "the coming year", "未来一年". */
    public static String monthsAhead(LocalDate anchor, int months) {
        YearMonth from = YearMonth.from(anchor);
        return interval(from.toString(), from.plusMonths(months).toString());
    }

    /** A three-month interval that is a calendar quarter is written as the quarter. */
    public static String monthInterval(int y1, int m1, int y2, int m2) {
        if (y1 == y2 && m1 % 3 == 1 && m2 == m1 + 2) return quarter(y1, (m1 + 2) / 3);
        if (y1 == y2 && (m1 == 1 && m2 == 6 || m1 == 7 && m2 == 12)) return half(y1, m1 == 1 ? 1 : 2);
        if (y1 == y2 && m1 == 1 && m2 == 12) return year(y1);
        return interval(month(y1, m1), month(y2, m2));
    }

    /** The year a period starts in, or -1 when the string is not a period. */
    public static int startYear(String period) {
        if (period == null || period.length() < 4) return -1;
        try {
            return Integer.parseInt(period.substring(0, 4));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
