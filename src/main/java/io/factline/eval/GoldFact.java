package io.factline.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One fact of a gold file (corpora/news/gold-dev.jsonl): the fields scoring compares.
 */
public record GoldFact(String doc, String entity, String entityMention, String metric, double value, Double valueHigh,
                       String unit, String qualifier, String asOf, String claim, String sentence, List<String> sentences,
                       String lang) {

    static GoldFact of(JsonNode n) {
        List<String> sentences = new ArrayList<>();
        if (n.hasNonNull("sentence")) sentences.add(n.get("sentence").asText());
        if (n.has("alt_sentences")) for (JsonNode s : n.get("alt_sentences")) sentences.add(s.asText());
        return new GoldFact(text(n, "doc"), text(n, "entity"), text(n, "entity_mention"), text(n, "metric"),
                n.get("value").asDouble(), n.hasNonNull("value_high") ? n.get("value_high").asDouble() : null,
                text(n, "unit"), text(n, "qualifier"), text(n, "as_of"), text(n, "claim"), text(n, "sentence"),
                sentences, text(n, "lang"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Out of the score by the corpus's rules: non-core metrics and market-level figures. */
    public boolean excluded() {
        return metric.startsWith("other:") || entity != null && entity.startsWith("MARKET:");
    }
}
