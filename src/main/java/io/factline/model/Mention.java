package io.factline.model;

/**
 * A typed span of an article's text.
 *
 * @param type       what the span is
 * @param start      offset of the first character in {@link Article#text()}
 * @param end        offset after the last character
 * @param text       the span as written
 * @param normalized a number, an ISO date or interval, or a canonical entity id; null when there is none
 */
public record Mention(MentionType type, int start, int end, String text, String normalized) {
}
