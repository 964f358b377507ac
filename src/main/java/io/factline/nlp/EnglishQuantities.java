package io.factline.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers, amounts of money and percentages of English text and expands them as business news
 * writes them: {@code 600 million}, {@code 41.7 billion yuan}, {@code $1.13bn}, {@code £600m}, {@code A$30m},
 * {@code $950M}, {@code 10.8bn kronor}, {@code 12%}, {@code five million}, {@code nine out of 10} (0.9),
 * {@code millions of} (a floor), and ranges ({@code $4.2bn to $4.35bn}, {@code 4.2-4.35 billion},
 * {@code between 3 and 5 million}); "from X to Y" is a change, not a range.
 */
public final class EnglishQuantities {
    private static final Map<String, Double> MULTIPLIERS = Map.ofEntries(
            Map.entry("trillion", 1e12), Map.entry("tn", 1e12), Map.entry("trn", 1e12),
            Map.entry("billion", 1e9), Map.entry("bn", 1e9), Map.entry("bln", 1e9), Map.entry("b", 1e9),
            Map.entry("million", 1e6), Map.entry("mn", 1e6), Map.entry("mln", 1e6), Map.entry("m", 1e6),
            Map.entry("thousand", 1e3), Map.entry("k", 1e3), Map.entry("hundred", 1e2), Map.entry("crore", 1e7),
            Map.entry("lakh", 1e5));
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    private static final String WORD_NUMBER = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
            + "|sixteen|seventeen|eighteen|nineteen|an?";
    private static final Pattern QUANTITY;
    /** "half of India's car sales", "more than a quarter of the market": a share written in words. */
    private static final Pattern FRACTION = Pattern.compile(
            "(?i)\\b(?:(?:a|one)[ -](?:quarter|third|half)|half|two[ -]thirds|three[ -]quarters)(?= of\\b)");
    private static final Pattern OUT_OF = Pattern.compile(
            "(?i)\\b(?<a>\\d+|" + WORD_NUMBER + ")\\s+(?:out\\s+)?of\\s+(?:every\\s+)?(?<b>10|ten|100|a hundred|five|5|four|4|three|3)\\b"
                    + "(?!\\s*(?:%|percent|million|billion|thousand|bn|m\\b))");
    private static final Pattern VAGUE = Pattern.compile(
            "(?i)\\b(?<lead>tens of |hundreds of )?(?<unit>thousands|millions|billions)\\s+of\\b");
    private static final Pattern CHANGE_BEFORE = Pattern.compile(
            "(?i)\\b(?:by|rose|rise|rises|risen|fell|fall|falls|grew|grow|grows|increased|decreased|jumped|climbed"
                    + "|dropped|declined|slipped|gained|added|boosted|raised|cut|up|down|surged|soared|slumped)$");
    private static final Pattern NEXT_WORD = Pattern.compile(" ?([A-Za-z]{2,})");
    /** Words after "5m", "100k" that make it a length, a distance or a race, not a count. */
    private static final java.util.Set<String> DIMENSIONS = java.util.Set.of("long", "high", "tall", "wide", "deep",
            "away", "above", "below", "under", "over", "sprint", "race", "run", "hurdles", "metres", "meters", "from",
            "to", "and", "or", "in", "of", "at", "on", "per", "by", "for", "with");
    /** Every match of {@link #OUT_OF} contains "of" and one of these wholes ("100" contains "10"). */
    private static final List<String> WHOLES_OF_SHARES = List.of("10", "5", "4", "3", "ten", "hundred", "five", "four",
            "three");
    /** Every match of {@link #FRACTION} contains one of these. */
    private static final List<String> FRACTION_WORDS = List.of("half", "third", "quarter");
    /** Every match of {@link #VAGUE} contains one of these. */
    private static final List<String> VAGUE_WORDS = List.of("thousands", "millions", "billions");
    /**
     * Without a digit, a sentence holds a quantity only in words, and every such quantity contains one of these:
     * a multiplier after a number word ("five million"; "millions of" contains one too), the whole of a share or a
     * fraction. The many sentences with none skip the scans.
     */
    private static final List<String> WORDS_OF_QUANTITIES_WITHOUT_DIGITS = java.util.stream.Stream.of(
                    List.of("hundred", "thousand", "million", "billion", "trillion"), WHOLES_OF_SHARES, FRACTION_WORDS)
            .flatMap(List::stream).toList();
    private static final Pattern RANGE_JOINER = Pattern.compile("(?i)\\s*(?:-|–|—|to|and)\\s*");

    static {
        Currencies c = Currencies.get();
        QUANTITY = Pattern.compile(
                "(?<pre>(?:" + c.prefixRegex() + ")\\s?)?"
                        + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+|(?i:" + WORD_NUMBER + ")(?=\\s+(?i:hundred|thousand|million|billion|trillion)))"
                        + "(?:(?<attached>bn|mn|mln|bln|tn|trn|[mMbBkK])(?![A-Za-z])|\\s?(?<mult>(?i:trillion|billion|million|thousand|hundred|crore|lakh|bln|mln|bn|mn|tn))\\b)?"
                        + "(?:\\s?(?<mult2>(?i:million|billion))\\b)?"
                        + "(?:\\s(?<cur>(?i:" + c.suffixRegex() + "))\\b)?"
                        + "(?<pct>\\s?%|\\s(?i:percent|per cent|pc)\\b)?");
    }

    private EnglishQuantities() {
    }

    /**
     * @param text    a sentence
     * @param base    its offset in the article
     * @param blocked spans already taken (dates), as article offsets
     */
    public static List<Quantity> find(String text, int base, List<int[]> blocked) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!hasDigit(text) && !containsAny(lower, WORDS_OF_QUANTITIES_WITHOUT_DIGITS)) return List.of();
        List<RawQuantity> raws = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            RawQuantity r = raw(m, text, base);
            if (r == null || overlaps(base + m.start("num"), base + m.end("num"), blocked)) continue;
            raws.add(r);
        }
        if (lower.contains("of") && containsAny(lower, WHOLES_OF_SHARES)) addShares(raws, text, base);
        if (containsAny(lower, FRACTION_WORDS)) addFractions(raws, text, base);
        if (containsAny(lower, VAGUE_WORDS)) addVague(raws, text, base);
        raws.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return RawQuantity.join(raws, text, base, (a, b) -> isRange(text, a, b, base));
    }

    /** "nine out of ten": a ratio, which takes the place of the numbers read in it. */
    private static void addShares(List<RawQuantity> raws, String text, int base) {
        Matcher o = OUT_OF.matcher(text);
        while (o.find()) {
            double a = number(o.group("a")), b = number(o.group("b"));
            if (a <= 0 || b <= 0 || a > b) continue;
            int s = base + o.start(), e = base + o.end();
            raws.removeIf(r -> r.start() < e && s < r.end());
            raws.add(new RawQuantity(s, e, a / b, 1, true, null, false, true, null, false, false));
        }
    }

    private static void addFractions(List<RawQuantity> raws, String text, int base) {
        Matcher f = FRACTION.matcher(text);
        while (f.find()) {
            int s = base + f.start(), e = base + f.end();
            if (overlapsRaw(raws, s, e)) continue;
            raws.add(new RawQuantity(s, e, fraction(f.group().toLowerCase(Locale.ROOT)), 1, true, null, false, true, null,
                    false, false));
        }
    }

    /** "millions of", "tens of thousands of": a floor, not a number. */
    private static void addVague(List<RawQuantity> raws, String text, int base) {
        Matcher v = VAGUE.matcher(text);
        while (v.find()) {
            int s = base + v.start(), e = base + v.end();
            if (overlapsRaw(raws, s, e)) continue;
            double unit = MULTIPLIERS.get(v.group("unit").toLowerCase(Locale.ROOT).replaceAll("s$", ""));
            if (v.group("lead") != null) unit *= v.group("lead").toLowerCase(Locale.ROOT).startsWith("tens") ? 10 : 100;
            raws.add(new RawQuantity(s, e, 1, unit, true, null, false, false, null, true, false));
        }
    }

    /** An ASCII digit: what the patterns' {@code \d} matches. */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= '0' && text.charAt(i) <= '9') return true;
        return false;
    }

    static boolean containsAny(String lowerText, List<String> words) {
        for (String w : words) if (lowerText.contains(w)) return true;
        return false;
    }

    private static RawQuantity raw(Matcher m, String text, int base) {
        String num = m.group("num");
        double n = number(num);
        if (Double.isNaN(n)) return null;
        int start = m.start(), end = m.end();
        // Digits glued to letters are names and codes: Q3, 3G, MP3, iPhone12.
        if (start > 0 && Character.isLetter(text.charAt(start - 1)) && m.group("pre") == null) return null;
        if (m.group("attached") == null && m.group("mult") == null && m.group("cur") == null && m.group("pct") == null
                && end < text.length() && Character.isLetter(text.charAt(end))) {
            return null;
        }
        boolean bare = m.group("pre") == null && m.group("attached") == null && m.group("mult") == null
                && m.group("cur") == null && m.group("pct") == null;
        if (bare && isYear(num)) return null;
        // "Halo 2", "Xbox 360", "Windows 95": a small number right after a capitalised word names a product.
        if (bare && n < 1000 && num.matches("\\d+") && start >= 2 && text.charAt(start - 1) == ' '
                && capitalisedWordBefore(text, start - 1)) {
            return null;
        }
        double scale = 1;
        boolean scaled = false;
        String mult = m.group("attached") != null ? m.group("attached") : m.group("mult");
        if (mult != null) {
            Double f = MULTIPLIERS.get(mult.toLowerCase(Locale.ROOT));
            if (f == null) return null;
            scale = f;
            scaled = true;
        }
        if (m.group("mult2") != null) scale *= MULTIPLIERS.get(m.group("mult2").toLowerCase(Locale.ROOT));
        // A bare "m"/"b"/"k" with no currency counts something only when the thing counted follows: "14m
        // customers", "20M paid users"; "512K." is a line speed, "100m sprint" and "5m long" are metres.
        String att = m.group("attached");
        if (att != null && att.length() == 1 && m.group("pre") == null && m.group("cur") == null
                && !countedNounFollows(text, end)) {
            return null;
        }
        String currency = null;
        if (m.group("pre") != null) currency = Currencies.get().byPrefix(m.group("pre").strip()).orElse(null);
        if (m.group("cur") != null) currency = Currencies.get().bySuffix(m.group("cur")).orElse(currency);
        boolean percent = m.group("pct") != null;
        return new RawQuantity(base + start, base + end, n, scale, scaled, currency, percent, false, null, false, false);
    }

    private static double fraction(String words) {
        if (words.contains("third")) return words.startsWith("two") ? 2.0 / 3 : 1.0 / 3;
        if (words.contains("quarter")) return words.startsWith("three") ? 0.75 : 0.25;
        return 0.5;
    }

    private static boolean countedNounFollows(String text, int end) {
        Matcher w = NEXT_WORD.matcher(text).region(end, text.length());
        return w.lookingAt() && !DIMENSIONS.contains(w.group(1).toLowerCase(Locale.ROOT));
    }

    private static boolean isRange(String text, RawQuantity a, RawQuantity b, int base) {
        String gap = text.substring(a.end() - base, b.start() - base);
        if (!RANGE_JOINER.matcher(gap).matches() || a.ratio() || b.ratio() || a.vague() || b.vague()) return false;
        // "8-9%": the percent sign of the high end covers both.
        if (a.percent() != b.percent() && !(b.percent() && !a.scaled() && a.currency() == null)) return false;
        if (a.currency() != null && b.currency() != null && !a.currency().equals(b.currency())) return false;
        String before = text.substring(0, a.start() - base).stripTrailing().toLowerCase(Locale.ROOT);
        boolean and = gap.strip().equalsIgnoreCase("and");
        if (and) return before.endsWith("between");
        // "rose from $142m to $205m", "rose $7.2bn to $170.8bn", "by 400m euros to 2.5bn": a change, not a range.
        boolean to = gap.strip().equalsIgnoreCase("to");
        return !before.endsWith("from") && !(to && CHANGE_BEFORE.matcher(before).find());
    }

    /** A four-digit number from 1900 to 2100 written alone is a year ("fiscal year 2019 sales"). */
    static boolean isYear(String num) {
        if (!num.matches("\\d{4}")) return false;
        int y = Integer.parseInt(num);
        return y >= 1900 && y <= 2100;
    }

    private static boolean capitalisedWordBefore(String text, int spaceAt) {
        int i = spaceAt - 1;
        while (i >= 0 && Character.isLetterOrDigit(text.charAt(i))) i--;
        int wordStart = i + 1;
        if (wordStart >= spaceAt || !Character.isUpperCase(text.charAt(wordStart))) return false;
        // Not the first word of the sentence, whose capital says nothing.
        String before = text.substring(0, wordStart).strip();
        return !before.isEmpty() && !before.endsWith(".") && !before.endsWith(":");
    }

    static double number(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace(",", "");
        if (t.matches("\\d*\\.?\\d+")) return Double.parseDouble(t);
        if (t.equals("a hundred")) return 100;
        int total = 0;
        for (String part : t.split("-")) {
            Integer w = WORDS.get(part);
            if (w == null) return Double.NaN;
            total += w;
        }
        return total;
    }

    private static boolean overlaps(int start, int end, List<int[]> spans) {
        for (int[] sp : spans) if (start < sp[1] && sp[0] < end) return true;
        return false;
    }

    private static boolean overlapsRaw(List<RawQuantity> raws, int s, int e) {
        for (RawQuantity r : raws) if (s < r.end() && r.start() < e) return true;
        return false;
    }
}
