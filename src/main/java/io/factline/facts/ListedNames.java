package io.factline.facts;

import io.factline.registry.EntityRegistry;
import io.factline.registry.Phrases;
import io.factline.nlp.Sentence;
import io.factline.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names written with the company's stock code, which proves them a listed company's name: 李氏大药厂(00950.HK),
 * 世纪互联(VNET.US), 贵州茅台（600519.SH）, "China Merchants Bank (600036.SS)", "Foo Corp (NASDAQ: FOO)".
 */
final class ListedNames {
    /**
     * A stock code with its exchange's suffix: mainland (600519.SH), Hong Kong (0700.HK), Tokyo (6740.T), and the
     * letter codes of New York, Nasdaq, London, Toronto, Frankfurt and Paris (AAPL.O, VOD.L).
     */
    private static final String SUFFIXED = "\\d{6}\\.(?:SH|SZ|SS|BJ)|\\d{4,5}\\.HK|\\d{4}\\.T"
            + "|[A-Z]{1,5}\\.(?:US|N|O|OQ|K|L|TO|DE|PA)";
    private static final Pattern STOCK_CODE = Pattern.compile(SUFFIXED);
    /**
     * A code written bare, as Chinese financial news writes it after a name: the six digits of the mainland boards
     * (Shenzhen 000–003 and ChiNext 300–301, Shanghai 600–605 and STAR 688–689, Beijing 43x and 83x–87x) or the five
     * of Hong Kong (00700, 08516 on GEM). Other numbers in parentheses (years, amounts) do not take these shapes.
     */
    private static final String BARE = "0\\d{4}|(?:00[0-3]|30[01]|60[0-5]|68[89]|43\\d|8[3-7]\\d)\\d{3}";
    /** A quote some sites put between the name and its code: price, change, change in per cent. */
    private static final String QUOTE = "([（(][-+\\d.,，%\\s]+[)）])?";
    /**
     * A ticker in parentheses, a price quote before it allowed: a suffixed or bare code as above, or an exchange
     * prefix (NASDAQ: FOO, SH600000), after which the parentheses may go on ("（SZ 000046，收盘价：4.74元）").
     */
    private static final Pattern CODE = Pattern.compile(
            "\\s*" + QUOTE + "[（(]\\s*(?:(?:(?:" + SUFFIXED + "|" + BARE + ")\\s*[)）])"
            + "|(?:NYSE|NASDAQ|Nasdaq|NYSE American|AMEX|LSE|HKEX|HKSE|SSE|SZSE|TSX|ASX)\\s*[:：]\\s*[A-Z0-9.]{1,8}\\s*[)）]"
            + "|(?:SH|SZ|HK)\\s*[:：]?\\s*\\d{4,6}\\s*(?:[)）]|[,，;；][^()（）]{0,40}[)）]))");

    private ListedNames() {
    }

    /** Whether a word is a stock code with its exchange's suffix ("HNW.N"): it stands beside a name, it is none. */
    static boolean isStockCode(String word) {
        return STOCK_CODE.matcher(word).matches();
    }

    private static final Pattern TICKER_AFTER = Pattern.compile("^[”\"」’']?\\s*(?:作)?为(?:其)?(?:股票)?代码");
    private static final Pattern TICKER_BEFORE = Pattern.compile(
            "(?:股票代码|代码为|代码是|(?i:ticker|symbol))\\s*[“\"「‘']?\\s*$");

    /** Whether a name is the ticker a listing is under: 以“BQ”为股票代码, "under the ticker \"BQ\"". */
    static boolean isTicker(Sentence s, int start, int end) {
        if (start < 0) return false;
        String after = s.between(end, Math.min(s.end(), end + 8));
        String before = s.between(Math.max(s.start(), start - 20), start);
        return TICKER_AFTER.matcher(after).find() || TICKER_BEFORE.matcher(before).find();
    }

    /**
     * A stock code after a name: where the name ends, and the price quote written between them ("明川科技(0.052,0.00,
     * 0.00%)(08126)": a share price and its move, no figure of the company's), {-1, -1} when there is none.
     */
    record Code(int nameEnd, int quoteStart, int quoteEnd) {
        boolean holds(int start, int end) {
            return quoteStart >= 0 && quoteStart <= start && end <= quoteEnd;
        }
    }

    /** The stock codes a sentence writes after names, read once per sentence ({@link SentenceView#codes}). */
    static List<Code> codes(Sentence s) {
        if (s.text().indexOf('(') < 0 && s.text().indexOf('（') < 0) return List.of();
        List<Code> out = new ArrayList<>();
        Matcher m = CODE.matcher(s.text());
        while (m.find()) {
            boolean quote = m.group(1) != null;
            out.add(new Code(s.start() + m.start(), quote ? s.start() + m.start(1) : -1, quote ? s.start() + m.end(1) : -1));
        }
        return out;
    }

    /** Adds each name written right before a stock code; the registry's id when it knows the name. */
    static void find(SentenceView v, NameCandidates found, EntityRegistry registry) {
        Sentence s = v.sentence;
        List<Token> tokens = s.tokens();
        for (Code code : v.codes) {
            int end = code.nameEnd();
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).end() == end) last = i;
            if (last < 0) continue;
            int first = last;
            while (first > 0 && isNamePart(v, tokens.get(first - 1), tokens.get(first))) first--;
            // A name starts with a name word, not with the "of" that joined it to what came before.
            while (first < last && (tokens.get(first).word().equals("of") || tokens.get(first).word().equals("&"))) first++;
            if (v.lang.equals("zh")) first = clauseStart(v, tokens, first, last);
            int start = tokens.get(first).start();
            String name = s.between(start, end);
            if (name.isBlank() || found.isNotName(name)) continue;
            String id = null;
            for (Phrases.Hit<EntityRegistry.Alias> h : registry.find(name, 0)) {
                if (h.start() == 0 && h.end() == name.length() && !h.value().context()) id = h.value().entityId();
            }
            found.add(EntityMention.of(id, name, start, end, id != null ? EntityMention.Kind.REGISTRY : EntityMention.Kind.ORG));
        }
    }

    /**
     * Where a Chinese listed name begins when segmentation cut it: HanLP reads the first character of an unknown
     * name as a verb or a measure word (顺/v 达/v 控股 for 顺达控股, 天/qt 行/ng 道/qv 合/v for 天行道合). The name then runs
     * from the start of its clause (after punctuation, a space or the sentence start) when what segmentation left
     * out is one character that is no function word, or when it kept a single character and left out at most three, or
     * only the suffix (控股) and left out at most four.
     */
    private static int clauseStart(SentenceView v, List<Token> tokens, int first, int last) {
        int k = first;
        while (k > 0 && tokens.get(k - 1).end() == tokens.get(k).start() && isHanWord(tokens.get(k - 1))) k--;
        if (k == first || k > 0 && tokens.get(k - 1).end() == tokens.get(k).start() && !isClauseEnd(tokens.get(k - 1))) {
            return first;
        }
        int gap = tokens.get(first).start() - tokens.get(k).start();
        int kept = tokens.get(last).end() - tokens.get(first).start();
        boolean oneChar = gap == 1 && k == first - 1 && isContentWord(tokens.get(k));
        boolean cutShort = kept == 1 && gap <= 3;
        // 顺/v 达/v 控股: what is left is only the suffix every such name ends in.
        String keptText = v.sentence.between(tokens.get(first).start(), tokens.get(last).end());
        boolean suffixOnly = gap <= 4 && v.cues.isWhole(Cues.Kind.ORG_SUFFIX, "zh", Cues.Position.AFTER, keptText);
        return oneChar || cutShort || suffixOnly ? k : first;
    }

    private static boolean isHanWord(Token t) {
        if (t.word().isEmpty()) return false;
        for (int i = 0; i < t.word().length(); i++) {
            // 丨 is a Han character that news sites use as a separator (格隆汇8月5日丨…).
            if (Character.UnicodeScript.of(t.word().charAt(i)) != Character.UnicodeScript.HAN || t.word().charAt(i) == '丨') return false;
            if (ChineseNames.FUNCTION_CHARS.indexOf(t.word().charAt(i)) >= 0) return false;
        }
        return true;
    }

    private static boolean isContentWord(Token t) {
        String pos = t.pos();
        return !(pos.startsWith("c") || pos.startsWith("p") || pos.startsWith("d") || pos.startsWith("u")
                || pos.startsWith("r") || pos.startsWith("m") || pos.startsWith("f"));
    }

    /** Punctuation or a separator before a clause: ，。；：丨|】 and the like. */
    private static boolean isClauseEnd(Token t) {
        return t.pos().startsWith("w") || t.word().matches("[，,。；;：:丨|】\\]、\\s]+");
    }

    private static boolean isLatinWord(String w) {
        if (w.isEmpty()) return false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '&' || c == '\'' || c == '.' || c == '-'))) return false;
        }
        return Character.isLetter(w.charAt(0));
    }

    /**
     * Whether {@code t} continues the name leftwards from {@code next}: in Chinese a word of name characters
     * (not a verb, a function word or punctuation); in English a capitalised word or a joining word between
     * capitalised ones ("Bank of America", "AT&T").
     */
    private static boolean isNamePart(SentenceView v, Token t, Token next) {
        String w = t.word();
        if (v.lang.equals("zh")) {
            // A Latin name in Chinese text keeps its spaces: "GOLDEN PEAK(08291.HK)", "Harlow's Bakery".
            if (isLatinWord(w) && isLatinWord(next.word()) && v.sentence.between(t.end(), next.start()).equals(" ")) {
                return Character.isUpperCase(w.charAt(0));
            }
            if (t.end() != next.start() || w.indexOf('丨') >= 0) return false;
            String pos = t.pos();
            if (pos.startsWith("v") || pos.startsWith("w") || pos.startsWith("p") || pos.startsWith("u")
                    || pos.startsWith("c") || pos.startsWith("d") || pos.startsWith("m") || pos.startsWith("q")
                    || pos.startsWith("r") || pos.startsWith("t") || pos.startsWith("f")) {
                return false;
            }
            return w.length() > 1 || ChineseNames.FUNCTION_CHARS.indexOf(w.charAt(0)) < 0;
        }
        if (!v.sentence.between(t.end(), next.start()).isBlank()) return false;
        // "Ohio-based Brightline Corp": where a company is based describes it and is no part of its name.
        if (w.endsWith("-based") || w.endsWith("-headquartered")) return false;
        boolean capitalised = !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
        // "Bank of America", "AT&T"; not "and", which lists two companies ("Lyra Robotics and Zenta Holdings Ltd").
        boolean joining = (w.equals("of") || w.equals("&")) && Character.isUpperCase(next.word().charAt(0));
        // The first word of a sentence is capitalised whatever it is: "Shares of Hanwell Corp" begins no name, "3M Co"
        // and "Kansai Motors Corp" do.
        if (t.start() == v.sentence.start()) return capitalised && (t.pos().startsWith("NNP") || Character.isDigit(w.charAt(0)));
        return capitalised || joining;
    }
}
