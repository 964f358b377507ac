package io.factline.server;

import io.factline.index.SearchResults;
import io.factline.model.Article;
import io.factline.model.SearchHit;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Search results in the shape of an OpenSearch response, so its clients feel at home: {@code hits} with
 * {@code id}, {@code score}, {@code source} (the article's fields, without its text: {@code /api/articles/{id}}
 * has it) and {@code highlight.text} (passages, HTML-escaped, matches in {@code <mark>}); {@code aggregations}
 * with {@code buckets} of {@code key}/{@code doc_count}, the published months as a date histogram.
 */
final class SearchJson {
    /** Buckets per terms aggregation, like OpenSearch's terms size; the rest is counted in sum_other_doc_count. */
    static final int BUCKETS = 25;

    private SearchJson() {
    }

    static Map<String, Object> of(SearchResults r, int size, long tookMillis) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("took", tookMillis);
        out.put("total", r.total());
        List<Object> hits = new ArrayList<>();
        for (SearchHit h : r.hits().subList(0, Math.min(size, r.hits().size()))) hits.add(hit(h));
        out.put("hits", hits);
        Map<String, Object> aggs = new LinkedHashMap<>();
        r.aggregations().forEach((name, counts) -> aggs.put(name, name.equals("published") ? histogram(counts)
                : terms(counts, r.otherCounts().getOrDefault(name, 0L))));
        out.put("aggregations", aggs);
        return out;
    }

    private static Map<String, Object> hit(SearchHit h) {
        Article a = h.article();
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("id", a.id());
        source.put("url", a.url());
        source.put("title", a.title());
        source.put("display_title", a.displayTitle());
        source.put("lang", a.lang());
        source.put("published", a.published());
        source.put("author", a.author());
        source.put("source", a.source());
        source.put("via", a.via());
        source.put("entities", h.entities());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("score", h.score());
        out.put("source", source);
        // Why it matched beyond its words: the entities the query named that the article names (maybe otherwise).
        if (!h.matched().isEmpty()) out.put("matched_entities", h.matched());
        // Chinese words of one character each are marked one by one: <mark>抖</mark><mark>音</mark> reads as 抖音.
        out.put("highlight", Map.of("text", h.snippets().stream().map(s -> s.replace("</mark><mark>", "")).toList()));
        return out;
    }

    private static Map<String, Object> terms(Map<String, Long> counts, long other) {
        List<Object> buckets = new ArrayList<>();
        counts.forEach((key, n) -> buckets.add(bucket(key, n)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sum_other_doc_count", other);
        out.put("buckets", buckets);
        return out;
    }

    /** Months in calendar order; {@code key} is the month's first instant in epoch milliseconds (UTC). */
    private static Map<String, Object> histogram(Map<String, Long> months) {
        List<Object> buckets = new ArrayList<>();
        months.forEach((month, n) -> {
            long ms = YearMonth.parse(month).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("key_as_string", month);
            b.put("key", ms);
            b.put("doc_count", n);
            buckets.add(b);
        });
        return Map.of("buckets", buckets);
    }

    private static Map<String, Object> bucket(String key, long count) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("key", key);
        b.put("doc_count", count);
        return b;
    }
}
