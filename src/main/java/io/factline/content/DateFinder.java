package io.factline.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date, with its time of day when written, in visible text: {@code 2020-09-16 10:01},
 * {@code time:2020/9/16 10:01:40}, {@code 2020年9月16日 10:01}, {@code Sep 16, 2020}, {@code 16 September 2020}.
 * Used for the published date of pages and texts whose metadata carries none.
 */
public final class DateFinder {
    private static final String TIME = "(?:[ T\\u00a0\\u3000]*(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?)?";
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)\\s*[日号]?" + TIME);
    private static final String MONTHS =
            "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
                    + "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b" + TIME);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+((?:19|20)\\d{2})\\b" + TIME);
    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private DateFinder() {
    }

    /** The first date in {@code text}, as {@code YYYY-MM-DD} or {@code YYYY-MM-DDTHH:MM[:SS]}. */
    public static Optional<String> first(String text) {
        Found best = null;
        for (Found f : new Found[]{numeric(text), monthFirst(text), dayFirst(text)}) {
            if (f != null && (best == null || f.at < best.at)) best = f;
        }
        return best == null ? Optional.empty() : Optional.of(best.iso);
    }

    private record Found(int at, String iso) {
    }

    private static Found numeric(String text) {
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            String iso = iso(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6));
            if (iso != null) return new Found(m.start(), iso);
        }
        return null;
    }

    private static Found monthFirst(String text) {
        Matcher m = MONTH_FIRST.matcher(text);
        while (m.find()) {
            String iso = iso(m.group(3), month(m.group(1)), m.group(2), m.group(4), m.group(5), m.group(6));
            if (iso != null) return new Found(m.start(), iso);
        }
        return null;
    }

    private static Found dayFirst(String text) {
        Matcher m = DAY_FIRST.matcher(text);
        while (m.find()) {
            String iso = iso(m.group(3), month(m.group(2)), m.group(1), m.group(4), m.group(5), m.group(6));
            if (iso != null) return new Found(m.start(), iso);
        }
        return null;
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
