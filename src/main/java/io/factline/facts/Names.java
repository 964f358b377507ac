package io.factline.facts;

import io.factline.registry.Phrases;
import io.factline.model.Mention;
import io.factline.model.MentionType;
import io.factline.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/** Cleaning of names as the NER gives them: people's, and companies' as facts name them. */
final class Names {
    private static final java.util.regex.Pattern ZH_LEGAL_FORM = java.util.regex.Pattern.compile(
            "(?:股份有限公司|有限责任公司|有限公司)$");

    private Names() {
    }

    /**
     * The name a fact gives a company the registry does not know: as written, without the legal or corporate
     * form news leaves out when it names the company again ("Xerox Corp" → Xerox, "Alibaba Group Holding Ltd" →
     * Alibaba; 深圳云帆智造科技有限公司 → 深圳云帆智造科技).
     */
    static String canonical(String name, String lang, Cues cues) {
        String n = name.strip();
        if (n.startsWith("MARKET:") || n.startsWith("UNNAMED:")) return n;
        if (lang.equals("zh")) {
            String bare = ZH_LEGAL_FORM.matcher(n).replaceFirst("");
            return bare.length() >= 2 ? bare : n;
        }
        n = n.replaceFirst("^(?:The|the)\\s+", "").replaceFirst("[’']s$", "");
        while (true) {
            String before = n;
            for (Phrases.Hit<String> h : cues.find(Cues.Kind.CORPORATE_FORM, "en", Cues.Position.AFTER, n, 0)) {
                if (h.end() == n.length() && h.start() > 0) {
                    String rest = n.substring(0, h.start()).replaceAll("[\\s,]+$", "");
                    if (!rest.isEmpty() && Character.isLetterOrDigit(rest.charAt(0))) n = rest;
                    break;
                }
            }
            if (n.equals(before)) return n.isEmpty() ? name.strip() : n;
        }
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
