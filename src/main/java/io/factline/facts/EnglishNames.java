package io.factline.facts;

import io.factline.model.Mention;
import io.factline.model.MentionType;
import io.factline.nlp.Sentence;
import io.factline.nlp.Token;

import java.util.List;
import java.util.Locale;

/**
 * How English text names a company CoreNLP does not tag as one: a capitalised word before an apposition
 * ("Quill, a payroll start-up, …") and runs of proper nouns. Headlines in Title Case are told apart, since there
 * capitals say nothing.
 */
final class EnglishNames {
    private final SentenceView v;
    private final Sentence s;
    private final ArticleContext ctx;
    private final NameCandidates found;
    final boolean titleCase;

    EnglishNames(SentenceView v, ArticleContext ctx, NameCandidates found) {
        this.v = v;
        this.s = v.sentence;
        this.ctx = ctx;
        this.found = found;
        this.titleCase = isTitleCase(s.tokens());
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

    /** "Quill, a payroll start-up based in Austin, raises…": a capitalised first word set off by an apposition. */
    void appositiveHead() {
        List<Token> t = s.tokens();
        if (t.size() < 4 || !t.get(1).word().equals(",")) return;
        Token first = t.get(0), article = t.get(2);
        String a = article.word().toLowerCase(Locale.ROOT);
        if (Character.isUpperCase(first.word().charAt(0)) && (a.equals("a") || a.equals("an") || a.equals("the"))
                && (first.pos().startsWith("NN") || first.pos().startsWith("VB")) && !found.isNotName(first.word())) {
            found.add(EntityMention.of(null, first.word(), first.start(), first.end(), EntityMention.Kind.SUBJECT));
        }
    }

    /** "AI learning app Gizmo", "ride-hailing firm Grab": the capitalised words right after a describing noun. */
    void describedNames() {
        if (titleCase) return;
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            String before = t.get(i - 1).word().toLowerCase(Locale.ROOT);
            if (!v.cues.isWhole(Cues.Kind.DESCRIPTOR, "en", Cues.Position.BEFORE, before) || !isDescribedName(t.get(i))) {
                continue;
            }
            int j = i;
            while (j + 1 < t.size() && isDescribedName(t.get(j + 1))) j++;
            found.add(EntityMention.of(null, s.between(t.get(i).start(), t.get(j).end()), t.get(i).start(),
                    t.get(j).end(), EntityMention.Kind.SUBJECT));
            i = j;
        }
    }

    private boolean isDescribedName(Token k) {
        String w = k.word();
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && k.pos().startsWith("NN")
                && !ctx.alsoLowercase(w) && !found.isNotName(w);
    }

    /** Runs of proper nouns not already taken: a company the registry and the NER do not know. */
    void properNounRuns() {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!isProperNoun(t.get(i))) continue;
            int j = i;
            while (j + 1 < t.size() && isProperNoun(t.get(j + 1))) j++;
            int first = j - i >= 2 ? j : i;
            found.add(EntityMention.of(null, s.between(t.get(first).start(), t.get(j).end()), t.get(first).start(),
                    t.get(j).end(), EntityMention.Kind.PROPER));
            i = j;
        }
    }

    /**
     * A proper noun that can be part of a company name: not a place or person the NER found, and not a word the
     * article also writes in lowercase (machine translation capitalises common words).
     */
    private boolean isProperNoun(Token k) {
        if (!k.pos().startsWith("NNP") || ctx.alsoLowercase(k.word()) || found.isNotName(k.word())) return false;
        for (Mention m : s.entities()) {
            if ((m.type() == MentionType.LOCATION || m.type() == MentionType.PERSON) && k.start() < m.end()
                    && m.start() < k.end()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first word of a sentence, capitalised there whatever it is, when it can still begin the name that
     * follows it: an adjective or noun (Parallel, British), not a word the cue list or the article's lowercase use
     * says is common.
     */
    boolean beginsName(Token first) {
        String w = first.word(), pos = first.pos();
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && (pos.startsWith("NN") || pos.equals("JJ"))
                && !ctx.alsoLowercase(w) && !found.isNotName(w);
    }

    /** A word that can be part of the name before a verb. */
    boolean isNameToken(Token t) {
        // Headlines fool the tagger ("Pillar/NN raises"): a capitalised word inside the sentence is a name.
        boolean capitalised = !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0))
                && t.start() > s.start();
        return (t.pos().startsWith("NNP") || capitalised && t.pos().startsWith("NN")) && !ctx.alsoLowercase(t.word())
                && !found.isNotName(t.word());
    }
}
