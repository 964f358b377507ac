package io.factline.nlp;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and resolves the time expressions of Chinese text: {@code 2020年8月底}, {@code 2021年第二季度},
 * {@code 2019年上半年}, {@code 今年上半年}, {@code 去年}, {@code 截至1月}, {@code Q2}, {@code 前三季度},
 * {@code 1月1日至1月16日}, {@code 未来一年}, {@code 目前}. Expressions without a year take it from the published
 * date (a month later in the year than publication is last year's, unless the sentence speaks of the future),
 * else from a year stated earlier in the article; with neither, the value is null.
 */
public final class ChineseTimes {
    private static final String CN = "〇零一二两三四五六七八九十";
    private static final String YEAR = "(?:(?<y>(?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})\\s*(?:财年|年度|年|(?=财报|年报|业绩))|FY\\s*(?<fy>(?:19|20)\\d{2})"
            + "|(?<ry>今年|去年|前年|明年|本年|上年|当年|同年|上一年|后年))";
    private static final String SUB = "(?:(?<m>\\d{1,2}|[" + CN + "]{1,2})\\s*月份?\\s*(?:(?<d>\\d{1,2}|[" + CN + "]{1,3})\\s*[日号])?"
            + "(?<mpos>底|末|初|中旬|上旬|下旬)?"
            + "|第(?<q>[一二三四1-4])\\s*季度?(?:末|底)?|(?<qb>[一二三四1-4])\\s*季度(?:末|底)?|[Qq](?<q2>[1-4])"
            + "|(?<h>上|下)半年(?<hpos>末|底)?|前(?<qn>[二三两23])个?季度|(?<ye>年底|年末|底|末|年初|初)|全年)";
    /** A year, a part of a year, or both; empty matches are skipped. */
    private static final Pattern EXPR = Pattern.compile(YEAR + "?\\s*" + SUB + "?");
    private static final Pattern PRESENT = Pattern.compile("截至目前|截止目前|迄今为止|迄今|至今|目前|当前|现阶段|如今|眼下|当下");
    private static final Pattern AHEAD = Pattern.compile("(?:未来|今后|接下来的?)\\s*(\\d+|[" + CN + "]{1,2})\\s*(个月|年)(?:内|里|中)?");
    private static final Pattern RANGE_JOINER = Pattern.compile("\\s*(?:至|到|-|－|—|–|~|～)\\s*");

    private ChineseTimes() {
    }

    /**
     * @param text       a sentence
     * @param base       its offset in the article
     * @param published  the article's publication day, or null
     * @param anchorYear a year the article stated before this sentence, or null
     */
    public static List<TimeExpression> find(String text, int base, LocalDate published, Integer anchorYear) {
        String s = ChineseNumerals.halfWidth(text);
        boolean future = FutureWords.get().inChinese(s);
        List<Resolved> found = new ArrayList<>();
        Matcher m = EXPR.matcher(s);
        while (m.find()) {
            if (m.end() == m.start()) continue;
            Resolved r = resolve(m, published, anchorYear, future);
            if (r != null) found.add(r);
        }
        List<TimeExpression> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Resolved a = found.get(i);
            if (i + 1 < found.size()) {
                Resolved b = found.get(i + 1);
                if (RANGE_JOINER.matcher(s.substring(a.end, b.start)).matches()) {
                    String value = rangeValue(a, b);
                    out.add(new TimeExpression(base + a.start, base + b.end, text.substring(a.start, b.end), value,
                            TimeExpression.Kind.DATE));
                    i++;
                    continue;
                }
            }
            out.add(new TimeExpression(base + a.start, base + a.end, text.substring(a.start, a.end), a.value,
                    TimeExpression.Kind.DATE));
        }
        Matcher p = PRESENT.matcher(s);
        while (p.find()) {
            if (overlaps(out, base + p.start(), base + p.end())) continue;
            String value = published == null ? null : YearMonth.from(published).toString();
            out.add(new TimeExpression(base + p.start(), base + p.end(), p.group(), value, TimeExpression.Kind.PRESENT));
        }
        Matcher a = AHEAD.matcher(s);
        while (a.find()) {
            OptionalDouble n = ChineseNumerals.parse(a.group(1));
            if (n.isEmpty() || overlaps(out, base + a.start(), base + a.end())) continue;
            int months = (int) n.getAsDouble() * (a.group(2).equals("年") ? 12 : 1);
            String value = published == null ? null : Periods.monthsAhead(published, months);
            out.add(new TimeExpression(base + a.start(), base + a.end(), a.group(), value, TimeExpression.Kind.DATE));
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /** A matched expression, with the year it resolved to kept for ranges written "1月1日至16日". */
    private record Resolved(int start, int end, String value, Integer year, boolean explicitYear) {
    }

    private static Resolved resolve(Matcher m, LocalDate published, Integer anchorYear, boolean future) {
        Integer year = null;
        boolean explicit = false;
        boolean hasYearPart = m.group("y") != null || m.group("fy") != null || m.group("ry") != null;
        if (m.group("y") != null) {
            year = yearNumber(m.group("y"));
            explicit = true;
        } else if (m.group("fy") != null) {
            year = Integer.parseInt(m.group("fy"));
            explicit = true;
        } else if (m.group("ry") != null) {
            Integer ref = published != null ? Integer.valueOf(published.getYear()) : null;
            if (ref != null) year = ref + relativeYear(m.group("ry"));
        }
        if (year == null && !hasYearPart && published != null) year = published.getYear();
        // A day without a year is an event date: only the publication date places it, not a year named elsewhere.
        if (year == null && !hasYearPart && anchorYear != null && m.group("d") == null) year = anchorYear;
        if (year != null && (year < 1900 || year > 2100)) return null;

        String value = null;
        if (m.group("m") != null) {
            int month = (int) ChineseNumerals.parse(m.group("m")).orElse(0);
            if (month < 1 || month > 12) return null;
            if (year != null && !hasYearPart && published != null && !future && month > published.getMonthValue()) {
                year = year - 1;
            }
            if (year != null) {
                if (m.group("d") != null) {
                    int day = (int) ChineseNumerals.parse(m.group("d")).orElse(0);
                    try {
                        value = Periods.day(year, month, day);
                    } catch (java.time.DateTimeException e) {
                        return null;
                    }
                } else {
                    value = Periods.month(year, month);
                }
            }
        } else if (m.group("q") != null || m.group("qb") != null || m.group("q2") != null) {
            String q = m.group("q") != null ? m.group("q") : m.group("qb") != null ? m.group("qb") : m.group("q2");
            int quarter = (int) ChineseNumerals.parse(q).orElse(0);
            if (year != null && !hasYearPart && published != null && !future
                    && (quarter - 1) * 3 + 1 > published.getMonthValue()) {
                year = year - 1;
            }
            if (year != null) value = Periods.quarter(year, quarter);
        } else if (m.group("h") != null) {
            int half = m.group("h").equals("上") ? 1 : 2;
            if (year != null && !hasYearPart && published != null && !future && half == 2 && published.getMonthValue() < 7) {
                year = year - 1;
            }
            if (year != null) value = Periods.half(year, half);
        } else if (m.group("qn") != null) {
            int n = (int) ChineseNumerals.parse(m.group("qn")).orElse(0);
            if (year != null) value = Periods.interval(Periods.quarter(year, 1), Periods.quarter(year, n));
        } else if (m.group("ye") != null) {
            String ye = m.group("ye");
            if (!hasYearPart) return null;
            if (year != null) value = ye.endsWith("初") ? Periods.year(year) : Periods.month(year, 12);
        } else {
            if (!hasYearPart) return null;
            if (year != null) value = Periods.year(year);
        }
        return new Resolved(m.start(), m.end(), value, year, explicit);
    }

    private static String rangeValue(Resolved a, Resolved b) {
        if (a.value == null || b.value == null) return null;
        String to = b.value;
        // "1月1日至1月16日" and "2005至2007年": the second end is written in full or shares the first's year.
        if (!b.explicitYear && a.year != null && b.year != null && !a.year.equals(b.year) && a.explicitYear) {
            to = a.year + b.value.substring(4);
        }
        if (a.value.equals(to)) return a.value;
        return Periods.interval(a.value, to);
    }

    private static int relativeYear(String word) {
        return switch (word) {
            case "去年", "上年", "上一年" -> -1;
            case "前年" -> -2;
            case "明年" -> 1;
            case "后年" -> 2;
            default -> 0;
        };
    }

    private static int yearNumber(String y) {
        if (Character.isDigit(y.charAt(0))) return Integer.parseInt(y);
        StringBuilder sb = new StringBuilder();
        for (char c : y.toCharArray()) sb.append(ChineseNumerals.digit(c));
        return Integer.parseInt(sb.toString());
    }

    private static boolean overlaps(List<TimeExpression> list, int start, int end) {
        for (TimeExpression t : list) if (start < t.end() && t.start() < end) return true;
        return false;
    }
}
