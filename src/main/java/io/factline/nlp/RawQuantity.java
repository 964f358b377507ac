package io.factline.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A number as a quantity finder matched it, before ranges are joined: "450" and "600万" in 450-600万 share the
 * multiplier of the second, "$4.2bn to $4.35bn" the currency of either.
 *
 * @param number  the digits' value
 * @param scale   the multiplier written with it (万 → 1e4, "bn" → 1e9), 1 when none
 * @param scaled  whether a multiplier was written
 * @param percent a percentage (its value is divided by 100)
 * @param ratio   already a ratio ("nine out of 10")
 * @param counter Chinese counter word (台, 户) or null
 * @param vague   a floor (数千万, "millions of")
 * @param more    "300多万", "十余万": more than the number
 */
record RawQuantity(int start, int end, double number, double scale, boolean scaled, String currency,
                   boolean percent, boolean ratio, String counter, boolean vague, boolean more) {

    /** The same amount below zero, its span starting at the minus sign at {@code signAt}. */
    RawQuantity negative(int signAt) {
        return new RawQuantity(signAt, end, -Math.abs(number), scale, scaled, currency, percent, ratio, counter, vague,
                more);
    }

    /**
     * Joins neighbours that form a range into one quantity; the low end borrows the high end's multiplier
     * when it has none of its own.
     *
     * @param raws     in text order
     * @param text     the sentence
     * @param base     its offset in the article
     * @param isRange  whether two neighbours (with the text between them) are the ends of a range
     */
    static List<Quantity> join(List<RawQuantity> raws, String text, int base,
                               BiPredicate<RawQuantity, RawQuantity> isRange) {
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            RawQuantity a = raws.get(i);
            if (i + 1 < raws.size()) {
                RawQuantity b = raws.get(i + 1);
                double low = a.number * (a.scaled ? a.scale : b.scale);
                double high = b.number * b.scale;
                if (isRange.test(a, b) && high > low) {
                    String currency = a.currency != null ? a.currency : b.currency;
                    out.add(quantity(a.start, b.end, text, base, low, high, currency, a.percent || b.percent, false,
                            b.counter, a.vague, null));
                    i++;
                    continue;
                }
            }
            out.add(quantity(a.start, a.end, text, base, a.number * a.scale, null, a.currency, a.percent, a.ratio,
                    a.counter, a.vague, a.vague || a.more ? ">" : null));
        }
        return out;
    }

    private static Quantity quantity(int start, int end, String text, int base, double value, Double high,
                                     String currency, boolean percent, boolean ratio, String counter, boolean vague,
                                     String qualifier) {
        QuantityKind kind = percent || ratio ? QuantityKind.PERCENT
                : currency != null ? QuantityKind.MONEY : QuantityKind.NUMBER;
        double v = percent ? value / 100 : value;
        Double h = high == null ? null : percent ? high / 100 : high;
        return new Quantity(start, end, text.substring(start - base, end - base), kind, round(v),
                h == null ? null : round(h), currency, vague, qualifier, counter);
    }

    /** Removes binary noise from decimal scaling (4.84 × 1e8 = 484000000.00000006). */
    static double round(double v) {
        if (v == 0) return 0;
        double magnitude = Math.pow(10, 12 - Math.ceil(Math.log10(Math.abs(v))));
        return Math.round(v * magnitude) / magnitude;
    }
}
