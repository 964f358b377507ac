package io.factline.facts;

import io.factline.model.Fact;
import io.factline.model.Mention;
import io.factline.model.MentionType;
import io.factline.nlp.Quantity;
import io.factline.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the trained scorer knows of a candidate fact, as named binary features: the number (kind, size, role,
 * the rule that set it aside), the words and cue classes around it, the metric word and how it stands to the
 * number, the entity (how it was found, where it stands, what its name looks like), the sentence and the
 * article. Every feature is emitted twice, plain and prefixed with the language, so that what both languages
 * share is learnt from both and what differs from each.
 */
final class CandidateFeatures {
    private static final int WORDS = 3;

    private final SentenceView v;
    private final ArticleContext ctx;
    private final List<String> out = new ArrayList<>();

    private CandidateFeatures(SentenceView v, ArticleContext ctx) {
        this.v = v;
        this.ctx = ctx;
    }

    /**
     * @param setAside the rule that set the number aside as out of scope, or null
     * @param options  how many metric words the number could belong to
     */
    static List<String> of(SentenceView v, ArticleContext ctx, SentenceView.Valued valued, String setAside,
                           MetricPairing.Pair pair, int options, EntityChooser.Option option, Fact fact) {
        CandidateFeatures f = new CandidateFeatures(v, ctx);
        f.quantity(valued, setAside);
        f.words(valued.q());
        f.cues(valued.q(), pair);
        f.metric(pair, valued.q(), options);
        f.entity(option, pair, valued.q());
        f.sentence();
        f.wording(fact);
        List<String> both = new ArrayList<>(f.out.size() * 2 + 2);
        both.add("bias");
        both.add(v.lang + "|bias");
        for (String s : f.out) {
            both.add(s);
            both.add(v.lang + "|" + s);
        }
        return both;
    }

    /**
     * How an entity option compares with the others proposed for the same reading: the nearest name before the
     * figure, the nearest after, the most named in the article, the only one the registry knows.
     */
    static List<String> relative(SentenceView v, ArticleContext ctx, EntityChooser.Option option,
                                 List<EntityChooser.Option> options, int anchor) {
        EntityMention e = option.entity();
        EntityMention nearestBefore = null, nearestAfter = null;
        int most = -1, known = 0;
        for (EntityChooser.Option o : options) {
            EntityMention x = o.entity();
            if (x.start() >= 0 && x.end() <= anchor && (nearestBefore == null || x.end() > nearestBefore.end())) nearestBefore = x;
            if (x.start() >= anchor && (nearestAfter == null || x.start() < nearestAfter.start())) nearestAfter = x;
            most = Math.max(most, ctx.mentions(x.entity()));
            if (x.entityId() != null) known++;
        }
        List<String> out = new ArrayList<>();
        if (e == nearestBefore) out.add("e.nearest-before");
        if (e == nearestAfter) out.add("e.nearest-after");
        if (ctx.mentions(e.entity()) == most && most > 0) out.add("e.most-named-option");
        if (e.entityId() != null && known == 1) out.add("e.only-known-option");
        out.add("e.options=" + (options.size() <= 2 ? Integer.toString(options.size()) : options.size() <= 4 ? "3-4" : "5+"));
        List<String> both = new ArrayList<>();
        for (String f : out) {
            both.add(f);
            both.add(v.lang + "|" + f);
        }
        return both;
    }

    private void add(String feature) {
        out.add(feature);
    }

    private void quantity(SentenceView.Valued valued, String setAside) {
        Quantity q = valued.q();
        add("q.kind=" + q.kind());
        add("q.role=" + valued.role());
        add("q.currency=" + (q.currency() == null ? "none" : switch (q.currency()) {
            case "CNY", "USD", "HKD", "GBP", "EUR" -> q.currency();
            default -> "other";
        }));
        if (q.counter() != null) add("q.counter=" + q.counter().toLowerCase(Locale.ROOT));
        if (q.vague()) add("q.vague");
        if (q.valueHigh() != null) add("q.range");
        if (q.qualifier() != null) add("q.own-qualifier=" + q.qualifier());
        add("q.magnitude=" + magnitude(q));
        add("q.aside=" + (setAside == null ? "none" : setAside));
        if (setAside != null) add("q.aside");
    }

    /** Decimal order of magnitude, the ratio of a percentage in tenths. */
    private static String magnitude(Quantity q) {
        double a = Math.abs(q.value());
        if (q.kind() == io.factline.nlp.QuantityKind.PERCENT) return a >= 1 ? "pct>=100" : a >= 0.5 ? "pct>=50" : a >= 0.1 ? "pct>=10" : "pct<10";
        if (a < 1) return "<1";
        int e = (int) Math.floor(Math.log10(a));
        return Integer.toString(Math.min(e, 12));
    }

    /** The words nearest the number, by position, and the few words on each side as a bag. */
    private void words(Quantity q) {
        List<Token> tokens = v.sentence.tokens();
        int first = -1, last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > q.start() && t.start() < q.end()) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0) return;
        for (int k = 1; k <= 5; k++) {
            int i = first - k;
            if (i < 0) {
                if (k == 1) add("w-1=<s>");
                break;
            }
            String w = norm(tokens.get(i));
            if (k <= WORDS) add("w-" + k + "=" + w);
            add("wl=" + w);
        }
        for (int k = 1; k <= 5; k++) {
            int i = last + k;
            if (i >= tokens.size()) {
                if (k == 1) add("w+1=</s>");
                break;
            }
            String w = norm(tokens.get(i));
            if (k <= WORDS) add("w+" + k + "=" + w);
            add("wr=" + w);
        }
    }

    private static String norm(Token t) {
        String w = t.lemma() != null ? t.lemma() : t.word();
        w = w.toLowerCase(Locale.ROOT);
        if (w.matches(".*\\d.*")) return "<num>";
        return w;
    }

    /** Cue classes of models/cues.tsv near the number and in its clause. */
    private void cues(Quantity q, MetricWords.Hit m) {
        String before = v.window(q.start(), true), after = v.window(q.end(), false);
        String lang = v.lang;
        Cues c = v.cues;
        c.last(Cues.Kind.QUALIFIER, lang, Cues.Position.BEFORE, before, 0).ifPresent(h -> add("cue.qualifier-before=" + h.value()));
        c.first(Cues.Kind.QUALIFIER, lang, Cues.Position.AFTER, after, 0).ifPresent(h -> add("cue.qualifier-after=" + h.value()));
        c.last(Cues.Kind.GROWTH, lang, Cues.Position.BEFORE, before, 0).ifPresent(h -> add("cue.growth-before"));
        c.last(Cues.Kind.CHANGE, lang, Cues.Position.BEFORE, before, 0).ifPresent(h -> add("cue.change-before"));
        c.last(Cues.Kind.PRIOR, lang, Cues.Position.BEFORE, before, 0).ifPresent(h -> add("cue.prior-before"));
        c.last(Cues.Kind.EXCLUDE, lang, Cues.Position.BEFORE, before, 0).ifPresent(h -> add("cue.exclude-before"));
        c.first(Cues.Kind.EXCLUDE, lang, Cues.Position.AFTER, after, 0).ifPresent(h -> add("cue.exclude-after"));
        String clause = v.sentence.between(v.clauseStart(q.start()), v.sentence.end());
        for (var h : c.find(Cues.Kind.CLAIM, lang, Cues.Position.CLAUSE, v.sentence.between(v.sentence.start(), q.end()), 0)) {
            add("cue.claim=" + h.value());
        }
        if (c.any(Cues.Kind.PAST, lang, Cues.Position.CLAUSE, clause)) add("cue.past");
        if (c.any(Cues.Kind.RECEIVE, lang, Cues.Position.CLAUSE, clause)) add("cue.receive");
        if (c.any(Cues.Kind.SPEECH, lang, Cues.Position.CLAUSE, v.sentence.text())) add("cue.speech");
        if (c.any(Cues.Kind.VEHICLE, lang, Cues.Position.CLAUSE, v.sentence.text()) || ctx.aboutVehicles()) add("cue.vehicle");
        if (c.any(Cues.Kind.ANALYST, lang, Cues.Position.CLAUSE, v.sentence.text())) add("cue.analyst-in-sentence");
        if (!v.persons.isEmpty()) add("s.person");
    }

    private void cues(Quantity q, MetricPairing.Pair pair) {
        cues(q, pair.hit());
    }

    private void metric(MetricPairing.Pair pair, Quantity q, int options) {
        MetricWords.Hit m = pair.hit();
        String id = m.metric().id();
        add("m=" + id);
        add(m.metric().isCore() ? "m.core" : "m.other");
        String side = pair.before() ? "before" : "after";
        add("m.side=" + side);
        add("m.side&m=" + side + "&" + id);
        add("m.tokens=" + bucket(pair.tokens()));
        add("m.tokens&side=" + bucket(pair.tokens()) + "&" + side);
        add("m.soft=" + Math.min(pair.soft(), 2));
        if (pair.rival()) add("m.rival");
        if (pair.chosen()) add("m.rule");
        if (m.context()) add("m.context-word");
        add("m.word=" + (pair.implicit() ? "<none>" : m.text().toLowerCase(Locale.ROOT)));
        if (pair.implicit()) add("m.implicit");
        add("m&q.kind=" + id + "&" + q.kind());
        add("m&mag=" + id + "&" + magnitude(q));
        add("m.options=" + Math.min(options, 3));
        // The words right before the metric word: "China revenue", "cloud revenue", 海外营收, 广告收入.
        List<Token> tokens = v.sentence.tokens();
        int at = -1;
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).start() >= m.start()) {
            at = i;
            break;
        }
        if (at > 0) {
            add("mw-1=" + norm(tokens.get(at - 1)));
            add("mw-1&m=" + norm(tokens.get(at - 1)) + "&" + id);
            if (at > 1) add("mw-2=" + norm(tokens.get(at - 2)));
        }
        int clause = v.clauseStart(Math.min(m.start(), q.start()));
        for (Mention loc : v.sentence.entities()) {
            if (loc.type() != MentionType.LOCATION || loc.end() > m.start()) continue;
            if (v.tokensBetween(loc.end(), m.start()) <= 2) add("m.place-before");
            else if (loc.start() >= clause) add("m.place-in-clause");
        }
        String clauseText = v.sentence.between(clause, Math.max(m.end(), q.end()));
        if (v.cues.any(Cues.Kind.ADJUSTED, v.lang, Cues.Position.CLAUSE, clauseText)) {
            add("m.adjusted");
            add("m.adjusted&m=" + id);
        }
        String beforeMetric = v.sentence.between(clause, m.start());
        if (!pair.implicit() && v.cues.any(Cues.Kind.SEGMENT, v.lang, Cues.Position.CLAUSE, beforeMetric)) {
            add("m.segment-before");
            add("m.segment-before&m=" + id);
        }
        String before = v.sentence.between(Math.max(v.sentence.start(), m.start() - (v.lang.equals("zh") ? 6 : 24)), m.start());
        if (v.cues.any(Cues.Kind.MARKET, v.lang, Cues.Position.BEFORE, before)) add("m.market-word-before");
    }

    private void entity(EntityChooser.Option option, MetricPairing.Pair pair, Quantity q) {
        EntityMention e = option.entity();
        String id = pair.hit().metric().id();
        add("e.source=" + option.source());
        add("e.kind=" + e.kind());
        add("e.source&kind=" + option.source() + "&" + e.kind());
        add("e.source&m=" + option.source() + "&" + id);
        if (e.governed()) add("e.governed");
        if (e.aside()) add("e.aside");
        EntityMention topic = ctx.topic();
        boolean isTopic = topic != null && topic.entity().equalsIgnoreCase(e.entity());
        if (isTopic) add("e.topic");
        if (topic == null) add("e.no-topic");
        int anchor = Math.min(pair.hit().start(), q.start());
        if (e.start() >= 0) {
            boolean before = e.end() <= anchor;
            String where = before ? "before" : e.start() >= Math.max(pair.hit().end(), q.end()) ? "after" : "between";
            add("e.pos=" + where);
            int from = before ? e.end() : Math.max(pair.hit().end(), q.end()), to = before ? anchor : e.start();
            if (to >= from) {
                add("e.tokens=" + bucket(v.tokensBetween(from, to)));
                String gap = v.sentence.between(from, to);
                add("e.soft=" + Math.min(Boundaries.soft(gap, v.lang), 2));
                add("e.pos&soft=" + where + "&" + Math.min(Boundaries.soft(gap, v.lang), 2));
            }
            for (Mention m : v.sentence.entities()) {
                if (m.start() < e.end() && e.start() < m.end()) add("e.ner=" + m.type());
            }
        } else {
            add("e.pos=elsewhere");
        }
        if (e.start() >= 0) neighbours(e);
        String src = option.source().toString();
        add("e.source&pos=" + src + "&" + (e.start() < 0 ? "elsewhere" : e.end() <= anchor ? "before" : "after"));
        add("e.topic&source=" + isTopic + "&" + src);
        add("e.known=" + (e.entityId() != null));
        int rank = ctx.frequencyRank(e.entity());
        add("e.rank=" + (rank < 0 ? "none" : rank > 3 ? "4+" : Integer.toString(rank)));
        boolean first = true;
        for (EntityMention o : v.entities) {
            if (o.anaphor() || o.start() >= (e.start() < 0 ? Integer.MAX_VALUE : e.start())) continue;
            first = false;
            break;
        }
        if (e.start() >= 0 && first) add("e.first-in-sentence");
        if (e.text().startsWith("MARKET:")) add("e.market");
        if (e.entityId() != null) {
            ctx.registryKind(e.entityId()).ifPresent(k -> add("e.registry=" + k));
        }
        String text = e.text();
        add("e.length=" + bucket(text.codePointCount(0, text.length())));
        if (v.lang.equals("en")) {
            if (!text.isEmpty() && Character.isUpperCase(text.charAt(0))) add("e.capitalised");
            if (text.equals(text.toLowerCase(Locale.ROOT))) add("e.lowercase");
            if (text.split("\\s+").length == 1) add("e.one-word");
        }
        if (text.matches(".*\\d.*")) add("e.digit");
        if (v.lang.equals("en") && text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT))) add("e.all-caps");
        if (v.cues.find(Cues.Kind.ORG_SUFFIX, v.lang, Cues.Position.AFTER, text, 0).stream()
                .anyMatch(h -> h.end() == text.length())) {
            add("e.org-suffix");
        }
        if (v.cues.find(Cues.Kind.ANALYST, v.lang, Cues.Position.CLAUSE, text, 0).stream()
                .anyMatch(h -> h.end() == text.length())) {
            add("e.analyst-name");
        }
        if (v.cues.isWhole(Cues.Kind.NOT_NAME, v.lang, Cues.Position.CLAUSE, text)) add("e.not-name");
        if (v.cues.any(Cues.Kind.GOVERNMENT, v.lang, Cues.Position.CLAUSE, text)) add("e.government");
        add("e.mentions=" + bucket(ctx.mentions(e.entity())));
        if (ctx.inTitle(e)) add("e.in-title");
    }

    /** The words right before and after a name: "rival Google", "at Apple", "Apple said", "Apple's". */
    private void neighbours(EntityMention e) {
        List<Token> tokens = v.sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() == e.start() || t.end() <= e.start() && (i + 1 == tokens.size() || tokens.get(i + 1).start() >= e.start())) {
                add("e.w-1=" + norm(t));
            }
            if (t.start() >= e.end()) {
                add("e.w+1=" + norm(t));
                break;
            }
        }
        if (e.start() == v.sentence.start()) add("e.w-1=<s>");
    }

    private void sentence() {
        int i = v.sentence.index();
        add("s.index=" + (i == 0 ? "0" : i == 1 ? "1" : i < 5 ? "2-4" : "5+"));
        add("s.quantities=" + bucket(v.sentence.quantities().size()));
        add("s.metrics=" + bucket(v.metrics.size()));
        add("d.registry-entities=" + bucket(ctx.registryEntities()));
        add("d.sentences=" + bucket(ctx.sentences()));
        add("d.metric-sentences=" + share(ctx.metricSentences(), ctx.sentences()));
        double b = ctx.aboutBusiness();
        String topic = b < 0.1 ? "<.1" : b < 0.3 ? "<.3" : b < 0.5 ? "<.5" : b < 0.7 ? "<.7" : b < 0.9 ? "<.9" : ">=.9";
        add("d.business=" + topic);
    }

    private void wording(Fact fact) {
        add("f.claim=" + fact.claim());
        add("f.qualifier=" + fact.qualifier());
        add("f.dated=" + (fact.asOf() != null));
        if (fact.value() < 0) add("f.negative");
    }

    private static String bucket(int n) {
        if (n <= 2) return Integer.toString(n);
        if (n <= 4) return "3-4";
        if (n <= 8) return "5-8";
        if (n <= 16) return "9-16";
        return "17+";
    }

    private static String share(int part, int whole) {
        if (whole == 0) return "0";
        double r = part / (double) whole;
        return r == 0 ? "0" : r < 0.1 ? "<.1" : r < 0.25 ? "<.25" : r < 0.5 ? "<.5" : ">=.5";
    }
}
