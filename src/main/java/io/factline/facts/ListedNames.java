package io.factline.facts;

import io.factline.registry.EntityRegistry;
import io.factline.registry.Phrases;
import io.factline.nlp.Sentence;
import io.factline.nlp.Token;

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
    /** A ticker in parentheses: a suffixed code as above, or an exchange prefix (NASDAQ: FOO, SH600000). */
    private static final Pattern CODE = Pattern.compile(
            "\\s*[（(]\\s*(?:(?:" + SUFFIXED + ")"
            + "|(?:NYSE|NASDAQ|Nasdaq|NYSE American|AMEX|LSE|HKEX|HKSE|SSE|SZSE|TSX|ASX)\\s*[:：]\\s*[A-Z0-9.]{1,8}"
            + "|(?:SH|SZ|HK)\\s*[:：]?\\s*\\d{4,6})\\s*[)）]");

    private ListedNames() {
    }

    /** Whether a word is a stock code with its exchange's suffix ("HNW.N"): it stands beside a name, it is none. */
    static boolean isStockCode(String word) {
        return STOCK_CODE.matcher(word).matches();
    }

    /** Adds each name written right before a stock code; the registry's id when it knows the name. */
    static void find(SentenceView v, NameCandidates found, EntityRegistry registry) {
        Sentence s = v.sentence;
        Matcher m = CODE.matcher(s.text());
        List<Token> tokens = s.tokens();
        while (m.find()) {
            int end = s.start() + m.start();
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).end() == end) last = i;
            if (last < 0) continue;
            int first = last;
            while (first > 0 && isNamePart(v, tokens.get(first - 1), tokens.get(first))) first--;
            // A name starts with a name word, not with the "of" that joined it to what came before.
            while (first < last && (tokens.get(first).word().equals("of") || tokens.get(first).word().equals("&"))) first++;
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
     * Whether {@code t} continues the name leftwards from {@code next}: in Chinese a word of name characters
     * (not a verb, a function word or punctuation); in English a capitalised word or a joining word between
     * capitalised ones ("Bank of America", "AT&T").
     */
    private static boolean isNamePart(SentenceView v, Token t, Token next) {
        String w = t.word();
        if (v.lang.equals("zh")) {
            if (t.end() != next.start()) return false;
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
