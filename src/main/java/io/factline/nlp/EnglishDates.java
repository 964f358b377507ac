package io.factline.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time expressions of an English sentence the way news writes them, with the TIMEX3 types and values
 * SUTime gives ({@link EnglishTimes} resolves both alike): years ("2004", "fiscal 2004", "the end of 2005", "the
 * 1990s"), quarters ("the fourth quarter of 2003", "Q3 2004", "third-quarter"), months and days ("November 2004",
 * "7 January", "December 16, 2004"), weekdays, words relative to the publication day ("last year", "this month",
 * "yesterday", "three months ago"), the time of writing ("now", "currently"), lengths of time ("five years", "the
 * three months"), and clock times ("10:30am").
 * <p>
 * SUTime matches some hundreds of token patterns at every position of every sentence, which cost three quarters of
 * English analysis; factline reads periods only in these forms, so it finds them with a few expressions over the
 * text. Like SUTime, a year-shaped number before a plural noun counts things, not a year ("2000 cars").
 */
final class EnglishDates {
    static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November"
            + "|December";
    private static final String MONTH = "(?<month>" + MONTH_NAMES + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)";
    /** Four digits, as SUTime takes them: "1875" and "2004" are years; so is a clock's "1405 GMT". */
    private static final String YEAR_DIGITS = "(?<![\\d$£€¥.,#a-z])(?<!\\d[-/–])[012]\\d{3}(?![\\d%]|[.,]\\d|[-/–]\\d)";
    private static final String YEAR = "(?<year>" + YEAR_DIGITS + ")";
    /** A day of the month, not the first of a range of days ("Jan. 25-26" is read as a range of numbers). */
    private static final String DAY = "(?<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![-–]\\d)";
    private static final String WEEKDAY = "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    /** "a year", "two", "20": what EnglishQuantities reads as a number; "several" and "a few" are no number. */
    private static final String ORDINAL = "(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)";
    private static final String COUNT = "(?<n>\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|fifteen|twenty|thirty|several|few|a few)";
    private static final String[] UNIT_CUES = {"year", "month", "week", "day", "quarter", "decade", "hour", "minute"};
    private static final String UNIT = "(?<unit>(?:" + String.join("|", UNIT_CUES) + ")s?)";
    /** Every month's name and abbreviation begins with one of these (as written: the rules want the capital). */
    private static final String[] MONTH_CUES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};
    private static final String[] SEASON_CUES = {"spring", "summer", "autumn", "winter"};
    /** Words before "May" that make it the month, not the verb ("in May", "by May 2005"). */
    private static final Pattern MAY_GOVERNED = Pattern.compile(
            "(?i)\\b(?:in|since|until|till|by|from|of|to|through|last|this|next|early|late|mid|end of|start of|during)[ -]?$");

    /**
     * A rule: a pattern over the sentence and what a match means, or null when it means nothing here. Every match
     * of a rule with cues contains one of them (a cue with a capital as written, any other in any case), so a
     * sentence without any skips the rule's scan: most sentences name no month, quarter or weekday.
     */
    private record Rule(Pattern pattern, Function<Context, Found> read, boolean needsDigit, List<String> cuesAsWritten,
                        List<String> cuesInAnyCase) {
        Rule when(String... cues) {
            List<String> asWritten = new ArrayList<>(), anyCase = new ArrayList<>();
            for (String c : cues) (c.equals(c.toLowerCase(Locale.ROOT)) ? anyCase : asWritten).add(c);
            return new Rule(pattern, read, needsDigit, List.copyOf(asWritten), List.copyOf(anyCase));
        }

        boolean mayMatch(String text, String lowerText, boolean digits) {
            if (needsDigit && !digits) return false;
            if (cuesAsWritten.isEmpty() && cuesInAnyCase.isEmpty()) return true;
            for (String cue : cuesAsWritten) if (text.contains(cue)) return true;
            for (String cue : cuesInAnyCase) if (lowerText.contains(cue)) return true;
            return false;
        }
    }

    /** What a rule reads from a match. */
    private record Found(String type, String value, String altValue) {
    }

    /** A match and what the rule needs to read it. */
    private record Context(Matcher m, LocalDate published, Sentence sentence) {
        String g(String name) {
            return m.group(name);
        }
    }

    private static final List<Rule> RULES = List.of(
            // "15 December 2004", "7 January"
            withDigits(DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?\\b", c -> day(c)).when(MONTH_CUES),
            // "December 16, 2004", "Dec. 16"
            withDigits(MONTH + "\\s+" + DAY + "(?![\\d,.]\\d)(?:,?\\s+" + YEAR + ")?\\b", c -> day(c)).when(MONTH_CUES),
            // ISO days, as tables and datelines write them
            withDigits("\\b(?<iso>(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01]))\\b",
                    c -> new Found("DATE", c.g("iso"), null)),
            // "November 2004", "December", "early March"
            rule("(?:\\b(?:early|mid|late)[ -])?" + MONTH + "(?:,?\\s+(?:of\\s+)?" + YEAR + ")?(?![\\w-])", c -> month(c))
                    .when(MONTH_CUES),
            // "the fourth quarter of 2003", "third-quarter", "the final quarter of the year"
            rule("(?i)(?:\\bthe\\s+)?(?:\\b(?:fiscal|financial)\\s+)?\\b" + ORDINAL + "[ -]quarter"
                    + "(?<of>\\s+(?:of\\s+)?(?:(?:the\\s+)?(?:fiscal|financial)\\s+(?:year\\s+)?)?(?:" + YEAR
                    + "|(?<=of\\s)the\\s+year))?\\b", c -> ordinalQuarter(c)).when("quarter"),
            // "Q3 2004", "Q4", "2004 Q1", "3Q04"
            withDigits("\\bQ(?<q>[1-4])(?:\\s*(?:" + YEAR + "|'?(?<yy>\\d{2})(?!\\d)))?\\b",
                    c -> quarter(c, Integer.parseInt(c.g("q")), true)).when("Q"),
            withDigits(YEAR + "\\s*Q(?<q>[1-4])\\b", c -> quarter(c, Integer.parseInt(c.g("q")), true)).when("Q"),
            withDigits("\\b(?<q>[1-4])Q\\s?(?:" + YEAR + "|(?<yy>\\d{2}))\\b", c -> quarter(c, Integer.parseInt(c.g("q")), true))
                    .when("Q"),
            // "last year", "this month", "next quarter", "the previous year", "the coming year"
            rule("(?i)\\b(?<rel>last|this|next|the\\s+(?:past|previous|current|coming|next|following|same))\\s+"
                    + "(?:(?:fiscal|financial)\\s+)?(?<grain>year|quarter|month|week)\\b", c -> relative(c))
                    .when("year", "quarter", "month", "week"),
            // "last October", "next summer": SUTime leaves them unplaced, and so does factline
            rule("\\b(?i:last|next)\\s+(?:" + MONTH_NAMES + "|(?i:spring|summer|autumn|winter))\\b",
                    c -> new Found("DATE", null, null)).when("last", "next"),
            // "for the year", "in the quarter": the period the article speaks of
            rule("(?i)(?:\\b(?:the\\s+)?(?:end|start|beginning|middle|close)\\s+of\\s+)?\\bthe\\s+(?<grain>year|quarter)\\b"
                    + "(?!-)", c -> current(c)).when("year", "quarter"),
            // "three months ago", "two years earlier"
            rule("(?i)\\b" + COUNT + "\\s+" + UNIT + "\\s+(?<dir>ago|earlier|before|later)\\b", c -> ago(c))
                    .when("ago", "earlier", "before", "later"),
            rule("(?i)\\b(?<word>yesterday|today|tomorrow|tonight)\\b", c -> dayWord(c))
                    .when("yesterday", "today", "tomorrow", "tonight"),
            rule("(?i)\\b(?:now|currently|current|at present|nowadays|presently)\\b",
                    c -> new Found("DATE", "PRESENT_REF", null)).when("now", "current", "present"),
            rule("(?i)\\b(?:recently|previously|lately|formerly)\\b", c -> new Found("DATE", "PAST_REF", null))
                    .when("recently", "previously", "lately", "formerly"),
            // "the 1990s", "the '90s"
            withDigits("(?i)\\b(?:the\\s+)?(?<decade>(?:19|20)\\d)0'?s\\b", c -> new Found("DATE", c.g("decade") + "X", null)),
            // "2001-2002", "2004/05": a span of years (or a month): a date, not numbers, that dates nothing alone
            withDigits("(?<![\\d$£€¥.,])(?:19|20)\\d{2}\\s*[-/–]\\s*(?:(?:19|20)\\d{2}|\\d{2})(?![\\d%])",
                    c -> new Found("DATE", null, null)),
            // "2004", "fiscal 2004", "the end of 2005", "early 2004", "mid-2006", "the year 2004"
            withDigits("(?i)(?:\\b(?:the\\s+)?(?:end|start|beginning|middle|close)\\s+of\\s+|\\b(?:early|mid|late)[ -]?|\\bthe\\s+year\\s+)?"
                    + "(?:\\b(?:fiscal|financial\\s+year|calendar\\s+year|FY)\\s*)?" + YEAR
                    + "(?!\\s*(?:%|per\\s*cent|percent)|\\s+(?:" + Currencies.get().suffixRegex() + ")\\b)", c -> year(c)),
            // "five years", "the three months", "a decade"
            rule("(?i)\\b(?:the\\s+)?(?:(?:past|last|next|first|final|coming)\\s+)?" + COUNT + "[ -]" + UNIT + "(?![\\w-])",
                    c -> duration(c)).when(UNIT_CUES),
            rule("(?i)\\b(?:a|the)\\s+(?<unit>decade|fortnight)\\b",
                    c -> new Found("DURATION", c.g("unit").equalsIgnoreCase("decade") ? "P10Y" : "P2W", null))
                    .when("decade", "fortnight"),
            // "10:30am", "3pm", "14:00"
            withDigits("(?i)\\b(?:[01]?\\d|2[0-3])(?:[:.][0-5]\\d){0,2}\\s?(?:am|pm|a\\.m\\.|p\\.m\\.|o'clock\\b)"
                    + "|\\b(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?\\b",
                    c -> new Found("TIME", null, null)),
            rule("\\b" + WEEKDAY + "\\b", c -> weekday(c)).when("day"),
            rule("\\bChristmas\\b", c -> new Found("DATE", "XXXX-12-25", null)).when("Christmas"),
            // "summer 2004", "the summer": a season dates by its year (EnglishTimes drops the season)
            withDigits("\\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\\s+(?:of\\s+)?" + YEAR + "\\b",
                    c -> new Found("DATE", c.g("year") + "-SU", null)).when(SEASON_CUES),
            rule("\\b(?:spring|summer|autumn|winter)\\b", c -> new Found("DATE", "XXXX-SU", null)).when(SEASON_CUES));

    private EnglishDates() {
    }

    /** Whether a text may name a month (as the rules write months: capitalised, in full or abbreviated). */
    static boolean mayNameMonth(String text) {
        for (String cue : MONTH_CUES) if (text.contains(cue)) return true;
        return false;
    }

    private static Rule rule(String regex, Function<Context, Found> read) {
        return new Rule(Pattern.compile(regex), read, false, List.of(), List.of());
    }

    /** A rule that cannot match without a digit: sentences without one (most of them) skip it. */
    private static Rule withDigits(String regex, Function<Context, Found> read) {
        return new Rule(Pattern.compile(regex), read, true, List.of(), List.of());
    }

    /** The time expressions of a sentence, in order, none overlapping another (the longest match first). */
    static List<EnglishTimes.Timex> find(Sentence s, LocalDate published) {
        String text = s.text();
        // Every rule's matches in rule order; a match gives way to a longer one it overlaps, or to one of the same
        // length that starts before it (or at the same place, by an earlier rule).
        List<EnglishTimes.Timex> found = new ArrayList<>();
        boolean digits = EnglishQuantities.hasDigit(text);
        String lowerText = text.toLowerCase(Locale.ROOT);
        for (Rule r : RULES) {
            if (!r.mayMatch(text, lowerText, digits)) continue;
            Matcher m = r.pattern().matcher(text);
            while (m.find()) {
                if (m.end() == m.start()) continue;
                Found f = r.read().apply(new Context(m, published, s));
                if (f == null) continue;
                found.add(new EnglishTimes.Timex(s.start() + m.start(), s.start() + m.end(), m.group(), f.type(), f.value(),
                        f.altValue()));
            }
        }
        List<EnglishTimes.Timex> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            EnglishTimes.Timex t = found.get(i);
            boolean yields = false;
            for (int j = 0; j < found.size() && !yields; j++) {
                EnglishTimes.Timex o = found.get(j);
                if (j == i || o.end() <= t.start() || t.end() <= o.start()) continue;
                int lo = o.end() - o.start(), lt = t.end() - t.start();
                yields = lo > lt || lo == lt && (o.start() < t.start() || o.start() == t.start() && j < i);
            }
            if (!yields) out.add(t);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static Found day(Context c) {
        if (!isMonth(c)) return null;
        int month = monthNumber(c.g("month")), day = Integer.parseInt(c.g("day"));
        if (day > YearMonth.of(2000, month).lengthOfMonth()) return null;
        String year = c.g("year") != null ? c.g("year") : "XXXX";
        return new Found("DATE", String.format(Locale.ROOT, "%s-%02d-%02d", year, month, day), null);
    }

    private static Found month(Context c) {
        if (!isMonth(c)) return null;
        String year = c.g("year") != null ? c.g("year") : "XXXX";
        return new Found("DATE", String.format(Locale.ROOT, "%s-%02d", year, monthNumber(c.g("month"))), null);
    }

    /** "May" is the month after a preposition or before a day or year; every other month name is one anyway. */
    private static boolean isMonth(Context c) {
        if (!c.g("month").equals("May")) return true;
        if (c.g("year") != null || groupOrNull(c, "day") != null) return true;
        String before = c.sentence().text().substring(0, c.m().start("month"));
        return MAY_GOVERNED.matcher(before).find();
    }

    /** A group of the match, or null when it did not take part or its rule has no such group. */
    private static String groupOrNull(Context c, String name) {
        try {
            return c.g(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int quarterOf(String ordinal) {
        return switch (ordinal.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }

    private static Found quarter(Context c, int q, boolean fiscal) {
        String year = groupOrNull(c, "year");
        String yy = groupOrNull(c, "yy");
        if (year == null && yy != null) year = "20" + yy;
        if (year == null) return new Found("DATE", "XXXX-Q" + q, null);
        return new Found("DATE", year + (fiscal ? "-FYQ" : "-Q") + q, null);
    }

    /** "the last quarter" is the fourth only of a year named ("the last quarter of 2004"); else it is relative. */
    private static Found ordinalQuarter(Context c) {
        boolean last = c.g("ord").equalsIgnoreCase("last");
        if (last && (c.g("of") == null || c.g("of").isBlank())) return null;
        return quarter(c, quarterOf(c.g("ord")), false);
    }

    private static Found relative(Context c) {
        String rel = c.g("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String grain = c.g("grain").toLowerCase(Locale.ROOT);
        int shift = switch (rel) {
            case "last", "the previous" -> -1;
            case "next", "the next", "the coming", "the following" -> 1;
            default -> 0; // this, the current
        };
        // "the same year" is an anaphor; "the past year" the twelve months to now, no calendar period.
        if (rel.equals("the same") || rel.equals("the past")) return new Found("DATE", null, null);
        LocalDate p = c.published();
        if (p == null) return new Found("DATE", null, shift == 0 && grain.equals("year") ? "THIS P1Y" : null);
        return new Found("DATE", periodOf(p, grain, shift), null);
    }

    /** "the year", "the quarter": the current one (an anaphor {@link io.factline.facts} may resolve otherwise). */
    private static Found current(Context c) {
        String grain = c.g("grain").toLowerCase(Locale.ROOT);
        LocalDate p = c.published();
        if (p == null) return new Found("DATE", null, grain.equals("year") ? "THIS P1Y" : "THIS P3M");
        return new Found("DATE", periodOf(p, grain, 0), null);
    }

    /** The year, quarter, month or week of a day, moved by {@code shift} of them; a week as SUTime writes it. */
    private static String periodOf(LocalDate p, String grain, int shift) {
        return switch (grain) {
            case "year" -> Periods.year(p.getYear() + shift);
            case "quarter" -> {
                LocalDate d = p.plusMonths(3L * shift);
                yield Periods.quarter(d.getYear(), d.get(IsoFields.QUARTER_OF_YEAR));
            }
            case "month" -> {
                YearMonth m = YearMonth.from(p).plusMonths(shift);
                yield Periods.month(m.getYear(), m.getMonthValue());
            }
            default -> {
                LocalDate d = p.plusWeeks(shift);
                yield String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
        };
    }

    /** "three months ago", "two years later": the day (or year) so far from publication. */
    private static Found ago(Context c) {
        double n = EnglishQuantities.number(c.g("n"));
        Integer count = Double.isNaN(n) ? null : (int) n;
        String unit = c.g("unit").toLowerCase(Locale.ROOT).replaceAll("s$", "");
        LocalDate p = c.published();
        if (count == null || p == null || unit.equals("hour") || unit.equals("minute")) return new Found("DATE", null, null);
        int sign = c.g("dir").equalsIgnoreCase("later") ? 1 : -1;
        ChronoUnit u = switch (unit) {
            case "year" -> ChronoUnit.YEARS;
            case "decade" -> ChronoUnit.DECADES;
            case "quarter" -> ChronoUnit.MONTHS;
            case "month" -> ChronoUnit.MONTHS;
            case "week" -> ChronoUnit.WEEKS;
            default -> ChronoUnit.DAYS;
        };
        long amount = unit.equals("quarter") ? 3L * count : count;
        if (amount > 200) return new Found("DATE", null, null);
        LocalDate d = p.plus(sign * amount, u);
        return new Found("DATE", u == ChronoUnit.YEARS || u == ChronoUnit.DECADES ? Periods.year(d.getYear())
                : d.toString(), null);
    }

    private static Found dayWord(Context c) {
        LocalDate p = c.published();
        if (p == null) return new Found("DATE", null, null);
        return new Found("DATE", switch (c.g("word").toLowerCase(Locale.ROOT)) {
            case "yesterday" -> p.minusDays(1).toString();
            case "tomorrow" -> p.plusDays(1).toString();
            default -> p.toString();
        }, null);
    }

    /** A weekday is the one of the publication week, as SUTime places it. */
    private static Found weekday(Context c) {
        LocalDate p = c.published();
        if (p == null) return new Found("DATE", null, null);
        DayOfWeek d = DayOfWeek.valueOf(c.g("weekday").toUpperCase(Locale.ROOT));
        return new Found("DATE", p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(d.getValue() - 1L)
                .toString(), null);
    }

    /** A year, unless the number counts things: followed, past any adjectives, by a plural noun that is no time. */
    private static Found year(Context c) {
        int end = c.sentence().start() + c.m().end("year");
        List<Token> tokens = c.sentence().tokens();
        int i = 0;
        while (i < tokens.size() && tokens.get(i).end() <= end) i++;
        while (i < tokens.size() && tokens.get(i).pos() != null && tokens.get(i).pos().startsWith("JJ")) i++;
        if (i < tokens.size() && "NNS".equals(tokens.get(i).pos()) && !isTimeWord(tokens.get(i).word())) return null;
        return new Found("DATE", c.g("year"), null);
    }

    private static boolean isTimeWord(String w) {
        return w.toLowerCase(Locale.ROOT).matches("years|months|weeks|days|quarters|decades|hours|minutes|seasons");
    }

    private static Found duration(Context c) {
        String n = c.g("n").toLowerCase(Locale.ROOT);
        String unit = c.g("unit").toUpperCase(Locale.ROOT).substring(0, 1);
        return new Found("DURATION", "P" + (n.chars().allMatch(Character::isDigit) ? n : "X") + unit, null);
    }

    private static int monthNumber(String name) {
        String n = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (java.time.Month m : java.time.Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) return m.getValue();
        }
        throw new IllegalArgumentException(name);
    }
}
