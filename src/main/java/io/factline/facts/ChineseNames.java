package io.factline.facts;

import io.factline.nlp.Sentence;
import io.factline.nlp.Token;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Chinese text names a company HanLP does not tag as one: in quotes, by a brand before a company suffix
 * (讯兔科技), in Latin letters (Strategy Analytics), or as the owner of a metric (笔神作文的注册用户量).
 */
final class ChineseNames {
    /** Names in 「」 or “” are how Chinese tech news marks a company the reader may not know. */
    private static final Pattern QUOTED_NAME = Pattern.compile("[「“\"]([\\p{IsHan}A-Za-z0-9·&.\\- ]{2,16})[」”\"]");
    /** Chinese function characters that never begin a company name. */
    static final String FUNCTION_CHARS = "以在和与及或的是为对从向将被把由至于";
    /** Suffixes any noun phrase can end in (大型公司 is no name); a brand before them needs a surer sign. */
    private static final java.util.Set<String> GENERIC_SUFFIXES = java.util.Set.of("公司", "有限公司", "集团", "股份", "企业");

    private final SentenceView v;
    private final Sentence s;
    private final NameCandidates found;

    ChineseNames(SentenceView v, NameCandidates found) {
        this.v = v;
        this.s = v.sentence;
        this.found = found;
    }

    void quoted() {
        Matcher q = QUOTED_NAME.matcher(s.text());
        while (q.find()) {
            if (found.isNotName(q.group(1))) continue;
            found.add(EntityMention.of(null, q.group(1).strip(), s.start() + q.start(1), s.start() + q.end(1),
                    EntityMention.Kind.ORG));
        }
    }

    /** 重庆/ns 长安/ns 新能源/nz 汽车科技有限公司/nt: a Chinese company name starts with its place and brand. */
    int extendLeft(int start) {
        List<Token> t = s.tokens();
        int at = start;
        for (int i = t.size() - 1; i >= 0; i--) {
            Token k = t.get(i);
            if (k.end() != at) continue;
            String pos = k.pos();
            if (!(pos.startsWith("ns") || pos.startsWith("nz") || pos.startsWith("nt")) || found.isNotName(k.word())) break;
            at = k.start();
        }
        return at;
    }

    /** 讯/ng 兔/ng 科技/n: short words before a company-name suffix make a name HanLP did not recognise. */
    void suffixNames() {
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            Token suffix = t.get(i);
            if (!v.cues.isWhole(Cues.Kind.ORG_SUFFIX, "zh", Cues.Position.AFTER, suffix.word())) continue;
            // The suffix ends the name only when no noun follows it (智能手机 is a phone, not a company).
            if (i + 1 < t.size() && t.get(i + 1).start() == suffix.end() && t.get(i + 1).pos().startsWith("n")) continue;
            int first = i, chars = 0;
            // A brand before the suffix is short (讯兔科技, 洛轲汽车); longer runs swallow descriptions (领跑者…).
            while (first > 0 && isNamePart(t.get(first - 1)) && t.get(first - 1).end() == t.get(first).start()
                    && chars + t.get(first - 1).word().length() <= 4) {
                chars += t.get(first - 1).word().length();
                first--;
            }
            // 乐天/a 医疗: at the start of a clause, a brand HanLP reads as an adjective.
            if (first == i && first > 0 && isBrandAdjective(t, first - 1) && !GENERIC_SUFFIXES.contains(suffix.word())) {
                first--;
            }
            if (first == i) continue;
            found.addSpan(t.get(first).start(), suffix.end(), EntityMention.Kind.ORG, 3, EntityFinder.MAX_NAME_CHARS);
        }
    }

    /** A two-character adjective that begins its clause and is written right before the suffix. */
    private boolean isBrandAdjective(List<Token> t, int k) {
        Token a = t.get(k);
        boolean clauseStart = k == 0 || t.get(k - 1).pos().startsWith("w");
        return clauseStart && a.pos().equals("a") && a.word().length() == 2 && a.end() == t.get(k + 1).start()
                && a.word().codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !found.isNotName(a.word());
    }

    private boolean isNamePart(Token k) {
        String pos = k.pos(), w = k.word();
        if (w.length() == 1 && FUNCTION_CHARS.indexOf(w.charAt(0)) >= 0) return false;
        if (found.isNotName(w) || !w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return false;
        }
        return pos.startsWith("nz") || pos.startsWith("nt") || pos.startsWith("ns") || pos.startsWith("ng")
                || pos.startsWith("nr") && w.length() <= 2 || w.length() == 1 && !pos.startsWith("w") && !pos.startsWith("u")
                && !pos.startsWith("p") && !pos.startsWith("c") && !pos.startsWith("d") && !pos.startsWith("v")
                && !pos.startsWith("m") && !pos.startsWith("q") && !pos.startsWith("r");
    }

    /** "Udemy Inc.", "Strategy Analytics": capitalised Latin words inside Chinese text. */
    void latinNames() {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!isCapitalisedLatin(t.get(i))) continue;
            int j = i;
            while (j + 1 < t.size() && (isCapitalisedLatin(t.get(j + 1)) || t.get(j + 1).word().equals(".")
                    && t.get(j).end() == t.get(j + 1).start())
                    && s.between(t.get(j).end(), t.get(j + 1).start()).isBlank()) {
                j++;
            }
            found.addSpan(t.get(i).start(), t.get(j).end(), EntityMention.Kind.ORG, 3, Integer.MAX_VALUE);
            i = j;
        }
    }

    private static boolean isCapitalisedLatin(Token t) {
        String w = t.word();
        return w.length() >= 2 && w.chars().allMatch(c -> c < 0x250 && (Character.isLetterOrDigit(c) || c == '-'))
                && Character.isUpperCase(w.charAt(0));
    }

    /** "笔神作文的注册用户量": the name before 的 and a metric word owns it. */
    void possessors() {
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            if (!t.get(i).word().equals("的")) continue;
            int de = t.get(i).end();
            boolean metricAfter = v.metrics.stream().anyMatch(m -> m.start() == de);
            if (!metricAfter) continue;
            int last = i - 1, first = last;
            while (first >= 0 && isNameToken(t.get(first))) first--;
            // "台式机、笔记本和工作站的出货量": the last item of a list is a category, not a name.
            if (first >= 0 && (t.get(first).pos().startsWith("c") || t.get(first).word().equals("、"))) continue;
            first++;
            if (first > last || isGenericNoun(t, first, last)) continue;
            found.addSpan(t.get(first).start(), t.get(last).end(), EntityMention.Kind.SUBJECT, 2, EntityFinder.MAX_NAME_CHARS);
        }
    }

    /** One common noun of two characters (设备, 市场) names no company. */
    static boolean isGenericNoun(List<Token> t, int first, int last) {
        return first == last && t.get(first).pos().equals("n") && t.get(first).word().length() <= 2;
    }

    /** A noun, abbreviation or distinguishing word that can be part of a name; never a person's name. */
    boolean isNameToken(Token t) {
        String pos = t.pos();
        boolean nounish = pos.startsWith("n") || pos.equals("j") || pos.startsWith("g") || pos.equals("b")
                || pos.equals("vn");
        return nounish && !pos.startsWith("nr") && !found.isNotName(t.word());
    }
}
