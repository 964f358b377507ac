package io.factline.facts;

/**
 * A span of a sentence that names a company or product, or may.
 *
 * @param entityId canonical id when the registry knows the name; null otherwise
 * @param text     the words as written
 * @param start    offset in the article text
 * @param end      offset after the span
 * @param kind     how it was found, which says how far to trust it
 * @param governed it follows a preposition ("led by a16z", 由腾讯领投): an object, not the actor
 * @param aside    it stands in parentheses or between dashes: an aside, not the subject
 */
record EntityMention(String entityId, String text, int start, int end, Kind kind, boolean governed, boolean aside) {

    /** Ways a sentence names an entity, most trusted first. */
    enum Kind {
        /** A name of the entity registry. */
        REGISTRY,
        /** An organisation the NER found, a name in quotes, a Latin-script name in Chinese text. */
        ORG,
        /** The words before an action verb or a colon ("Pillar raises", 星海图完成, 魔法原子：). */
        SUBJECT,
        /** A run of proper nouns (English). */
        PROPER,
        /** "it", "the company", 该公司: the entity the article was speaking of. */
        ANAPHOR
    }

    static EntityMention of(String entityId, String text, int start, int end, Kind kind) {
        return new EntityMention(entityId, text, start, end, kind, false, false);
    }

    boolean anaphor() {
        return kind == Kind.ANAPHOR;
    }

    /** What a fact's {@code entity} field gets: the canonical id, else the name as written. */
    String entity() {
        return entityId != null ? entityId : text;
    }

    EntityMention marked(boolean governed, boolean aside) {
        return new EntityMention(entityId, text, start, end, kind, governed, aside);
    }
}
