package io.factline.index;

import java.time.LocalDate;

/**
 * A search over articles.
 *
 * @param query  the user's query (Lucene classic syntax: words, "phrases", AND/OR/-)
 * @param lang   only articles in this language, or null
 * @param from   only articles published on or after this day, or null
 * @param to     only articles published on or before this day, or null
 * @param entity only articles naming this entity, or null
 * @param metric only articles with facts of this metric, or null
 * @param source only articles of this publisher or site, or null
 * @param offset hits to skip (paging)
 * @param size   hits to return
 */
public record SearchRequest(String query, String lang, LocalDate from, LocalDate to, String entity, String metric,
                            String source, int offset, int size) {

    /** A search with no source filter. */
    public SearchRequest(String query, String lang, LocalDate from, LocalDate to, String entity, String metric,
                         int offset, int size) {
        this(query, lang, from, to, entity, metric, null, offset, size);
    }

    public static SearchRequest of(String query, int size) {
        return new SearchRequest(query, null, null, null, null, null, 0, size);
    }
}
