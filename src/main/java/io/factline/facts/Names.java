package io.factline.facts;

import io.factline.model.Mention;
import io.factline.model.MentionType;
import io.factline.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/** Cleaning of person names as the NER gives them. */
final class Names {
    private Names() {
    }

    /** Drops words CoreNLP glued to a name that the article also writes in lowercase ("tiktok Zhang Nan"). */
    static Mention cleanPerson(SentenceView v, Mention m, ArticleContext ctx) {
        if (v.lang.equals("zh")) return m;
        List<Token> inside = new ArrayList<>();
        for (Token t : v.sentence.tokens()) {
            if (t.start() >= m.start() && t.end() <= m.end()) inside.add(t);
        }
        while (!inside.isEmpty() && !isName(inside.get(0), ctx)) inside.remove(0);
        while (!inside.isEmpty() && !isName(inside.get(inside.size() - 1), ctx)) inside.remove(inside.size() - 1);
        if (inside.isEmpty()) return null;
        int a = inside.get(0).start(), b = inside.get(inside.size() - 1).end();
        return new Mention(MentionType.PERSON, a, b, v.sentence.between(a, b), null);
    }

    private static boolean isName(Token t, ArticleContext ctx) {
        String w = t.word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !ctx.alsoLowercase(w)
                && !t.pos().startsWith("PRP");
    }
}
