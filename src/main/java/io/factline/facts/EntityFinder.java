package io.factline.facts;

import io.factline.registry.EntityRegistry;
import io.factline.registry.Phrases;
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
 * anaphors. Each is marked ({@link EntityMarks}) when a preposition governs it or it stands aside in
 * parentheses or dashes. The ways one language writes names it alone uses are in {@link ChineseNames} and
 * {@link EnglishNames}.
 */
final class EntityFinder {
    /** "魔法原子：目标…", "Reuters: …": a short name before a colon at the start of a clause. */
    private static final Pattern COLON_NAME = Pattern.compile("(?:^|[；;，,｜|\\s])([\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z0-9 .&]{1,11})[：:]");
    static final int MAX_NAME_CHARS = 16;
    private static final Pattern DATELINE = Pattern.compile("[A-Z]{3,}(?:\\s+[A-Z]{3,})?\\s+(?=[A-Z][a-z])");
    /** English names spell out words: "Parallel Web Systems", "Advanced Micro Devices". */
    private static final int MAX_ENGLISH_NAME_CHARS = 32;
    /** Penn tags of a finite verb or modal: past, present third person and other, "will". */
    private static final java.util.Set<String> FINITE_VERB = java.util.Set.of("VBD", "VBZ", "VBP", "MD");

    private final SentenceView v;
    private final Sentence s;
    private final ArticleContext ctx;
    private final Lexicons reg;
    private final NameCandidates found;
    private final ChineseNames chinese;
    private final ChineseSubjects chineseSubjects;
    private final EnglishNames english;

    EntityFinder(SentenceView v, ArticleContext ctx, Lexicons reg) {
        this.v = v;
        this.s = v.sentence;
        this.ctx = ctx;
        this.reg = reg;
        this.found = new NameCandidates(v);
        boolean zh = v.lang.equals("zh");
        this.chinese = zh ? new ChineseNames(v, found) : null;
        this.chineseSubjects = zh ? new ChineseSubjects(v, found) : null;
        this.english = zh ? null : new EnglishNames(v, ctx, found);
    }

    List<EntityMention> find() {
        ListedNames.find(v, found, reg.entities());
        for (Phrases.Hit<EntityRegistry.Alias> h : reg.entities().find(s.text(), s.start())) {
            if (h.value().context() && !ctx.namesEntity(h.value().entityId())) continue;
            found.add(extended(EntityMention.of(h.value().entityId(), h.text(), h.start(), h.end(), EntityMention.Kind.REGISTRY)));
        }
        if (chinese != null) {
            chinese.quoted();
            chineseSubjects.legalNames();
            chineseSubjects.beforeVerbs(true);
        }
        organisations();
        if (chinese != null) {
            chinese.suffixNames();
            chinese.latinNames();
        }
        colonNames();
        if (chinese != null) {
            chineseSubjects.beforeVerbs(false);
            chinese.possessors();
        }
        if (english != null) english.describedNames();
        subjects();
        if (english != null) {
            english.appositiveHead();
            english.properNounRuns();
        }
        for (Phrases.Hit<String> h : v.cues.find(Cues.Kind.ANAPHOR, v.lang, Cues.Position.BEFORE, s.text(), s.start())) {
            found.add(EntityMention.of(null, h.text(), h.start(), h.end(), EntityMention.Kind.ANAPHOR));
        }
        EntityMarks marks = new EntityMarks(v);
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention e : found.list()) out.add(marks.mark(e));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * A registry name as the sentence writes it in full: followed by its corporate form it is the same company
     * written longer ("Alibaba Group", 小米集团); followed by further name words it names something else, a
     * subsidiary, unit or product the registry does not know ("General Motors Europe", "Berkshire Hathaway
     * Energy", 追觅智能汽车), which keeps no registry id.
     */
    private EntityMention extended(EntityMention e) {
        List<Token> t = s.tokens();
        int next = -1;
        for (int i = 0; i < t.size(); i++) if (t.get(i).start() >= e.end()) {
            next = i;
            break;
        }
        if (next < 0) return e;
        int end = e.end();
        boolean other = false;
        boolean zh = v.lang.equals("zh");
        for (int i = next; i < t.size(); i++) {
            Token k = t.get(i);
            String gap = s.between(end, k.start());
            if (zh ? !gap.isEmpty() : !gap.equals(" ")) break;
            boolean form = v.cues.isWhole(Cues.Kind.CORPORATE_FORM, v.lang, Cues.Position.AFTER, k.word());
            boolean nameWord = zh ? v.cues.isWhole(Cues.Kind.ORG_SUFFIX, "zh", Cues.Position.AFTER, k.word())
                    : !k.word().isEmpty() && Character.isUpperCase(k.word().charAt(0)) && k.pos().startsWith("NNP")
                    && !found.isNotName(k.word()) && !english.titleCase;
            if (!form && !nameWord) break;
            other |= !form;
            end = k.end();
        }
        if (end == e.end()) return e;
        String text = s.between(e.start(), end);
        // Chinese glues descriptive words to a brand freely (蔚来汽车 is 蔚来): the registry's company stays.
        if (zh) other = false;
        return EntityMention.of(other ? null : e.entityId(), text, e.start(), end,
                other ? EntityMention.Kind.ORG : EntityMention.Kind.REGISTRY);
    }

    /** The NER's organisations, widened to the place and brand before them and cut of a generic word in front. */
    private void organisations() {
        for (Mention m : s.entities()) {
            if (m.type() != MentionType.ORG || found.isNotName(m.text())) continue;
            int start = chinese != null ? chinese.extendLeft(m.start()) : m.start();
            if (chinese != null && chineseSubjects.isDescriptionOnly(start, m.end())) continue;
            start += genericPrefix(s.between(start, m.end()));
            // HanLP sometimes glues a preposition to the name it governs (以游戏).
            while (start < m.end() - 2 && ChineseNames.FUNCTION_CHARS.indexOf(s.text().charAt(start - s.start())) >= 0) {
                start++;
            }
            if (english != null) start += dateline(s.between(start, m.end()), start == s.start());
            found.add(EntityMention.of(null, s.between(start, m.end()), start, m.end(), EntityMention.Kind.ORG));
        }
    }

    /**
     * Length of a wire story's dateline the NER glued to the first name of its first sentence ("TOKYO Apple Inc",
     * "BEIJING China Merchants Bank"): a word in capitals followed by a capitalised word; 0 when none.
     */
    private static int dateline(String name, boolean sentenceStart) {
        if (!sentenceStart) return 0;
        java.util.regex.Matcher m = DATELINE.matcher(name);
        return m.lookingAt() ? m.end() : 0;
    }

    /** Length of a generic word a name starts with ("子公司峰米科技" → 峰米科技), 0 when none. */
    private int genericPrefix(String name) {
        for (Phrases.Hit<String> h : v.cues.find(Cues.Kind.NOT_NAME, v.lang, Cues.Position.CLAUSE, name, 0)) {
            if (h.start() == 0 && h.end() < name.length() - 1) return h.end();
        }
        return 0;
    }

    private void colonNames() {
        Matcher m = COLON_NAME.matcher(s.text());
        while (m.find()) {
            String name = m.group(1).strip();
            if (name.length() < 2 || found.isNotName(name)) continue;
            int a = s.start() + m.start(1), b = a + m.group(1).length();
            boolean person = v.persons.stream().anyMatch(p -> p.start() < b && a < p.end());
            if (!person) found.add(EntityMention.of(null, name, a, b, EntityMention.Kind.SUBJECT));
        }
    }

    /**
     * The words just before an action verb: the actor of "星海图完成20亿元融资", "Pillar raises $20M". In English
     * any finite verb has its subject before it ("Japan Display estimated a loss"): the tagger finds them all.
     */
    private void subjects() {
        List<Token> t = s.tokens();
        java.util.SortedSet<Integer> verbs = new java.util.TreeSet<>();
        for (Phrases.Hit<String> verb : v.cues.find(Cues.Kind.SUBJECT_VERB, v.lang, Cues.Position.AFTER, s.text(), s.start())) {
            verbs.add(verb.start());
        }
        if (english != null && !english.titleCase) {
            for (Token k : t) if (FINITE_VERB.contains(k.pos())) verbs.add(k.start());
        }
        for (int verbStart : verbs) {
            int last = -1;
            for (int i = 0; i < t.size(); i++) if (t.get(i).end() <= verbStart) last = i;
            // ", Howdy, reaches 1M subs": a name set off by commas before its verb.
            if (last > 0 && t.get(last).word().equals(",") && english != null) last--;
            if (last < 0 || !s.between(t.get(last).end(), verbStart).replace(",", "").isBlank()) continue;
            int first = last;
            while (first >= 0 && isNameToken(t.get(first))) first--;
            first++;
            if (first > last) continue;
            // "Geothermal Developer Fervo" → Fervo; in a Title Case headline capitals say nothing: the last word.
            if (english != null && english.titleCase && last > first) first = last;
            // "Parallel Web Systems hits": the capitalised first word of a sentence is part of the name it begins.
            if (english != null && first == 1 && !english.titleCase && english.beginsName(t.get(0))) first = 0;
            if (chinese != null && ChineseNames.isGenericNoun(t, first, last)) continue;
            found.addSpan(t.get(first).start(), t.get(last).end(), EntityMention.Kind.SUBJECT, 2,
                    english != null ? MAX_ENGLISH_NAME_CHARS : MAX_NAME_CHARS);
        }
    }

    private boolean isNameToken(Token t) {
        return chinese != null ? chinese.isNameToken(t) : english.isNameToken(t);
    }
}
