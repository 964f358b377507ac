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
 *                     {@code source}, {@code lang} and per month of {@code published} ("2020-09")
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, Map<String, Long>> aggregations) {
}
