package io.factline.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers, amounts of money and percentages of Chinese text and expands them: {@code 6亿},
 * {@code 4.84亿}, {@code 9,270万台}, {@code ７.１ 亿元}, {@code 四千万}, {@code 数千万} (a floor), {@code 300多万},
 * {@code 12%}, {@code 百分之十二}, {@code 49.77亿元人民币}, {@code US$5亿}, and ranges whose ends share the
 * multiplier and the currency ({@code 450-600万}, {@code 9000亿元至9700亿元}).
 */
public final class ChineseQuantities {
    private static final String CN_DIGITS = "零〇一二两三四五六七八九";
    private static final String MULTIPLIERS = "十百千万亿兆";
    private static final String COUNTERS = "人次|户|台|人|名|家|辆|部|个|次|单|件|位|款|笔|只|套|张|条|篇|份|所|座|倍|项|架|场|股";
    private static final Pattern QUANTITY;
    private static final Pattern PERCENT_WORDS = Pattern.compile(
            "百分之([" + CN_DIGITS + "十百点]+|\\d+(?:\\.\\d+)?)");
    /** 七成, 近三成: tenths, how Chinese rounds a share (not 成本, 成功, 成为, 成立…). */
    private static final Pattern TENTHS = Pattern.compile(
            "(?<![\\d.一二两三四五六七八九十])([一二两三四五六七八九]|\\d(?:\\.\\d)?)成(?![本功员立为交长果绩都了熟型品效])");
    private static final Pattern DURATION_UNIT = Pattern.compile(
            "\\s*(?:个?半?年(?![收营销度化均增薪])|个?半?月(?![活均度销])|个月|天|周|星期|小时|分钟|秒|岁)");
    /** 千万级, 亿级: an order of magnitude, a floor (guidelines: 千万级 → 10000000, at least). */
    private static final Pattern ORDER_OF_MAGNITUDE = Pattern.compile(
            "(?<![\\d.数几上一二两三四五六七八九十百千万亿])((?:十|百|千)?(?:万|亿)|千|百)(?:量级|级)(人民币|美元|港元|元)?");
    private static final Pattern RANGE_JOINER = Pattern.compile("\\s*(?:-|－|—|–|~|～|至|到)\\s*");

    static {
        Currencies c = Currencies.get();
        String number = "(?<vague>[数几上](?=[十百千万亿]))?"
                + "(?<num>\\d+(?:,\\d{3})*(?:\\.\\d+)?|[" + CN_DIGITS + MULTIPLIERS + "]+(?:点[" + CN_DIGITS + "]+)?)";
        QUANTITY = Pattern.compile(
                "(?<pre>(?:" + c.prefixRegex() + ")\\s*)?"
                        + number
                        + "(?<more>[多余])?"
                        + "(?<mult>\\s*[" + MULTIPLIERS + "]+)?"
                        + "(?<more2>[多余])?"
                        + "(?:\\s*(?<cur>" + c.suffixRegex() + "))?"
                        + "(?<pct>\\s*%)?"
                        + "(?<counter>" + COUNTERS + ")?");
    }

    private ChineseQuantities() {
    }

    /**
     * @param text      a sentence
     * @param base      offset of {@code text} in the article
     * @param tokens    the sentence's words (to tell 千万 the number from 千万 the adverb, 万 in 万达)
     * @param blocked   spans already taken (time expressions), as article offsets
     */
    public static List<Quantity> find(String text, int base, List<Token> tokens, List<int[]> blocked) {
        String s = ChineseNumerals.halfWidth(text);
        List<RawQuantity> raws = new ArrayList<>();
        Matcher m = QUANTITY.matcher(s);
        while (m.find()) {
            RawQuantity r = raw(m, base);
            if (r == null || overlaps(r.start(), r.end(), blocked)) continue;
            if (!digitsOnly(m.group("num")) && !isNumeralWord(base + m.start("num"), tokens)) continue;
            if (r.scale() == 1 && r.currency() == null && !r.percent() && r.counter() == null && EnglishQuantities.isYear(m.group("num"))) {
                continue;
            }
            if (touchesLatin(s, m.start(), r.end() - base)) continue;
            // 1药网, 58同城, 亿航216销量, "36 Kr": a bare number written into a name or a model is part of it.
            if (r.scale() == 1 && r.currency() == null && !r.percent() && r.counter() == null && partOfName(s, r.end() - base)) {
                continue;
            }
            // 第三 is a rank, 两位数 a number of digits: neither is an amount.
            if (m.start() > 0 && s.charAt(m.start() - 1) == '第' || s.startsWith("位数", r.end() - base)) continue;
            if (r.scale() < 1e4 && r.currency() == null && isDuration(s, r.end() - base)) continue;
            int minus = minusSign(s, m.start(), base, raws, blocked);
            if (minus >= 0) r = r.negative(base + minus);
            raws.add(r);
        }
        Matcher p = PERCENT_WORDS.matcher(s);
        while (p.find()) {
            OptionalDouble v = ChineseNumerals.parse(p.group(1));
            if (v.isEmpty()) continue;
            raws.removeIf(r -> r.start() < base + p.end() && base + p.start() < r.end());
            raws.add(new RawQuantity(base + p.start(), base + p.end(), v.getAsDouble(), 1, false, null, true, false,
                    null, false, false));
        }
        Matcher t = TENTHS.matcher(s);
        while (t.find()) {
            OptionalDouble v = ChineseNumerals.parse(t.group(1));
            if (v.isEmpty() || overlaps(base + t.start(), base + t.end(), blocked)) continue;
            raws.removeIf(r -> r.start() < base + t.end() && base + t.start() < r.end());
            raws.add(new RawQuantity(base + t.start(), base + t.end(), v.getAsDouble() * 10, 1, false, null, true, false,
                    null, false, false));
        }
        raws.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Quantity> out = new ArrayList<>(RawQuantity.join(raws, text, base, (a, b) -> isRange(a, b, text, base)));
        Matcher o = ORDER_OF_MAGNITUDE.matcher(s);
        while (o.find()) {
            int from = base + o.start(), to = base + o.end();
            if (overlaps(from, to, blocked)) continue;
            OptionalDouble v = ChineseNumerals.parse("1" + o.group(1));
            if (v.isEmpty()) continue;
            String currency = o.group(2) == null ? null : Currencies.get().bySuffix(o.group(2)).orElse(null);
            out.removeIf(q -> q.start() < to && from < q.end());
            out.add(new Quantity(from, to, text.substring(o.start(), o.end()),
                    currency != null ? QuantityKind.MONEY : QuantityKind.NUMBER, v.getAsDouble(), null, currency, true,
                    ">=", null));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * Where a minus sign written before the number at {@code at} stands (净利润为-1.2亿元, 去年同期为-3500万元), or -1.
     * A dash right after another amount or a date joins a range (3150万元-3250万元, 2021年-2022年), and one after a
     * Latin letter or a digit is part of a name or a code: neither is a sign.
     */
    private static int minusSign(String s, int at, int base, List<RawQuantity> before, List<int[]> blocked) {
        int i = at - 1;
        if (i < 0 || "-－−".indexOf(s.charAt(i)) < 0) return -1;
        int j = i - 1;
        while (j >= 0 && Character.isWhitespace(s.charAt(j))) j--;
        if (j >= 0) {
            char p = s.charAt(j);
            if (Character.isLetterOrDigit(p) && Character.UnicodeScript.of(p) != Character.UnicodeScript.HAN
                    || p == '%' || "-－−—–~～".indexOf(p) >= 0) {
                return -1;
            }
            int end = base + j + 1;
            for (RawQuantity r : before) if (r.end() == end) return -1;
            for (int[] b : blocked) if (b[1] == end) return -1;
        }
        return i;
    }

    private static boolean partOfName(String s, int end) {
        if (end >= s.length()) return false;
        char next = s.charAt(end);
        if (Character.UnicodeScript.of(next) == Character.UnicodeScript.HAN) {
            return "年月日时分秒天周倍成多余万亿千百十".indexOf(next) < 0 && !s.startsWith("位数", end);
        }
        return next == ' ' && end + 1 < s.length() && Character.isUpperCase(s.charAt(end + 1));
    }

    private static RawQuantity raw(Matcher m, int base) {
        String num = m.group("num");
        String mult = m.group("mult");
        boolean vague = m.group("vague") != null;
        OptionalDouble n = ChineseNumerals.parse((vague ? m.group("vague") : "") + num);
        if (n.isEmpty()) return null;
        double scale = 1;
        if (mult != null) {
            OptionalDouble sc = ChineseNumerals.parse("1" + mult.strip());
            if (sc.isEmpty()) return null;
            scale = sc.getAsDouble();
        }
        String currency = null;
        String pre = m.group("pre");
        if (pre != null) currency = Currencies.get().byPrefix(pre).orElse(null);
        if (m.group("cur") != null) currency = Currencies.get().bySuffix(m.group("cur")).orElse(currency);
        boolean more = m.group("more") != null || m.group("more2") != null;
        // A counter word after an amount of money is the next word, not a unit of it (5亿元股权融资).
        String counter = currency == null && m.group("pct") == null ? m.group("counter") : null;
        int end = counter == null && m.group("counter") != null ? m.start("counter") : m.end();
        return new RawQuantity(base + m.start(), base + end, n.getAsDouble(), scale, mult != null, currency,
                m.group("pct") != null, false, counter, vague, more);
    }

    private static boolean isRange(RawQuantity a, RawQuantity b, String text, int base) {
        String gap = text.substring(a.end() - base, b.start() - base);
        return RANGE_JOINER.matcher(gap).matches() && a.percent() == b.percent()
                && (a.currency() == null || b.currency() == null || a.currency().equals(b.currency()));
    }

    private static boolean digitsOnly(String num) {
        return Character.isDigit(num.charAt(0));
    }

    /** A numeral written in characters must be a word of its own (m/mq), not part of 万达 or the adverb 千万. */
    private static boolean isNumeralWord(int start, List<Token> tokens) {
        for (Token t : tokens) {
            if (t.start() <= start && start < t.end()) {
                return t.start() == start && (t.pos().startsWith("m") || t.pos().startsWith("q"));
            }
        }
        return true;
    }

    /**
     * Digits glued to Latin letters are codes and names (B2B, 5G, iPhone12, 00700.HK), not quantities; a
     * quantity that ends in a Chinese unit (10亿元D轮) is followed by a new word.
     */
    private static boolean touchesLatin(String s, int from, int to) {
        boolean before = from > 0 && isLatin(s.charAt(from - 1)) && Character.isDigit(s.charAt(from));
        boolean endsInDigit = to > 0 && Character.isDigit(s.charAt(to - 1));
        boolean after = endsInDigit && to < s.length() && (isLatin(s.charAt(to))
                || s.charAt(to) == '.' && to + 1 < s.length() && isLatin(s.charAt(to + 1)));
        return before || after;
    }

    /** "两年半", "3个月", "5天": a length of time, not a count. */
    private static boolean isDuration(String s, int end) {
        return DURATION_UNIT.matcher(s).region(end, s.length()).lookingAt();
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetter(c);
    }

    private static boolean overlaps(int start, int end, List<int[]> spans) {
        for (int[] sp : spans) if (start < sp[1] && sp[0] < end) return true;
        return false;
    }
}
