package io.factline.facts;

import io.factline.model.Mention;
import io.factline.model.MentionType;
import io.factline.nlp.Sentence;
import io.factline.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spans of a sentence that may name the company or product a number belongs to: registry names, NER
 * organisations, names in quotes, the words before an action verb or a colon, runs of proper nouns, and
 * anaphors. Each is marked when a preposition governs it or it stands aside in parentheses or dashes.
 */
final class EntityFinder {
    /** Names in 「」 or “” are how Chinese tech news marks a company the reader may not know. */
    private static final Pattern QUOTED_NAME = Pattern.compile("[「“\"]([\\p{IsHan}A-Za-z0-9·&.\\- ]{2,16})[」”\"]");
    /** "魔法原子：目标…", "Reuters: …": a short name before a colon at the start of a clause. */
    private static final Pattern COLON_NAME = Pattern.compile("(?:^|[；;，,｜|\\s])([\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z0-9 .&]{1,11})[：:]");
    private static final int MAX_NAME_CHARS = 16;
    /** Chinese function characters that never begin a company name. */
    private static final String FUNCTION_CHARS = "以在和与及或的是为对从向将被把由至于";

    private final SentenceView v;
    private final Sentence s;
    private final ArticleContext ctx;
    private final Registries reg;
    private final List<EntityMention> found = new ArrayList<>();
    private final boolean titleCase;

    EntityFinder(SentenceView v, ArticleContext ctx, Registries reg) {
        this.v = v;
        this.s = v.sentence;
        this.ctx = ctx;
        this.reg = reg;
        this.titleCase = v.lang.equals("en") && isTitleCase(s.tokens());
    }

    /** "Geothermal Developer Fervo Seeks $1.33 Billion": most longer words capitalised. */
    private static boolean isTitleCase(List<Token> tokens) {
        int words = 0, capitalised = 0;
        for (Token t : tokens) {
            String w = t.word();
            if (w.length() < 4 || !Character.isLetter(w.charAt(0))) continue;
            words++;
            if (Character.isUpperCase(w.charAt(0))) capitalised++;
        }
        return words >= 4 && capitalised >= 0.8 * words;
    }

    List<EntityMention> find() {
        for (Phrases.Hit<EntityRegistry.Alias> h : reg.entities().find(s.text(), s.start())) {
            if (h.value().context() && !ctx.namesEntity(h.value().entityId())) continue;
            add(EntityMention.of(h.value().entityId(), h.text(), h.start(), h.end(), EntityMention.Kind.REGISTRY));
        }
        if (v.lang.equals("zh")) quoted();
        for (Mention m : s.entities()) {
            if (m.type() == MentionType.ORG && !isNotName(m.text())) {
                int start = v.lang.equals("zh") ? extendLeft(m.start()) : m.start();
                start += genericPrefix(s.between(start, m.end()));
                // HanLP sometimes glues a preposition to the name it governs (以游戏).
                while (start < m.end() - 2 && FUNCTION_CHARS.indexOf(s.text().charAt(start - s.start())) >= 0) start++;
                add(EntityMention.of(null, s.between(start, m.end()), start, m.end(), EntityMention.Kind.ORG));
            }
        }
        if (v.lang.equals("zh")) {
            suffixNames();
            latinNames();
        }
        colonNames();
        subjects();
        if (v.lang.equals("en")) {
            appositiveHead();
            properNounRuns();
        }
        for (Phrases.Hit<String> h : v.cues.find(Cues.Kind.ANAPHOR, v.lang, Cues.Position.BEFORE, s.text(), s.start())) {
            add(EntityMention.of(null, h.text(), h.start(), h.end(), EntityMention.Kind.ANAPHOR));
        }
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention e : found) out.add(e.marked(governed(e.start()) || isSource(e), aside(e.start()) || isSegment(e)));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * Adds a candidate unless it overlaps one already found, a number, or (for guessed names) a metric word or a
     * person. Registry names and organisations win over the NER's persons (HanLP tags 特斯拉 and 洛轲 as names
     * of people) and may sit inside a metric phrase ("20M paid Copilot users").
     */
    private void add(EntityMention e) {
        if (e.text().isBlank()) return;
        for (EntityMention o : found) if (e.start() < o.end() && o.start() < e.end()) return;
        if (v.overlapsQuantityOrTime(e.start(), e.end())) return;
        boolean trusted = e.kind() == EntityMention.Kind.REGISTRY || e.kind() == EntityMention.Kind.ORG;
        if (!trusted) {
            if (v.overlapsMetric(e.start(), e.end())) return;
            for (Mention p : v.persons) if (e.start() < p.end() && p.start() < e.end()) return;
        } else if (e.kind() == EntityMention.Kind.ORG && isMetricWord(e)) {
            return;
        }
        found.add(e);
    }

    /** An organisation the NER found that is really a metric word ("营收" tagged nt). */
    private boolean isMetricWord(EntityMention e) {
        for (MetricRegistry.Hit m : v.metrics) if (m.start() <= e.start() && e.end() <= m.end()) return true;
        return false;
    }

    /** 重庆/ns 长安/ns 新能源/nz 汽车科技有限公司/nt: a Chinese company name starts with its place and brand. */
    private int extendLeft(int start) {
        List<Token> t = s.tokens();
        int at = start;
        for (int i = t.size() - 1; i >= 0; i--) {
            Token k = t.get(i);
            if (k.end() != at) continue;
            String pos = k.pos();
            if (!(pos.startsWith("ns") || pos.startsWith("nz") || pos.startsWith("nt")) || isNotName(k.word())) break;
            at = k.start();
        }
        return at;
    }

    /** Length of a generic word a name starts with ("子公司峰米科技" → 峰米科技), 0 when none. */
    private int genericPrefix(String name) {
        for (Phrases.Hit<String> h : v.cues.find(Cues.Kind.NOT_NAME, v.lang, Cues.Position.CLAUSE, name, 0)) {
            if (h.start() == 0 && h.end() < name.length() - 1) return h.end();
        }
        return 0;
    }

    /** 讯/ng 兔/ng 科技/n: short words before a company-name suffix make a name HanLP did not recognise. */
    private void suffixNames() {
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            Token suffix = t.get(i);
            if (!isWhole(v.cues.find(Cues.Kind.ORG_SUFFIX, "zh", Cues.Position.AFTER, suffix.word(), 0), suffix.word())) continue;
            // The suffix ends the name only when no noun follows it (智能手机 is a phone, not a company).
            if (i + 1 < t.size() && t.get(i + 1).start() == suffix.end() && t.get(i + 1).pos().startsWith("n")) continue;
            int first = i, chars = 0;
            // A brand before the suffix is short (讯兔科技, 洛轲汽车); longer runs swallow descriptions (领跑者…).
            while (first > 0 && isNamePart(t.get(first - 1)) && t.get(first - 1).end() == t.get(first).start()
                    && chars + t.get(first - 1).word().length() <= 4) {
                chars += t.get(first - 1).word().length();
                first--;
            }
            if (first == i) continue;
            int a = t.get(first).start(), b = suffix.end();
            String name = s.between(a, b);
            if (name.length() >= 3 && name.length() <= MAX_NAME_CHARS && !isNotName(name)) {
                add(EntityMention.of(null, name, a, b, EntityMention.Kind.ORG));
            }
        }
    }

    private boolean isNamePart(Token k) {
        String pos = k.pos(), w = k.word();
        if (w.length() == 1 && FUNCTION_CHARS.indexOf(w.charAt(0)) >= 0) return false;
        if (isNotName(w) || !w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return false;
        }
        return pos.startsWith("nz") || pos.startsWith("nt") || pos.startsWith("ns") || pos.startsWith("ng")
                || pos.startsWith("nr") && w.length() <= 2 || w.length() == 1 && !pos.startsWith("w") && !pos.startsWith("u")
                && !pos.startsWith("p") && !pos.startsWith("c") && !pos.startsWith("d") && !pos.startsWith("v")
                && !pos.startsWith("m") && !pos.startsWith("q") && !pos.startsWith("r");
    }

    private static boolean isWhole(List<Phrases.Hit<String>> hits, String word) {
        for (Phrases.Hit<String> h : hits) if (h.start() == 0 && h.end() == word.length()) return true;
        return false;
    }

    /** "IDC发布报告显示", "Gartner figures": a research firm or a report is where a figure comes from. */
    private boolean isSource(EntityMention e) {
        String after = s.between(e.end(), Math.min(s.end(), e.end() + 12));
        var cue = v.cues.first(Cues.Kind.SOURCE, v.lang, Cues.Position.AFTER, after, 0);
        return cue.isPresent() && cue.get().start() <= (v.lang.equals("zh") ? 2 : 1);
    }

    private void quoted() {
        Matcher q = QUOTED_NAME.matcher(s.text());
        while (q.find()) {
            if (isNotName(q.group(1))) continue;
            add(EntityMention.of(null, q.group(1).strip(), s.start() + q.start(1), s.start() + q.end(1),
                    EntityMention.Kind.ORG));
        }
    }

    /** "Udemy Inc.", "Strategy Analytics": capitalised Latin words inside Chinese text. */
    private void latinNames() {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!isCapitalisedLatin(t.get(i))) continue;
            int j = i;
            while (j + 1 < t.size() && (isCapitalisedLatin(t.get(j + 1)) || t.get(j + 1).word().equals(".")
                    && t.get(j).end() == t.get(j + 1).start())
                    && s.between(t.get(j).end(), t.get(j + 1).start()).isBlank()) {
                j++;
            }
            String text = s.between(t.get(i).start(), t.get(j).end());
            if (text.length() >= 3 && !isNotName(text)) {
                add(EntityMention.of(null, text, t.get(i).start(), t.get(j).end(), EntityMention.Kind.ORG));
            }
            i = j;
        }
    }

    private static boolean isCapitalisedLatin(Token t) {
        String w = t.word();
        return w.length() >= 2 && w.chars().allMatch(c -> c < 0x250 && (Character.isLetterOrDigit(c) || c == '-'))
                && Character.isUpperCase(w.charAt(0));
    }

    private void colonNames() {
        Matcher m = COLON_NAME.matcher(s.text());
        while (m.find()) {
            String name = m.group(1).strip();
            if (name.length() < 2 || isNotName(name)) continue;
            int a = s.start() + m.start(1), b = a + m.group(1).length();
            boolean person = v.persons.stream().anyMatch(p -> p.start() < b && a < p.end());
            if (!person) add(EntityMention.of(null, name, a, b, EntityMention.Kind.SUBJECT));
        }
    }

    /** The words just before an action verb: the actor of "星海图完成20亿元融资", "Pillar raises $20M". */
    private void subjects() {
        List<Token> t = s.tokens();
        if (v.lang.equals("zh")) possessors(t);
        for (Phrases.Hit<String> verb : v.cues.find(Cues.Kind.SUBJECT_VERB, v.lang, Cues.Position.AFTER, s.text(), s.start())) {
            int last = -1;
            for (int i = 0; i < t.size(); i++) if (t.get(i).end() <= verb.start()) last = i;
            // ", Howdy, reaches 1M subs": a name set off by commas before its verb.
            if (last > 0 && t.get(last).word().equals(",") && v.lang.equals("en")) last--;
            if (last < 0 || !s.between(t.get(last).end(), verb.start()).replace(",", "").isBlank()) continue;
            int first = last;
            while (first >= 0 && isNameToken(t.get(first))) first--;
            first++;
            if (first > last) continue;
            // "Geothermal Developer Fervo" → Fervo; in a Title Case headline capitals say nothing: the last word.
            if (v.lang.equals("en") && (last - first >= 2 || titleCase && last > first)) first = last;
            if (v.lang.equals("zh") && isGenericNoun(t, first, last)) continue;
            int a = t.get(first).start(), b = t.get(last).end();
            String name = s.between(a, b);
            if (name.length() < 2 || name.length() > MAX_NAME_CHARS || isNotName(name)) continue;
            add(EntityMention.of(null, name, a, b, EntityMention.Kind.SUBJECT));
        }
    }

    /** "笔神作文的注册用户量": the name before 的 and a metric word owns it. */
    private void possessors(List<Token> t) {
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
            int a = t.get(first).start(), b = t.get(last).end();
            String name = s.between(a, b);
            if (name.length() >= 2 && name.length() <= MAX_NAME_CHARS && !isNotName(name)) {
                add(EntityMention.of(null, name, a, b, EntityMention.Kind.SUBJECT));
            }
        }
    }

    /** One common noun of two characters (设备, 市场) names no company. */
    private static boolean isGenericNoun(List<Token> t, int first, int last) {
        return first == last && t.get(first).pos().equals("n") && t.get(first).word().length() <= 2;
    }

    private boolean isNameToken(Token t) {
        if (v.lang.equals("en")) {
            // Headlines fool the tagger ("Pillar/NN raises"): a capitalised word inside the sentence is a name.
            boolean capitalised = !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0))
                    && t.start() > s.start();
            return (t.pos().startsWith("NNP") || capitalised && t.pos().startsWith("NN")) && !ctx.alsoLowercase(t.word())
                    && !isNotName(t.word());
        }
        String pos = t.pos();
        boolean nounish = pos.startsWith("n") || pos.equals("j") || pos.startsWith("g") || pos.equals("b")
                || pos.equals("vn");
        return nounish && !pos.startsWith("nr") && !isNotName(t.word());
    }

    /** "Slash, a Ramp competitor founded by teenagers, raises…": a capitalised first word set off by an apposition. */
    private void appositiveHead() {
        List<Token> t = s.tokens();
        if (t.size() < 4 || !t.get(1).word().equals(",")) return;
        Token first = t.get(0), article = t.get(2);
        String a = article.word().toLowerCase(java.util.Locale.ROOT);
        if (Character.isUpperCase(first.word().charAt(0)) && (a.equals("a") || a.equals("an") || a.equals("the"))
                && (first.pos().startsWith("NN") || first.pos().startsWith("VB")) && !isNotName(first.word())) {
            add(EntityMention.of(null, first.word(), first.start(), first.end(), EntityMention.Kind.SUBJECT));
        }
    }

    /** Runs of proper nouns not already taken: a company the registry and the NER do not know. */
    private void properNounRuns() {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!isProperNoun(t.get(i))) continue;
            int j = i;
            while (j + 1 < t.size() && isProperNoun(t.get(j + 1))) j++;
            int first = j - i >= 2 ? j : i;
            add(EntityMention.of(null, s.between(t.get(first).start(), t.get(j).end()), t.get(first).start(),
                    t.get(j).end(), EntityMention.Kind.PROPER));
            i = j;
        }
    }

    /**
     * A proper noun that can be part of a company name: not a place or person the NER found, and not a word the
     * article also writes in lowercase (machine translation capitalises common words).
     */
    private boolean isProperNoun(Token k) {
        if (!k.pos().startsWith("NNP") || ctx.alsoLowercase(k.word()) || isNotName(k.word())) return false;
        for (Mention m : s.entities()) {
            if ((m.type() == MentionType.LOCATION || m.type() == MentionType.PERSON) && k.start() < m.end()
                    && m.start() < k.end()) {
                return false;
            }
        }
        return true;
    }

    private boolean isNotName(String text) {
        String t = text.strip();
        for (Phrases.Hit<String> h : v.cues.find(Cues.Kind.NOT_NAME, v.lang, Cues.Position.CLAUSE, t, 0)) {
            if (h.start() == 0 && h.end() == t.length()) return true;
        }
        return false;
    }

    /** "led by a16z", "from Amazon", 由腾讯领投: the entity is the object of a preposition. */
    private boolean governed(int start) {
        String before = s.between(Math.max(s.start(), start - 12), start).stripTrailing();
        var cue = v.cues.last(Cues.Kind.PREPOSITION, v.lang, Cues.Position.BEFORE, before, 0);
        return cue.isPresent() && cue.get().end() == before.length();
    }

    /** 数字化业务, 广告事业部: a business segment is part of a company, not the company. */
    private static boolean isSegment(EntityMention e) {
        return e.entityId() == null && e.text().matches(".*(?:业务|部门|事业部|事业群|板块)$");
    }

    /** Inside parentheses, or between a pair of dashes: "Mozilla browsers - including Firefox 1.0 - now have". */
    private boolean aside(int start) {
        String before = s.between(s.start(), start);
        int open = 0;
        for (char c : before.toCharArray()) {
            if (c == '(' || c == '（') open++;
            else if ((c == ')' || c == '）') && open > 0) open--;
        }
        if (open > 0) return true;
        // 《经济通通讯社》: a title in book brackets names a publication.
        if (before.lastIndexOf('《') > before.lastIndexOf('》')) return true;
        // ", a Ramp competitor founded by teenagers,": an apposition between commas.
        int comma = before.lastIndexOf(", ");
        if (comma >= 0 && v.lang.equals("en")) {
            String appositive = before.substring(comma + 2).toLowerCase(java.util.Locale.ROOT);
            if ((appositive.startsWith("a ") || appositive.startsWith("an ") || appositive.startsWith("the "))
                    && s.between(start, s.end()).contains(",")) {
                return true;
            }
        }
        int dashes = count(before, " - ") + count(before, " – ") + count(before, " — ");
        String after = s.between(start, s.end());
        return dashes % 2 == 1 && (after.contains(" - ") || after.contains(" – ") || after.contains(" — "));
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) n++;
        return n;
    }
}
