package io.factline.cli;

import io.factline.content.TitleFinder;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whether an extracted title or published date agrees with a test set's label. */
final class LabelMatch {
    private static final Pattern LABEL_DATE = Pattern.compile(
            "((?:19|20)\\d{2})(?:\\s*[-/.年]\\s*(\\d{1,2})(?:\\s*[-/.月]\\s*(\\d{1,2}))?)?"
                    + "(?:\\D{0,3}?(\\d{1,2})[:：](\\d{2}))?");

    private LabelMatch() {
    }

    /**
     * A title is right when it is the label, or the label with a site or channel name cut off at a separator
     * (page titles say "Headline-Site"; the headline alone is what we want).
     */
    static boolean title(String extracted, String label) {
        return extracted != null && TitleFinder.isPartOf(extracted, label);
    }

    /** A label as a date: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, with {@code HH:MM} when given. */
    record LabelDate(String date, String time) {
    }

    /** The label's date, or empty when it has no year (unknown, a name, "09月07日"). */
    static Optional<LabelDate> labelDate(String label) {
        if (label == null) return Optional.empty();
        Matcher m = LABEL_DATE.matcher(label.strip());
        if (!m.lookingAt()) return Optional.empty();
        StringBuilder d = new StringBuilder(m.group(1));
        if (m.group(2) != null) d.append('-').append(two(m.group(2)));
        if (m.group(3) != null) d.append('-').append(two(m.group(3)));
        String time = m.group(4) == null ? null : two(m.group(4)) + ":" + m.group(5);
        return Optional.of(new LabelDate(d.toString(), time));
    }

    /** The date is right to the precision of the label (a label "1998-3" wants March 1998). */
    static boolean date(String extracted, LabelDate label) {
        return extracted != null && extracted.startsWith(label.date());
    }

    /** The time of day is right (compared only when both have one). */
    static boolean time(String extracted, LabelDate label) {
        return extracted != null && label.time() != null && extracted.length() >= 16
                && extracted.substring(11, 16).equals(label.time());
    }

    private static String two(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
