package io.factline.model;

import java.util.List;

/**
 * One article found by a search.
 *
 * @param article   the article (its text included)
 * @param score     relevance
 * @param snippets  passages of the text with the query's words marked
 * @param entities  entities the article names
 * @param matched   entities the query named that the article names (why it matched, however it writes them)
 */
public record SearchHit(Article article, float score, List<String> snippets, List<String> entities,
                        List<String> matched) {
}
