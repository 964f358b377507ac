package io.factline.index;

import java.time.LocalDate;

/**
 * Which facts to read. Null fields do not filter.
 *
 * @param entity entity id or name as stored (case-insensitive)
 * @param metric metric id
 * @param claim  reported, pledge or forecast
 * @param from   facts whose period ends on or after this day
 * @param to     facts whose period starts on or before this day
 * @param doc    facts of one article
 * @param limit  at most this many (0: all)
 * @param minConfidence facts of at least this confidence (0: all)
 */
public record FactQuery(String entity, String metric, String claim, LocalDate from, LocalDate to, String doc,
                        int limit, double minConfidence) {

    public static FactQuery all() {
        return new FactQuery(null, null, null, null, null, null, 0, 0);
    }

    public static FactQuery of(String entity, String metric, double minConfidence) {
        return new FactQuery(entity, metric, null, null, null, null, 0, minConfidence);
    }

    public static FactQuery ofArticle(String doc) {
        return new FactQuery(null, null, null, null, null, doc, 0, 0);
    }
}
