package io.factline.facts;

import io.factline.model.Fact;
import io.factline.nlp.Periods;
import io.factline.nlp.Quantity;
import io.factline.nlp.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The period a figure of one sentence belongs to ({@code as_of}): the time expression that dates it in its
 * clause, the quarter last named for "the quarter", the period the article last reported for a figure left
 * undated, and the year before for "a year earlier".
 */
final class FigurePeriods {
    private final SentenceView v;
    private final PeriodContext periods;

    FigurePeriods(SentenceView v, PeriodContext periods) {
        this.v = v;
        this.periods = periods;
    }

    /** The periods this sentence names as such (not lengths of time, not comparison years). */
    List<String> named() {
        List<String> out = new ArrayList<>();
        for (TimeExpression t : v.sentence.times()) {
            if (t.kind() != TimeExpression.Kind.DATE || t.value() == null || !dates(t)) continue;
            // "from 117.7bn kronor in 2003": the year of a comparison value is not the one the article reports.
            Quantity a = attachedTo(t);
            boolean ofPrior = a != null && v.values.stream().anyMatch(o -> o.q() == a && o.role() == SentenceView.Role.PRIOR);
            String back = periods.referredBack(t);
            if (!ofPrior) out.add(back != null ? back : t.value());
        }
        return out;
    }

    /**
     * The nearest time expression before the number in its clause, else one just after it in its part of the
     * clause; "the quarter" is the quarter last named; a reported figure the sentence does not date belongs to
     * the period the article last named.
     */
    String asOf(Quantity q, String claim) {
        List<TimeExpression> times = v.sentence.times();
        // "£2.89bn in 2004": a date written right after the figure is its own.
        TimeExpression chosen = null;
        for (TimeExpression t : times) if (dates(t) && attachedTo(t) == q) chosen = t;
        if (chosen == null) {
            for (TimeExpression t : times) {
                if (!dates(t) || attachedToOther(t, q) && !laterListItem(t, q)) continue;
                if (t.end() <= q.start() && !Boundaries.hard(v.sentence.between(t.end(), q.start()))) chosen = t;
            }
        }
        if (chosen == null) {
            // Not in its own clause: an earlier clause of the sentence may date it (上半年实现营收…；亏损…).
            for (TimeExpression t : times) if (dates(t) && !attachedToOther(t, q) && t.end() <= q.start()) chosen = t;
        }
        if (chosen == null) {
            for (TimeExpression t : times) {
                if (!dates(t) || t.start() < q.end() || attachedToOther(t, q)) continue;
                // "$318.2m (£171m) during July to September": a conversion in parentheses is no boundary.
                String gap = v.sentence.between(q.end(), t.start()).replaceAll("[(（][^)）]*[)）]", "");
                if (!Boundaries.hard(gap) && Boundaries.soft(gap, v.lang) == 0) chosen = t;
                break;
            }
        }
        String value;
        if (chosen != null) {
            String back = periods.referredBack(chosen);
            value = back != null ? back : chosen.value() != null ? chosen.value() : periods.resolveAnaphoric(chosen);
        } else {
            boolean datedElsewhere = times.stream().anyMatch(t -> t.kind() == TimeExpression.Kind.PRESENT);
            value = claim.equals(Fact.REPORTED) && !datedElsewhere ? periods.last() : null;
        }
        if (value != null && yearEarlierNear(q)) value = minusYear(value);
        return value;
    }

    /**
     * The period of a comparison value: its own date ("from 117.7bn kronor in 2003", the part of the year taken
     * from the compared figure: "in 2003" against 2004-Q4 is 2003-Q4), else the compared fact's, or the year
     * before when the words say so.
     */
    String priorAsOf(SentenceView.Valued valued, String comparedAsOf) {
        for (TimeExpression t : v.sentence.times()) {
            if (!dates(t) || t.value() == null || attachedTo(t) != valued.q()) continue;
            String own = t.value();
            if (own.length() == 4 && comparedAsOf != null && comparedAsOf.length() > 4) {
                int years = Integer.parseInt(own) - Periods.startYear(comparedAsOf);
                return shiftYears(comparedAsOf, years);
            }
            return own;
        }
        if (comparedAsOf != null && (valued.yearBefore() || yearEarlierNear(valued.q()))) return minusYear(comparedAsOf);
        return comparedAsOf;
    }

    /**
     * The figure an English date directly follows, with at most a few words between ("$66m during the same
     * period in 2003", "$630m (£481.5m) in the October-to-December period"), or null. Chinese writes the date
     * before the figure.
     */
    private Quantity attachedTo(TimeExpression t) {
        if (v.lang.equals("zh")) return null;
        Quantity attached = null;
        for (SentenceView.Valued o : v.values) {
            Quantity q = o.q();
            if (q.end() > t.start()) continue;
            String gap = v.sentence.between(q.end(), t.start()).replaceAll("[(（][^)）]*[)）]", "").strip();
            // "$261.9m (£135.6m), for the three months to 30 November": a comma may set the date off.
            if (gap.startsWith(",")) gap = gap.substring(1).strip();
            if (Boundaries.hard(gap) || Boundaries.soft(gap, v.lang) > 0) continue;
            if (!gap.isEmpty() && gap.split("\\s+").length > 6) continue;
            attached = q;
        }
        return attached;
    }

    /**
     * "28 percent of the market in the third quarter, Xiaomi 14 percent and Oppo 11 percent": a later item of a list
     * that leaves out the verb (a comma or a conjunction after the date, no verb before the figure) shares the date
     * of the first item.
     */
    private boolean laterListItem(TimeExpression t, Quantity q) {
        if (t.end() > q.start()) return false;
        String gap = v.sentence.between(t.end(), q.start());
        if (Boundaries.hard(gap)) return false;
        if (Boundaries.soft(gap, v.lang) == 0 && !v.cues.any(Cues.Kind.CONJUNCTION, v.lang, Cues.Position.BEFORE, gap)) {
            return false;
        }
        for (io.factline.nlp.Token tok : v.sentence.tokens()) {
            if (tok.start() >= t.end() && tok.end() <= q.start() && (tok.pos().startsWith("VB") || tok.pos().startsWith("MD"))) {
                return false;
            }
        }
        return true;
    }

    private boolean attachedToOther(TimeExpression t, Quantity q) {
        Quantity a = attachedTo(t);
        return a != null && a != q;
    }

    /** A period that can date a figure: not a length of time, not a comparison ("up 27% from 2003"). */
    private boolean dates(TimeExpression t) {
        if (t.kind() != TimeExpression.Kind.DATE && t.kind() != TimeExpression.Kind.PRESENT) return false;
        String before = v.window(t.start(), true);
        var prior = v.cues.last(Cues.Kind.PRIOR, v.lang, Cues.Position.BEFORE, before, 0);
        boolean comparison = prior.isPresent() && before.length() - prior.get().end() <= 5
                || before.stripTrailing().toLowerCase(Locale.ROOT).matches(".*\\b(?:than|since)(?: its| the)?$");
        return !comparison;
    }

    /** "$142m a year earlier", "year-earlier $142m", 去年同期: the value is the year-before figure. */
    private boolean yearEarlierNear(Quantity q) {
        for (TimeExpression t : v.sentence.times()) {
            if (t.kind() != TimeExpression.Kind.YEAR_EARLIER) continue;
            boolean justAfter = t.start() >= q.end() && v.sentence.between(q.end(), t.start()).strip().length() <= 2;
            boolean justBefore = t.end() <= q.start() && v.tokensBetween(t.end(), q.start()) <= 3;
            if (justAfter || justBefore) return true;
        }
        return false;
    }

    static String minusYear(String period) {
        return shiftYears(period, -1);
    }

    /** The same part of another year: 2004-09/2004-11 shifted by -1 is 2003-09/2003-11. */
    static String shiftYears(String period, int years) {
        StringBuilder sb = new StringBuilder();
        for (String part : period.split("/")) {
            if (sb.length() > 0) sb.append('/');
            int y = Integer.parseInt(part.substring(0, 4)) + years;
            sb.append(String.format("%04d", y)).append(part.substring(4));
        }
        return sb.toString();
    }
}
