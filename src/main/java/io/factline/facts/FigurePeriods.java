package io.factline.facts;

import io.factline.model.Fact;
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
            if (t.kind() == TimeExpression.Kind.DATE && t.value() != null && dates(t)) out.add(t.value());
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
        TimeExpression chosen = null;
        for (TimeExpression t : times) {
            if (!dates(t)) continue;
            if (t.end() <= q.start() && !Boundaries.hard(v.sentence.between(t.end(), q.start()))) chosen = t;
        }
        if (chosen == null) {
            // Not in its own clause: an earlier clause of the sentence may date it (上半年实现营收…；亏损…).
            for (TimeExpression t : times) if (dates(t) && t.end() <= q.start()) chosen = t;
        }
        if (chosen == null) {
            for (TimeExpression t : times) {
                if (!dates(t) || t.start() < q.end()) continue;
                // "$205.4m (£110m) during October to December": a conversion in parentheses is no boundary.
                String gap = v.sentence.between(q.end(), t.start()).replaceAll("[(（][^)）]*[)）]", "");
                if (!Boundaries.hard(gap) && Boundaries.soft(gap, v.lang) == 0) chosen = t;
                break;
            }
        }
        String value;
        if (chosen != null) {
            value = chosen.value() != null ? chosen.value() : periods.resolveAnaphoric(chosen);
        } else {
            boolean datedElsewhere = times.stream().anyMatch(t -> t.kind() == TimeExpression.Kind.PRESENT);
            value = claim.equals(Fact.REPORTED) && !datedElsewhere ? periods.last() : null;
        }
        if (value != null && yearEarlierNear(q)) value = minusYear(value);
        return value;
    }

    /** The period of a comparison value: the compared fact's, or the year before when the words say so. */
    String priorAsOf(SentenceView.Valued valued, String comparedAsOf) {
        if (comparedAsOf != null && (valued.yearBefore() || yearEarlierNear(valued.q()))) return minusYear(comparedAsOf);
        return comparedAsOf;
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
        StringBuilder sb = new StringBuilder();
        for (String part : period.split("/")) {
            if (sb.length() > 0) sb.append('/');
            int y = Integer.parseInt(part.substring(0, 4)) - 1;
            sb.append(String.format("%04d", y)).append(part.substring(4));
        }
        return sb.toString();
    }
}
