package io.factline.model;

/** What a {@link Mention} is. */
public enum MentionType {
    ORG, PERSON, PRODUCT, LOCATION, NUMBER, MONEY, PERCENT, DATE, METRIC
}
