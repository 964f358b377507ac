package io.factline.nlp;

/** What a quantity measures: a plain count, an amount of money, or a percentage (stored as a ratio). */
public enum QuantityKind {
    NUMBER, MONEY, PERCENT
}
