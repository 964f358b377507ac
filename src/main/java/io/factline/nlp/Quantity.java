package io.factline.nlp;

/**
 * A number as the text states it, fully expanded.
 *
 * @param start     offset in the article text
 * @param end       offset after the quantity (currency and counter word included)
 * @param text      the span as written
 * @param kind      count, money or percentage
 * @param value     the number (6亿 → 600000000, 12% → 0.12); the low end of a range
 * @param valueHigh the high end of a range ("450-600万", "$4.2bn to $4.35bn"), else null
 * @param currency  ISO 4217 code for money, else null
 * @param vague     a floor rather than a number ("数千万", "millions of")
 * @param qualifier what the number itself says about the value: {@code >} for "300多万", "十余万", "数千万";
 *                  null when it says nothing (cue words around it are the fact stage's business)
 * @param counter   the counter word or unit noun written with the number (台, 户, "copies"); may be null
 */
public record Quantity(int start, int end, String text, QuantityKind kind, double value, Double valueHigh,
                       String currency, boolean vague, String qualifier, String counter) {

    public boolean isRange() {
        return valueHigh != null;
    }

    public Quantity withCurrency(String code) {
        return new Quantity(start, end, text, QuantityKind.MONEY, value, valueHigh, code, vague, qualifier, counter);
    }

    public Quantity negated() {
        return new Quantity(start, end, text, kind, -value, valueHigh == null ? null : -valueHigh, currency, vague,
                qualifier, counter);
    }
}
