package io.factline.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date, with its time of day when written, in visible text: {@code 2020-09-16 10:01},
 * {@code time:2020/9/16 10:01:40}, {@code 2020年9月16日 10:01}, {@code Sep 16, 2020}, {@code 16 September 2020},
 * {@code 9/17/2004 5:54:13 AM}.
 * Used for the published date of pages and texts whose metadata carries none.
 */
public final class DateFinder {
    private static final String TIME = "(?:[ T\\u00a0\\u3000]*(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?)?";
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})(?:[-/.]|\\s*年\\s*)(\\d{1,2})(?:[-/.]|\\s*月\\s*)(\\d{1,2})(?!\\d)\\s*[日号]?" + TIME);
    private static final String MONTHS =
            "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
                    + "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b" + TIME);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+((?:19|20)\\d{2})\\b" + TIME);
    /** American order, as English-language CMSs print it: {@code 9/17/2004 5:54:13 AM}; day first when it must be. */
    private static final Pattern SLASHED = Pattern.compile(
            "(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?![\\d/])" + TIME + "(?:\\s*([AaPp])\\.?[Mm]\\.?)?");
    /** A month without a day, as Chinese pages date issues and reports: {@code 1998年3月}. */
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d)");
    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private DateFinder() {
    }

    /** The first date in {@code text}, as {@code YYYY-MM-DD} or {@code YYYY-MM-DDTHH:MM[:SS]}. */
    public static Optional<String> first(String text) {
        List<Found> all = all(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).iso());
    }

    /** A date found at a position of the text. */
    record Found(int at, int end, String iso) {
    }

    /** Every date in the text, in order of position. */
    static List<Found> all(String text) {
        List<Found> out = new ArrayList<>();
        collect(NUMERIC.matcher(text), out, 1, 2, 3);
        collect(MONTH_FIRST.matcher(text), out, 3, 1, 2);
        collect(DAY_FIRST.matcher(text), out, 3, 2, 1);
        slashed(text, out);
        out.sort(Comparator.comparingInt(Found::at));
        return out;
    }

    private static void slashed(String text, List<Found> out) {
        Matcher m = SLASHED.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1)), second = Integer.parseInt(m.group(2));
            boolean dayFirst = first > 12 && second <= 12;
            String hour = m.group(4);
            if (hour != null && m.group(7) != null) {
                int h = Integer.parseInt(hour) % 12 + (Character.toLowerCase(m.group(7).charAt(0)) == 'p' ? 12 : 0);
                hour = Integer.toString(h);
            }
            String iso = iso(m.group(3), dayFirst ? m.group(2) : m.group(1), dayFirst ? m.group(1) : m.group(2), hour,
                    m.group(5), m.group(6));
            if (iso != null) out.add(new Found(m.start(), m.end(), iso));
        }
    }

    /** The first month written without a day ({@code 1998年3月} → {@code 1998-03}). */
    static Optional<String> firstMonth(String text) {
        Matcher m = YEAR_MONTH.matcher(text);
        while (m.find()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) return Optional.of(m.group(1) + "-" + (month < 10 ? "0" : "") + month);
        }
        return Optional.empty();
    }

    private static void collect(Matcher m, List<Found> out, int year, int month, int day) {
        while (m.find()) {
            // "01/2006 - 2/01/2006" is a range of two dates, not 2006-02-01: one separator throughout.
            if (m.group().chars().filter(c -> c == '-' || c == '/' || c == '.').distinct().count() > 1) continue;
            String mo = m.group(month);
            if (!Character.isDigit(mo.charAt(0))) mo = month(mo);
            String iso = iso(m.group(year), mo, m.group(day), m.group(4), m.group(5), m.group(6));
            if (iso != null) out.add(new Found(m.start(), m.end(), iso));
        }
    }

    private static String month(String name) {
        return String.valueOf(MONTH_NUMBERS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
    }

    private static String iso(String y, String mo, String d, String h, String mi, String s) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            if (h == null) return date.toString();
            LocalDateTime t = date.atTime(Integer.parseInt(h), Integer.parseInt(mi), s == null ? 0 : Integer.parseInt(s));
            return s == null ? t.toString().substring(0, 16) : t.toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
