package io.factline.facts;

import io.factline.registry.Phrases;
import io.factline.nlp.Sentence;
import io.factline.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Chinese news introduces the company a flash is about when HanLP cuts its name apart: by its full legal name
 * (青岛慧拓智能机器有限公司), after a word that describes it (直播电商平台生活有鱼完成…, 应用性能管理企业听云（…）宣布…),
 * or as the whole short clause before the action verb (，中科汉天下完成3000万人民币C轮融资).
 */
final class ChineseSubjects {
    /** A full legal name at the start of a clause, with its place and brand. */
    private static final Pattern LEGAL_NAME = Pattern.compile(
            "(?:^|[，。；：、“「（\\s])(?:近日|日前|今日|今天|昨日|昨天)?([\\p{IsHan}A-Za-z0-9]{2,18}?(?:股份有限公司|有限责任公司|有限公司))");
    /**
     * What may stand between a name and its verb: an aside in parentheses (its legal name, its ticker) and
     * adverbs of time and manner (近期已完成).
     */
    private static final Pattern TRAILING_ASIDE = Pattern.compile("(?:[（(][^）)]*[）)])?\\s*(?:已经|已|正式|成功|刚刚|近日|日前|近期|目前|此前)*$");
    /** Verbs strong enough that the whole short clause before them is the actor's name. */
    private static final Pattern ANNOUNCING = Pattern.compile("完成|宣布|获得|再获|拿到|斥资|豪掷");
    /** What follows a plain 获 when it announces a round ("获新一轮25亿元融资", 获数千万元投资), not 获悉 or 获批. */
    private static final Pattern ROUND_AFTER = Pattern.compile("^[^，。；！？]{0,16}(?:融资|投资)");
    private static final Pattern NAME_CHARS = Pattern.compile("[\\p{IsHan}A-Za-z0-9·&.\\- ]{2,16}");
    private static final Pattern CLAUSE_MARK = Pattern.compile("[，。；：、！？,;:!?】|｜]");
    private static final Pattern TIME_WORD = Pattern.compile("^(?:近日|日前|近期|今日|今天|昨日|昨天|此前|目前|今年|去年|本周|上周|同时|其中|另外|此外|据悉|据了解|报告期内|期内|本期内|本期|当期|年内)");

    private final SentenceView v;
    private final Sentence s;
    private final NameCandidates found;

    ChineseSubjects(SentenceView v, NameCandidates found) {
        this.v = v;
        this.s = v.sentence;
        this.found = found;
    }

    /**
     * An organisation HanLP tagged that is only the describing words before the real name: 直播电商平台 in
     * 直播电商平台生活有鱼完成…. Its describing word ends it and more name follows without a break.
     */
    boolean isDescriptionOnly(int start, int end) {
        String name = s.between(start, end);
        int at = end - s.start();
        if (at >= s.text().length()) return false;
        char next = s.text().charAt(at);
        if (!(Character.isLetter(next)) || ChineseNames.FUNCTION_CHARS.indexOf(next) >= 0) return false;
        String rest = s.text().substring(at);
        for (Phrases.Hit<String> verb : v.cues.find(Cues.Kind.SUBJECT_VERB, "zh", Cues.Position.AFTER, rest, 0)) {
            if (verb.start() == 0) return false;
        }
        for (Phrases.Hit<String> d : v.cues.find(Cues.Kind.DESCRIPTOR, "zh", Cues.Position.BEFORE, name, 0)) {
            if (d.end() == name.length()) return true;
        }
        return false;
    }

    void legalNames() {
        Matcher m = LEGAL_NAME.matcher(s.text());
        while (m.find()) {
            String name = m.group(1);
            if (name.length() <= 6 || found.isNotName(name)) continue; // 网络股份有限公司 alone names no one
            found.add(EntityMention.of(null, name, s.start() + m.start(1), s.start() + m.end(1), EntityMention.Kind.ORG));
        }
    }

    /**
     * The name between a describing word (or, when {@code afterDescriptionOnly} is false, the start of the clause)
     * and an action verb. Described names are looked for before HanLP's organisations, which may glue the end
     * of the description to the name (解决商智云股份 → 商智云股份).
     */
    void beforeVerbs(boolean afterDescriptionOnly) {
        String text = s.text();
        for (Phrases.Hit<String> verb : v.cues.find(Cues.Kind.SUBJECT_VERB, "zh", Cues.Position.AFTER, text, s.start())) {
            int verbAt = verb.start() - s.start();
            String before = text.substring(0, verbAt);
            Matcher aside = TRAILING_ASIDE.matcher(before);
            int end = aside.find() ? aside.start() : before.length();
            while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) end--;
            if (end == 0) continue;
            int clauseStart = 0;
            for (int i = end - 1; i >= 0; i--) {
                if (CLAUSE_MARK.matcher(String.valueOf(text.charAt(i))).matches()) {
                    clauseStart = i + 1;
                    break;
                }
            }
            String clause = text.substring(clauseStart, end);
            int described = afterDescriptor(clause);
            boolean announcing = ANNOUNCING.matcher(verb.text()).matches()
                    || verb.text().equals("获") && ROUND_AFTER.matcher(text.substring(verb.end() - s.start())).find();
            if (described == 0 && (afterDescriptionOnly || !announcing)) continue;
            int start = clauseStart + described;
            String name = text.substring(start, end);
            Matcher time = TIME_WORD.matcher(name);
            if (time.find()) {
                start += time.end();
                name = name.substring(time.end());
            }
            if (!NAME_CHARS.matcher(name).matches() || found.isNotName(name) || isOneFunctionWord(start, end)
                    || saysSomething(name)) {
                continue;
            }
            if (ChineseNames.FUNCTION_CHARS.indexOf(name.charAt(0)) >= 0) continue;
            // A name after a describing word is as sure as one HanLP tags (云汇通 is no person, 云汇/nr or not).
            EntityMention.Kind kind = described > 0 ? EntityMention.Kind.ORG : EntityMention.Kind.SUBJECT;
            found.add(EntityMention.of(null, name, s.start() + start, s.start() + end, kind));
        }
    }

    /** 两家车企预计将在下月公布: words of claims and speech are what the actor does, not its name. */
    private boolean saysSomething(String name) {
        return v.cues.any(Cues.Kind.CLAIM, "zh", Cues.Position.CLAUSE, name) || v.cues.any(Cues.Kind.SPEECH, "zh", Cues.Position.CLAUSE, name);
    }

    /** 预计 in 两家车企预计将…: one verb, adverb or pronoun is no name. */
    private boolean isOneFunctionWord(int start, int end) {
        List<Token> inside = new ArrayList<>();
        for (Token t : s.tokens()) if (t.start() >= s.start() + start && t.end() <= s.start() + end) inside.add(t);
        if (inside.size() != 1) return false;
        String pos = inside.get(0).pos();
        return pos.startsWith("v") || pos.startsWith("d") || pos.startsWith("a") || pos.startsWith("p")
                || pos.startsWith("c") || pos.startsWith("r") || pos.startsWith("t") || pos.startsWith("m");
    }

    /** Where the name starts in a clause that first describes it (直播电商平台生活有鱼): after the describing word. */
    private int afterDescriptor(String clause) {
        int at = 0;
        for (Phrases.Hit<String> d : v.cues.find(Cues.Kind.DESCRIPTOR, "zh", Cues.Position.BEFORE, clause, 0)) {
            if (d.end() < clause.length() - 1) at = d.end();
        }
        return at;
    }
}
