package io.factline.facts;

import io.factline.registry.Phrases;
import io.factline.model.Mention;
import io.factline.model.MentionType;
import io.factline.nlp.Quantity;
import io.factline.nlp.QuantityKind;
import io.factline.nlp.Sentence;
import io.factline.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One sentence as the fact stage reads it: its metric words, the entities it names, its quantities (levels,
 * changes, comparison values and growth rates told apart), and its people.
 */
final class SentenceView {
    /** A share's move or price as Chinese market flashes write it: 涨5.93%, 跌近7%, 报21.4元, 报6.69港元. */
    private static final Pattern SHARE_QUOTE = Pattern.compile(
            "[涨跌](?:近|超|逾)?\\d+(?:\\.\\d+)?%|报\\d+(?:\\.\\d+)?(?:港元|美元|元)");
    /** A combination of companies and a conditional about it, before a figure: the combined group is hypothetical. */
    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "(?i)\\b(?:merger|combination|combined (?:group|company|business|entity)|merged (?:group|company|entity)"
                    + "|tie-up|union of)\\b.*\\b(?:would|could)\\b");
    private static final java.util.regex.Pattern RATE = java.util.regex.Pattern.compile("\\s*(?:[\\p{L}-]+\\s+){1,2}per\\b");
    final Sentence sentence;
    final String lang;
    final Cues cues;
    final MetricWords metricRegistry;
    final List<MetricWords.Hit> metrics = new ArrayList<>();
    final List<EntityMention> entities;
    final List<Valued> values = new ArrayList<>();
    /**
     * Quantities the out-of-scope rules set aside (prices, stakes, per-share figures, handfuls), with why: still
     * candidates for the trained scorer, which weighs the reason against everything else it knows.
     */
    final List<SetAside> setAside = new ArrayList<>();
    final List<Growth> growth = new ArrayList<>();
    final List<Mention> persons = new ArrayList<>();
    /** The stock codes written after names ({@link ListedNames}), read once for the name finder and the quotes. */
    final List<ListedNames.Code> codes;

    /** What a number is in its sentence. */
    enum Role {
        /** The metric's value: "revenue of $5bn". */
        LEVEL,
        /** A change of it: "added 5 million", 净增22.5万户, "fell by $30m". */
        CHANGE,
        /** A comparison value after a level: "rose to $935.8m from $648.4m", 去年同期为55亿元. */
        PRIOR
    }

    /**
     * A quantity with its role.
     *
     * @param yearBefore for {@link Role#PRIOR}: the value is the same period a year before
     * @param negative   for {@link Role#CHANGE}: a decrease ("lost", 净减)
     */
    record Valued(Quantity q, Role role, boolean yearBefore, boolean negative) {
    }

    /** A quantity the out-of-scope rules set aside, and the rule that did ("price", "small-money", …). */
    record SetAside(Valued valued, String reason) {
    }

    /** A percentage stated as growth ("rose 2%", 同比增长146%), with its sign applied. */
    record Growth(Quantity quantity, double rate) {
    }

    SentenceView(Sentence s, ArticleContext ctx, Lexicons reg) {
        this.sentence = s;
        this.lang = s.lang();
        this.cues = reg.cues();
        this.metricRegistry = reg.metrics();
        List<Phrases.Hit<String>> compounds = cues.find(Cues.Kind.NOT_METRIC, lang, Cues.Position.CLAUSE, s.text(), s.start());
        // Cars sold are a sales volume, not shipments of devices (销量, "sold" say both).
        boolean vehicles = cues.any(Cues.Kind.VEHICLE, lang, Cues.Position.CLAUSE, s.text()) || ctx.aboutVehicles();
        // A share's trading day: its turnover (成交额) is no platform's GMV. Besides the cue words, a quote says so:
        // a move and a price (涨5.93%，报24.48美元) or the figures in parentheses after a name (富安娜(6.760,-0.04,-0.59%)).
        codes = ListedNames.codes(s);
        boolean trading = cues.any(Cues.Kind.TRADING, lang, Cues.Position.CLAUSE, s.text())
                || lang.equals("zh") && (codes.stream().anyMatch(c -> c.quoteStart() >= 0) || SHARE_QUOTE.matcher(s.text()).find());
        for (MetricWords.Hit h : reg.metrics().find(s)) {
            if (h.context() && !ctx.namesMetric(h.metric().id())) continue;
            if (vehicles && h.metric().id().equals("shipments")) continue;
            if (trading && h.metric().id().equals("GMV")) continue;
            // "investment bank", "sales department", 投资者: the metric word only modifies another noun.
            if (compounds.stream().anyMatch(c -> c.start() <= h.start() && h.end() <= c.end())) continue;
            metrics.add(h);
        }
        for (Mention m : s.entities()) {
            if (m.type() == MentionType.PERSON) {
                Mention p = Names.cleanPerson(this, m, ctx);
                if (p != null) persons.add(p);
            }
        }
        entities = new EntityFinder(this, ctx, reg).find();
        persons.removeIf(p -> entities.stream().anyMatch(e -> !e.anaphor() && e.start() < p.end() && p.start() < e.end()));
        for (Quantity q : s.quantities()) {
            if (inQuote(q)) continue;
            if (q.kind() == QuantityKind.PERCENT) {
                Double rate = growthRate(q);
                if (rate != null) {
                    growth.add(new Growth(q, rate));
                    continue;
                }
            }
            if (isConversion(q) || isHypothetical(q)) continue;
            String reason = exclusion(q);
            if (reason == null) values.add(role(q));
            else setAside.add(new SetAside(role(q), reason));
        }
    }

    private boolean inQuote(Quantity q) {
        for (ListedNames.Code c : codes) if (c.holds(q.start(), q.end())) return true;
        return false;
    }

    /** "A merger would create a group with sales of $9bn": the figure of a company that does not exist. */
    private boolean isHypothetical(Quantity q) {
        if (!lang.equals("en") || !sentence.text().contains("ould ")) return false;
        return HYPOTHETICAL.matcher(sentence.between(clauseStart(q.start()), q.start())).find();
    }

    /** "$1.13bn (£600m)", "4.3bn rupees ($98m; £52m)": an amount converted in parentheses is not a second fact. */
    private boolean isConversion(Quantity q) {
        if (q.kind() != QuantityKind.MONEY) return false;
        String before = sentence.between(sentence.start(), q.start());
        int open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
        if (open < 0 || before.indexOf(')', open) >= 0 || before.indexOf('）', open) >= 0) return false;
        int openAt = sentence.start() + open;
        for (Quantity p : sentence.quantities()) {
            if (p != q && p.kind() == QuantityKind.MONEY && p.end() <= openAt
                    && sentence.between(p.end(), openAt).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What stands between a growth word and the level it reached, not the rate it grew by: 增至, 升到, 提升至约,
     * "rose to", "climbed 5% to about".
     */
    private static final Pattern REACHED = Pattern.compile(
            "(?is).*(?:[至到]\\s*(?:约|近|超过|超|逾)?|\\bto(?:\\s+(?:about|around|roughly|nearly|almost|more than|over|"
                    + "some|just over|just under))?)\\s*");

    private Valued role(Quantity q) {
        String before = window(q.start(), true);
        Optional<Phrases.Hit<String>> prior = cues.last(Cues.Kind.PRIOR, lang, Cues.Position.BEFORE, before, 0);
        Optional<Phrases.Hit<String>> change = cues.last(Cues.Kind.CHANGE, lang, Cues.Position.BEFORE, before, 0);
        // 与上年同期相比减少8.4亿元: a change word after the comparison makes the number the difference.
        boolean changeAfterPrior = prior.isPresent() && change.isPresent() && change.get().start() >= prior.get().end();
        if (prior.isPresent() && !changeAfterPrior && before.length() - prior.get().end() <= (lang.equals("zh") ? 6 : 2)) {
            return new Valued(q, Role.PRIOR, prior.get().value().equals("year"), false);
        }
        if (change.isPresent() && before.length() - change.get().end() <= (lang.equals("zh") ? 3 : 14)) {
            // "added more than five million" is a change; "climbed by 31% to $418.7m" is not ($418.7m is the level).
            String between = before.substring(change.get().end());
            // 减少至3亿元, 增加到, 增长，达: what follows 至, 到, 为, 达 or a comma is the level reached, as after "to".
            if (!between.matches(".*\\d.*") && !between.matches("(?i).*\\bto\\b.*") && !between.matches(".*[至到为达，].*")) {
                return new Valued(q, Role.CHANGE, false, change.get().value().equals("-"));
            }
        }
        // "shrank its market value by $65 billion", "beat estimates by 2 cents": an amount after "by" is a difference.
        if (lang.equals("en") && q.kind() != QuantityKind.PERCENT && before.matches("(?s).*\\sby\\s*")) {
            return new Valued(q, Role.CHANGE, false, false);
        }
        String after = window(q.end(), false);
        Optional<Phrases.Hit<String>> next = cues.first(Cues.Kind.CHANGE, lang, Cues.Position.AFTER, after, 0);
        if (next.isPresent() && next.get().start() <= 1) return new Valued(q, Role.CHANGE, false, false);
        // "turnover rose $7.2bn to $170.8bn", "boost net income by 400m euros to 2.5bn": the first is the change.
        if (lang.equals("en") && after.matches("(?s)\\s+to\\s+[$£€¥]?\\d.*")) {
            var growthCue = cues.last(Cues.Kind.GROWTH, lang, Cues.Position.BEFORE, before, 0);
            boolean byBefore = before.stripTrailing().toLowerCase(java.util.Locale.ROOT).endsWith(" by");
            if (byBefore || growthCue.isPresent() && before.length() - growthCue.get().end() <= 2) {
                return new Valued(q, Role.CHANGE, false, growthCue.isPresent() && growthCue.get().value().equals("-"));
            }
        }
        return new Valued(q, Role.LEVEL, false, false);
    }

    private Double growthRate(Quantity q) {
        String before = window(q.start(), true);
        var cue = cues.last(Cues.Kind.GROWTH, lang, Cues.Position.BEFORE, before, 0);
        if (cue.isPresent() && before.length() - cue.get().end() <= (lang.equals("zh") ? 4 : 12)
                && !REACHED.matcher(before.substring(cue.get().end())).matches()) {
            return cue.get().value().equals("-") ? -q.value() : q.value();
        }
        String after = window(q.end(), false);
        var next = cues.first(Cues.Kind.GROWTH, lang, Cues.Position.AFTER, after, 0);
        if (next.isPresent() && next.get().start() <= 3) {
            return next.get().value().equals("-") ? -q.value() : q.value();
        }
        return null;
    }

    private boolean excludedBefore(Quantity q) {
        String before = window(q.start(), true);
        return cues.last(Cues.Kind.EXCLUDE, lang, Cues.Position.BEFORE, before, 0).isPresent();
    }

    /**
     * Share prices, per-share figures, stakes, prices, job numbers…: out of scope for metric facts. Returns the
     * reason (the cue word, or the name of the rule), null when the quantity may be a metric's value.
     */
    private String exclusion(Quantity q) {
        // "£4 a leg", "more than £30": no company's revenue, profit or round is this small; a price is.
        if (q.kind() == QuantityKind.MONEY && Math.abs(q.value()) < 1000) return "small-money";
        // "1.9 searches", "children under 18", "up to 16 other people": a count of something is whole, and a
        // count a company reports is not a handful.
        if (q.kind() == QuantityKind.NUMBER && q.valueHigh() == null && (q.value() != Math.rint(q.value()) || q.value() < 20)) {
            return "handful";
        }
        String before = window(q.start(), true);
        var cue = cues.last(Cues.Kind.EXCLUDE, lang, Cues.Position.BEFORE, before, 0);
        if (cue.isPresent()) {
            int cueAt = q.start() - before.length() + cue.get().end();
            boolean metricBetween = metrics.stream().anyMatch(m -> m.start() >= cueAt && m.end() <= q.start());
            // A per-unit prefix binds the metric after it too: 每股亏损1.56元, 人均收入.
            boolean perUnit = cue.get().text().startsWith("每") || cue.get().text().equals("人均");
            if (!metricBetween || perUnit) return cue.get().text().toLowerCase(java.util.Locale.ROOT);
        }
        // "目标价由650港元降至600港元", "shares fell from $103 to $92.9": the second end of an excluded change.
        Quantity previous = null;
        for (Quantity o : sentence.quantities()) if (o.end() <= q.start()) previous = o;
        if (previous != null && previous.kind() == q.kind() && excludedBefore(previous)) {
            String gap = sentence.between(previous.end(), q.start());
            if (gap.length() <= (lang.equals("zh") ? 6 : 14) && gap.matches("(?s).*(?:至|到|\\bto\\b).*")) return "excluded-range";
            // 管理总规模近60亿人民币及40亿美元: the next item of an excluded list.
            if (gap.matches("\\s*(?:及|和|与|以及|、|,|and)\\s*")) return "excluded-list";
        }
        String after = window(q.end(), false);
        // "7.5 connections per 100 people", "$5 a user": a rate, not a count or an amount.
        if (lang.equals("en") && RATE.matcher(after).lookingAt()) return "rate";
        var next = cues.first(Cues.Kind.EXCLUDE, lang, Cues.Position.AFTER, after, 0);
        if (next.isEmpty() && q.kind() == QuantityKind.NUMBER) {
            next = cues.first(Cues.Kind.EXCLUDE_COUNT, lang, Cues.Position.AFTER, after, 0);
        }
        // The counted noun may follow a name: "the 49 Next stores".
        if (next.isEmpty() || next.get().start() > (lang.equals("zh") ? 1 : 2)
                && !(lang.equals("en") && after.substring(0, next.get().start()).strip().matches("[A-Z][\\w&'-]*"))) {
            return null;
        }
        // "$142m a year earlier" is a comparison, not a price per year.
        int cueAt = q.end() + next.get().start();
        boolean yearEarlier = sentence.times().stream().anyMatch(t -> t.kind() == io.factline.nlp.TimeExpression.Kind.YEAR_EARLIER
                && t.start() <= cueAt && cueAt < t.end());
        return yearEarlier ? null : next.get().text().toLowerCase(java.util.Locale.ROOT);
    }

    /** The few words before (or after) an offset within the sentence. */
    String window(int at, boolean before) {
        int chars = lang.equals("zh") ? 8 : 32;
        return before ? sentence.between(Math.max(sentence.start(), at - chars), at)
                : sentence.between(at, Math.min(sentence.end(), at + chars));
    }

    /** Offset where the clause holding {@code at} starts: after the last ；or ; before it. */
    int clauseStart(int at) {
        String upTo = sentence.between(sentence.start(), at);
        int semi = Math.max(upTo.lastIndexOf(';'), upTo.lastIndexOf('；'));
        return sentence.start() + semi + 1;
    }

    boolean overlapsEntity(int a, int b) {
        for (EntityMention e : entities) if (a < e.end() && e.start() < b) return true;
        return false;
    }

    boolean overlapsMetric(int a, int b) {
        for (MetricWords.Hit m : metrics) if (a < m.end() && m.start() < b) return true;
        return false;
    }

    boolean overlapsQuantityOrTime(int a, int b) {
        for (Quantity q : sentence.quantities()) if (a < q.end() && q.start() < b) return true;
        for (var t : sentence.times()) if (a < t.end() && t.start() < b) return true;
        return false;
    }

    /** Words between two offsets of this sentence (for Chinese, HanLP's words). */
    int tokensBetween(int from, int to) {
        int n = 0;
        for (Token t : sentence.tokens()) if (t.start() >= from && t.end() <= to) n++;
        return n;
    }

    /** Whether the NER read a name, whole, as a mention of this type (a person's, a place's). */
    boolean readAs(EntityMention e, io.factline.model.MentionType type) {
        for (io.factline.model.Mention m : sentence.entities()) {
            if (m.type() == type && m.start() <= e.start() && e.end() <= m.end()) return true;
        }
        return false;
    }
}
