package io.factline.facts;

import io.factline.nlp.TimeExpression;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods an article has stated so far, for what a sentence leaves undated: "for the quarter" is the
 * quarter last named, 同期 the period last named, and a reported figure with no date of its own belongs to the
 * period the article last spoke of (a results story states its year or quarter once).
 */
final class PeriodContext {
    private static final Pattern ANAPHORIC = Pattern.compile(
            "(?i)\\b(?:the|this|that|same|its|the same)\\s+(quarter|period|year|half|month)\\b|(该|本|当|同)(季度?|期|年|月)");

    private String last;
    private final Map<String, String> lastByGrain = new HashMap<>();

    /**
     * Takes note of the periods a sentence names when it makes no forecast or plan (the years those speak of are
     * not the period the article reports on; comparison years are left out too), then of its reported facts.
     */
    void see(List<String> statedPeriods, List<String> namedPeriods) {
        for (String period : namedPeriods) note(period);
        for (String period : statedPeriods) note(period);
    }

    private void note(String period) {
        if (period.contains("/")) return;
        last = period;
        lastByGrain.put(grain(period), period);
    }

    /**
     * The period that "the quarter", "the year", "that year", "the same period" refer back to: the one of that grain
     * the article named before; null when it named none or the expression is another kind. A results story published
     * in October says "in the quarter" of the third quarter it reported, not of October's quarter, which is what the
     * date readers give the words alone.
     */
    String referredBack(TimeExpression t) {
        return BACK_REFERENCE.matcher(t.text().strip()).matches() ? resolveAnaphoric(t) : null;
    }

    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "(?i)(?:the|that|the same)\\s+(?:quarter|period|year|half|month)");

    /** The period an anaphoric expression ("the quarter", 同期) refers to, or null. */
    String resolveAnaphoric(TimeExpression t) {
        Matcher m = ANAPHORIC.matcher(t.text());
        if (!m.find()) return null;
        String word = m.group(1) != null ? m.group(1).toLowerCase(Locale.ROOT) : m.group(3);
        return switch (word) {
            case "quarter", "季", "季度" -> lastByGrain.get("quarter");
            case "year", "年" -> lastByGrain.get("year");
            case "half" -> lastByGrain.get("half");
            case "month", "月" -> lastByGrain.get("month");
            default -> last;
        };
    }

    /** The period the article last reported on, for an undated reported figure; null when it named none. */
    String last() {
        return last;
    }

    private static String grain(String period) {
        if (period.contains("-Q")) return "quarter";
        if (period.contains("-H")) return "half";
        if (period.length() == 4) return "year";
        if (period.length() == 7) return "month";
        return "day";
    }
}
