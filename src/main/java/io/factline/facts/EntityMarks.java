package io.factline.facts;

import io.factline.registry.Phrases;
import io.factline.nlp.Sentence;

import java.util.Locale;

/**
 * Where a name stands in its sentence: governed by a preposition, or set aside in parentheses, dashes or an
 * apposition. Either way it is not the actor of the sentence, which {@link EntityChooser} needs to know.
 */
final class EntityMarks {
    private final SentenceView v;
    private final Sentence s;

    EntityMarks(SentenceView v) {
        this.v = v;
        this.s = v.sentence;
    }

    EntityMention mark(EntityMention e) {
        return e.marked(governed(e.start()) || isSource(e) || isInvestor(e), aside(e.start()) || isSegment(e));
    }

    /** "led by a16z", "from Amazon", 由腾讯领投: the entity is the object of a preposition. */
    private boolean governed(int start) {
        return governedAfter(v.cues, v.lang, s.between(Math.max(s.start(), start - 12), start));
    }

    /** Whether the text just before a name ends with a preposition that governs it. */
    static boolean governedAfter(Cues cues, String lang, String before) {
        String b = before.stripTrailing();
        var cue = cues.last(Cues.Kind.PREPOSITION, lang, Cues.Position.BEFORE, b, 0);
        return cue.isPresent() && cue.get().end() == b.length();
    }

    /** Whether the text just after a name says it invested in the round (跟投, "co-led"). */
    static boolean investsBefore(Cues cues, String lang, String after) {
        var cue = cues.first(Cues.Kind.INVESTOR, lang, Cues.Position.AFTER, after, 0);
        return cue.isPresent() && cue.get().start() <= 1;
    }

    /**
     * "IDC发布报告显示", "Gartner figures", 中信证券认为: a research firm, a broker or a report is where a figure
     * comes from. Analysts are known by name or by how their names end (…研究院, …Research, …证券).
     */
    private boolean isSource(EntityMention e) {
        String name = e.text().strip();
        for (Phrases.Hit<String> h : v.cues.find(Cues.Kind.ANALYST, v.lang, Cues.Position.CLAUSE, name, 0)) {
            if (h.end() == name.length()) return true;
        }
        String after = s.between(e.end(), Math.min(s.end(), e.end() + 12));
        var cue = v.cues.first(Cues.Kind.SOURCE, v.lang, Cues.Position.AFTER, after, 0);
        return cue.isPresent() && cue.get().start() <= (v.lang.equals("zh") ? 2 : 1);
    }

    /** 小米跟投, "Sequoia co-led the round": an investor in the round is not the company that raised it. */
    private boolean isInvestor(EntityMention e) {
        return investsBefore(v.cues, v.lang, s.between(e.end(), Math.min(s.end(), e.end() + 16)));
    }

    /** 数字化业务, 广告事业部: a business segment is part of a company, not the company. */
    private static boolean isSegment(EntityMention e) {
        return e.entityId() == null && e.text().matches(".*(?:业务|部门|事业部|事业群|板块)$");
    }

    /** Inside parentheses, or between a pair of dashes: "Google apps - including Gmail - now reach". */
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
        // ", a payroll start-up based in Austin,": an apposition between commas.
        int comma = before.lastIndexOf(", ");
        if (comma >= 0 && v.lang.equals("en")) {
            String appositive = before.substring(comma + 2).toLowerCase(Locale.ROOT);
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
