package io.factline.index;

import io.factline.model.SearchHit;

import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param total        number of matching articles
 * @param hits         the requested page of them, best first
 * @param aggregations counts of matching articles per value of {@code entity}, {@code metric},
 *                     {@code source}, {@code lang} and per month of {@code published} ("2020-09"): the most
 *                     frequent terms first, all of them unless the search asked for fewer
 * @param otherCounts  per aggregation of terms, what the terms left out count (0 when all are in)
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, Map<String, Long>> aggregations,
                            Map<String, Long> otherCounts) {

    /** Results with every term counted. */
    public SearchResults(long total, List<SearchHit> hits, Map<String, Map<String, Long>> aggregations) {
        this(total, hits, aggregations, Map.of());
    }
}
