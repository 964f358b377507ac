package io.factline.nlp;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns TIMEX3 values, as {@link EnglishDates} gives them (or SUTime, with {@link NlpMode#FULL}), into the periods
 * facts are dated by, and adds what SUTime does not resolve the way a reader of news does: a month without a year
 * is the latest such month before publication unless the sentence speaks of the future ("as of January" in
 * September is this January); "the coming year" is the twelve months from publication while "next year" is the
 * calendar year; "so far" is the time of writing; "the three months to December" and "October to December" are
 * one period; a year stated elsewhere in the article dates a month when the article has no published date.
 */
final class EnglishTimes {
    private static final Pattern ROLLING = Pattern.compile(
            "(?i)^the\\s+(?:coming|next|following)\\s+(?:year|12 months|twelve months)$");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b(?:19|20)\\d{2}\\b|'\\d{2}\\b");
    private static final Pattern PRESENT = Pattern.compile("(?i)\\b(?:so far(?: this year)?|to date|at present|currently|as of now|as of today)\\b");
    /** Every match of {@link #PRESENT} contains one of these. */
    private static final List<String> PRESENT_WORDS = List.of("far", "date", "present", "current", "as of");
    private static final Pattern YEAR_EARLIER = Pattern.compile(
            "(?i)\\b(?:a year (?:earlier|ago|before)|year-(?:earlier|ago)|the year-ago (?:period|quarter)|the same (?:period|quarter) (?:a year (?:earlier|ago)|last year))\\b");
    private static final Pattern HALF = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(?<h>first|second)[ -]half(?:\\s+of\\s+(?:(?<y>(?:19|20)\\d{2})|the year))?\\b|\\b(?<h2>[12])H\\s?(?<y2>(?:19|20)?\\d{2})\\b|\\bH(?<h3>[12])\\s+(?<y3>(?:19|20)\\d{2})\\b");
    private static final Pattern SPAN_BEFORE = Pattern.compile(
            "(?i)(?:the\\s+)?(?:(?<n>three|six|nine|twelve|3|6|9|12)[ -]months?|(?<u>year|quarter|half[ -]year|half|fiscal year|financial year))\\s+(?:to|ended|ending|through|until)\\s+(?:the\\s+end\\s+of\\s+)?$");
    private static final Pattern JOINER = Pattern.compile("(?i)\\s*(?:-to-|-|–|to|through|until|and)\\s*");
    /** "the final three months of 2004", "the first six months of the year". */
    private static final Pattern PART_OF_YEAR = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(?<pos>final|last|closing|first|opening)\\s+(?<n>three|six|nine|3|6|9)\\s+months\\s+of\\s+(?:(?<y>(?:19|20)\\d{2})|the\\s+year)\\b");
    /** "for the full year", "full-year profit": the year the article reports on. */
    private static final Pattern FULL_YEAR = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(?:full|whole|entire)[ -]year\\b(?!\\s+(?:to|ended|ending|through)\\b)");
    private static final Pattern PART_VALUE = Pattern.compile("(?:\\d{4}|XXXX)-([QH])([1-4])");
    private static final String MONTHS = EnglishDates.MONTH_NAMES;
    /** "October-to-December", "July to September 2004": SUTime leaves the hyphenated form untagged. */
    private static final Pattern MONTH_SPAN = Pattern.compile(
            "\\b(?<a>" + MONTHS + ")(?:-to-|\\s+to\\s+|\\s*-\\s*|\\s+through\\s+)(?<b>" + MONTHS + ")(?:\\s+(?<y>(?:19|20)\\d{2}))?\\b");
    private static final Pattern MONTH_VALUE = Pattern.compile("~?(?:\\d{4}|XXXX)-(\\d{2})(?:-(\\d{2}))?");
    /** Marks a day placed only by the article's year: it may end a span, but alone it is not dated. */
    private static final String UNPLACED = "~";

    private EnglishTimes() {
    }

    /** One time expression with its TIMEX3 type and value, as EnglishDates or SUTime found it. */
    record Timex(int start, int end, String text, String type, String value, String altValue) {
    }

    /**
     * @param sentence   the sentence text
     * @param base       its offset in the article
     * @param timexes    the sentence's time expressions (EnglishDates' or SUTime's)
     * @param published  publication day, or null
     * @param anchorYear a year the article states, used when there is no publication day; or null
     */
    static List<TimeExpression> resolve(String sentence, int base, List<Timex> timexes, LocalDate published,
                                        Integer anchorYear) {
        // Each pattern below runs only when the sentence holds a word every match of it contains (most sentences
        // name no period), and the future words, which place a date without a year, only when there is one to place.
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        boolean monthNames = EnglishDates.mayNameMonth(sentence);
        boolean spanToPlace = published != null && monthNames && MONTH_SPAN.matcher(sentence).find();
        boolean future = (!timexes.isEmpty() || spanToPlace) && FutureWords.get().inEnglish(sentence);
        List<TimeExpression> out = new ArrayList<>();
        for (Timex t : timexes) {
            TimeExpression e = one(t, published, anchorYear, future);
            if (e != null) out.add(e);
        }
        if (EnglishQuantities.containsAny(lower, PRESENT_WORDS)) {
            addMatches(out, PRESENT, sentence, base, TimeExpression.Kind.PRESENT,
                    published == null ? null : YearMonth.from(published).toString());
        }
        boolean namesYear = lower.contains("year");
        if (namesYear) addMatches(out, YEAR_EARLIER, sentence, base, TimeExpression.Kind.YEAR_EARLIER, null);
        if (lower.contains("half") || EnglishQuantities.hasDigit(sentence)) {
            Matcher h = HALF.matcher(sentence);
            while (h.find()) {
                int half = h.group("h") != null ? (h.group("h").equalsIgnoreCase("first") ? 1 : 2)
                        : Integer.parseInt(h.group("h2") != null ? h.group("h2") : h.group("h3"));
                String y = h.group("y") != null ? h.group("y") : h.group("y2") != null ? h.group("y2") : h.group("y3");
                Integer year = y != null ? Integer.valueOf(y.length() == 2 ? "20" + y : y)
                        : published != null ? Integer.valueOf(published.getYear()) : anchorYear;
                String value = year == null ? null : Periods.half(year, half);
                replaceOverlapping(out, new TimeExpression(base + h.start(), base + h.end(), h.group(), value,
                        TimeExpression.Kind.DATE));
            }
        }
        if (monthNames) {
            Matcher ms = MONTH_SPAN.matcher(sentence);
            while (ms.find()) {
                int m1 = monthNumber(ms.group("a")), m2 = monthNumber(ms.group("b"));
                Integer y2 = ms.group("y") != null ? Integer.valueOf(ms.group("y"))
                        : published != null ? Integer.valueOf(published.getYear() - (m2 > published.getMonthValue() && !future ? 1 : 0))
                        : anchorYear;
                String value = y2 == null ? null : Periods.monthInterval(m1 > m2 ? y2 - 1 : y2, m1, y2, m2);
                replaceOverlapping(out, new TimeExpression(base + ms.start(), base + ms.end(), ms.group(), value,
                        TimeExpression.Kind.DATE));
            }
        }
        if (lower.contains("month")) {
            Matcher p = PART_OF_YEAR.matcher(sentence);
            while (p.find()) {
                Integer year = p.group("y") != null ? Integer.valueOf(p.group("y"))
                        : published != null ? Integer.valueOf(published.getYear()) : anchorYear;
                String value = year == null ? null : partOfYear(year, p.group("pos"), p.group("n"));
                replaceOverlapping(out, new TimeExpression(base + p.start(), base + p.end(), p.group(), value,
                        TimeExpression.Kind.DATE));
            }
        }
        // Without a publication date, "the full year" is the year the article reports on; with one, a results
        // story may be about last year or this one, so it is left undated.
        if (published == null && anchorYear != null && namesYear) {
            addMatches(out, FULL_YEAR, sentence, base, TimeExpression.Kind.DATE, String.format("%04d", anchorYear));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<TimeExpression> combined = new ArrayList<>();
        for (TimeExpression e : combine(out, sentence, base)) {
            boolean unplaced = e.value() != null && e.value().startsWith(UNPLACED);
            combined.add(unplaced ? new TimeExpression(e.start(), e.end(), e.text(), null, e.kind()) : e);
        }
        return combined;
    }

    private static TimeExpression one(Timex t, LocalDate published, Integer anchorYear, boolean future) {
        String text = t.text();
        if ("DURATION".equals(t.type())) {
            return new TimeExpression(t.start(), t.end(), text, null, TimeExpression.Kind.DURATION);
        }
        if (!"DATE".equals(t.type())) return null;
        if (ROLLING.matcher(text.strip()).matches()) {
            return new TimeExpression(t.start(), t.end(), text,
                    published == null ? null : Periods.monthsAhead(published, 12), TimeExpression.Kind.DATE);
        }
        if (YEAR_EARLIER.matcher(text).find()) {
            return new TimeExpression(t.start(), t.end(), text, null, TimeExpression.Kind.YEAR_EARLIER);
        }
        String v = t.value();
        if ("PRESENT_REF".equals(v)) {
            return new TimeExpression(t.start(), t.end(), text,
                    published == null ? null : YearMonth.from(published).toString(), TimeExpression.Kind.PRESENT);
        }
        if (v == null) v = fromAltValue(t.altValue(), published, anchorYear);
        if (v == null) return new TimeExpression(t.start(), t.end(), text, null, TimeExpression.Kind.DATE);
        v = v.replace("-FYQ", "-Q").replaceAll("-(WI|SP|SU|FA)$", "");
        if (v.matches("\\d{4}-W\\d{2}.*")) v = v.substring(0, 4);
        boolean yearWritten = YEAR_IN_TEXT.matcher(text).find();
        Matcher pq = PART_VALUE.matcher(v);
        if (!yearWritten && pq.matches()) {
            // "fourth-quarter profits" with no year: SUTime leans forward; a report speaks of the latest such
            // quarter or half (the article's year when it has no publication date).
            Integer year = published != null ? Integer.valueOf(published.getYear()) : anchorYear;
            if (year == null) return new TimeExpression(t.start(), t.end(), text, null, TimeExpression.Kind.DATE);
            int firstMonth = pq.group(1).equals("Q") ? 3 * Integer.parseInt(pq.group(2)) - 2 : pq.group(2).equals("1") ? 1 : 7;
            if (published != null && !future && firstMonth > published.getMonthValue()) year--;
            return new TimeExpression(t.start(), t.end(), text, String.format("%04d", year) + v.substring(4),
                    TimeExpression.Kind.DATE);
        }
        Matcher mv = MONTH_VALUE.matcher(v);
        if (!yearWritten && mv.matches()) {
            // A month (and day) without a year: place it ourselves (SUTime leans forward).
            int month = Integer.parseInt(mv.group(1));
            Integer year = published != null ? Integer.valueOf(published.getYear()) : anchorYear;
            // A day without a year is an event date that only the publication date places; placed by the
            // article's year it may still end a span ("the three months to 30 November"), so it is kept, marked.
            boolean eventDay = published == null && mv.group(2) != null;
            if (year == null) return new TimeExpression(t.start(), t.end(), text, null, TimeExpression.Kind.DATE);
            if (published != null && !future && month > published.getMonthValue()) year--;
            v = (eventDay ? UNPLACED : "") + String.format("%04d", year) + v.substring(4);
            return new TimeExpression(t.start(), t.end(), text, v, TimeExpression.Kind.DATE);
        } else if (v.startsWith("XXXX")) {
            v = anchorYear == null ? null : String.format("%04d", anchorYear) + v.substring(4);
        }
        if (v != null && !v.matches("\\d{4}(-(Q[1-4]|H[12]|\\d{2}(-\\d{2})?))?")) v = null;
        if (v != null && v.length() == 4 && text.toLowerCase(Locale.ROOT).contains("end of")) v = v + "-12";
        return new TimeExpression(t.start(), t.end(), text, v, TimeExpression.Kind.DATE);
    }

    private static int monthNumber(String name) {
        return java.time.Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
    }

    private static String partOfYear(int year, String position, String count) {
        int months = switch (count.toLowerCase(Locale.ROOT)) {
            case "three", "3" -> 3;
            case "six", "6" -> 6;
            default -> 9;
        };
        boolean fromStart = position.equalsIgnoreCase("first") || position.equalsIgnoreCase("opening");
        return fromStart ? Periods.monthInterval(year, 1, year, months) : Periods.monthInterval(year, 13 - months, year, 12);
    }

    /**
     * "2020 INTERSECT P9M": the first nine months of 2020. "THIS P1Y" ("the year", "this year") without a
     * publication date: the year the article reports on.
     */
    private static String fromAltValue(String alt, LocalDate published, Integer anchorYear) {
        if (alt == null) return null;
        if (alt.equals("THIS P1Y") && published == null && anchorYear != null) return String.format("%04d", anchorYear);
        Matcher m = Pattern.compile("^(\\d{4}) INTERSECT P(\\d{1,2})M$").matcher(alt);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1)), n = Integer.parseInt(m.group(2));
            return n >= 1 && n <= 12 ? Periods.monthInterval(y, 1, y, n) : null;
        }
        return null;
    }

    /** Joins "October to December" and "the three months to December" into one period. */
    private static List<TimeExpression> combine(List<TimeExpression> list, String sentence, int base) {
        List<TimeExpression> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            TimeExpression a = list.get(i);
            if (a.kind() == TimeExpression.Kind.DATE && a.value() != null && i + 1 < list.size()) {
                TimeExpression b = list.get(i + 1);
                String gap = sentence.substring(Math.min(a.end() - base, b.start() - base), b.start() - base);
                if (b.kind() == TimeExpression.Kind.DATE && b.value() != null && JOINER.matcher(gap).matches()
                        && !gap.strip().equalsIgnoreCase("and")) {
                    String value = span(a.value(), b.value());
                    if (value != null) {
                        out.add(new TimeExpression(a.start(), b.end(), sentence.substring(a.start() - base, b.end() - base),
                                value, TimeExpression.Kind.DATE));
                        i++;
                        continue;
                    }
                }
            }
            if (a.kind() == TimeExpression.Kind.DATE && a.value() != null) {
                TimeExpression spanned = spanEndingAt(a, sentence, base);
                if (spanned != null) {
                    out.removeIf(x -> x.start() >= spanned.start() && x.end() <= a.start());
                    out.add(spanned);
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private static String span(String from, String to) {
        Matcher a = MONTH_VALUE.matcher(from), b = MONTH_VALUE.matcher(to);
        if (a.matches() && b.matches() && from.length() == 7 && to.length() == 7) {
            int y1 = Integer.parseInt(from.substring(0, 4)), y2 = Integer.parseInt(to.substring(0, 4));
            int m1 = Integer.parseInt(a.group(1)), m2 = Integer.parseInt(b.group(1));
            if (y1 == y2 && m1 > m2) y1--; // "November to January"
            if (y1 * 12 + m1 >= y2 * 12 + m2) return null;
            return Periods.monthInterval(y1, m1, y2, m2);
        }
        if (from.length() == to.length() && from.compareTo(to) < 0) return Periods.interval(from, to);
        return null;
    }

    /** "the three months to December 2004" → 2004-Q4; "the year to March 2005" → 2004-04/2005-03. */
    private static TimeExpression spanEndingAt(TimeExpression end, String sentence, int base) {
        String before = sentence.substring(0, end.start() - base);
        Matcher m = SPAN_BEFORE.matcher(before);
        if (!m.find()) return null;
        Matcher mv = MONTH_VALUE.matcher(end.value());
        if (!mv.matches()) return null;
        int months;
        if (m.group("n") != null) {
            months = switch (m.group("n").toLowerCase(Locale.ROOT)) {
                case "three", "3" -> 3;
                case "six", "6" -> 6;
                case "nine", "9" -> 9;
                default -> 12;
            };
        } else {
            String u = m.group("u").toLowerCase(Locale.ROOT);
            months = u.equals("quarter") ? 3 : u.startsWith("half") ? 6 : 12;
        }
        String endValue = end.value().replace(UNPLACED, "");
        YearMonth last = YearMonth.of(Integer.parseInt(endValue.substring(0, 4)), Integer.parseInt(mv.group(1)));
        YearMonth first = last.minusMonths(months - 1);
        String value = Periods.monthInterval(first.getYear(), first.getMonthValue(), last.getYear(), last.getMonthValue());
        int start = base + m.start();
        return new TimeExpression(start, end.end(), sentence.substring(m.start(), end.end() - base), value,
                TimeExpression.Kind.DATE);
    }

    private static void addMatches(List<TimeExpression> out, Pattern p, String sentence, int base,
                                   TimeExpression.Kind kind, String value) {
        Matcher m = p.matcher(sentence);
        while (m.find()) replaceOverlapping(out, new TimeExpression(base + m.start(), base + m.end(), m.group(), value, kind));
    }

    private static void replaceOverlapping(List<TimeExpression> out, TimeExpression e) {
        out.removeIf(x -> x.start() < e.end() && e.start() < x.end());
        out.add(e);
    }
}
