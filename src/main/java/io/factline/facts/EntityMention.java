package io.factline.facts;

/**
 * A span of a sentence that names a company or product.
 *
 * @param entityId canonical id when the registry knows the name; null for an organisation only the NER found
 * @param text     the words as written
 * @param start    offset in the article text
 * @param end      offset after the span
 * @param anaphor  true for "it", "the company", 该公司: the entity is the one the article was speaking of
 */
record EntityMention(String entityId, String text, int start, int end, boolean anaphor) {

    /** What a fact's {@code entity} field gets: the canonical id, else the name as written. */
    String entity() {
        return entityId != null ? entityId : text;
    }
}
