package io.factline.index;

import io.factline.model.Article;
import io.factline.model.Fact;
import io.factline.model.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index on disk: replace-by-id, Chinese and English search, fact filters. No NLP model involved. */
class IndexTest {
    @TempDir
    Path data;

    private static Article zh() {
        return Article.builder().id("zh1").lang("zh").title("抖音日活跃用户突破6亿")
                .text("抖音总裁张楠宣布，截至2020年8月，抖音日活跃用户突破6亿。\n字节跳动旗下的抖音继续增长。")
                .published("2020-09-15").source("新浪科技").build();
    }

    private static Article en() {
        return Article.builder().id("en1").lang("en").title("Douyin passes 600 million daily users")
                .text("Douyin's daily active users exceeded 600 million by the end of August, the company said.")
                .published("2020-09-16T10:01:40").source("China IT News").build();
    }

    private static Fact fact(Article a, double value, String asOf) {
        return new Fact(null, a.id(), "Douyin", "抖音", "DAU", value, null, "people", ">", null, asOf, "reported", null,
                a.text(), 0, 10, null, a.lang(), a.url(), a.title(), a.published(), a.source());
    }

    @Test
    void reingestingReplacesTheArticleAndItsFacts() {
        try (IndexWriterSession w = IndexWriterSession.open(data)) {
            w.put(zh(), List.of(fact(zh(), 6e8, "2020-08"), fact(zh(), 4e8, "2020-01")), Set.of("Douyin"), "v1");
            w.put(zh(), List.of(fact(zh(), 6e8, "2020-08")), Set.of("Douyin"), "v1");
        }
        try (IndexReaderSession r = IndexReaderSession.open(data)) {
            assertEquals(1, r.articleCount());
            assertEquals(1, r.factCount(), "the second put replaced both facts");
        }
    }

    @Test
    void findsChineseTextByChineseWordsAndEnglishByStems() {
        try (IndexWriterSession w = IndexWriterSession.open(data)) {
            w.put(zh(), List.of(), Set.of("Douyin"), "v1");
            w.put(en(), List.of(), Set.of("Douyin"), "v1");
        }
        try (IndexReaderSession r = IndexReaderSession.open(data)) {
            SearchResults zh = r.search(SearchRequest.of("活跃用户", 10));
            assertEquals(1, zh.total());
            SearchHit hit = zh.hits().get(0);
            assertEquals("zh1", hit.article().id());
            assertTrue(hit.snippets().get(0).contains("[活跃]") || hit.snippets().get(0).contains("[活跃用户]"),
                    hit.snippets().toString());
            assertEquals(1, r.search(SearchRequest.of("user", 10)).total(), "users is found by its stem");
            assertEquals(2, r.search(SearchRequest.of("抖音 OR Douyin", 10)).total());
            assertEquals(1L, r.search(SearchRequest.of("抖音 OR Douyin", 10)).aggregations().get("lang").get("zh"));
            assertEquals(2L, r.search(SearchRequest.of("抖音 OR Douyin", 10)).aggregations().get("entity").get("Douyin"));
        }
    }

    @Test
    void aggregationsKeepTheMostFrequentTermsAndCountTheRestTheSameOnEverySearch() {
        try (IndexWriterSession w = IndexWriterSession.open(data)) {
            w.put(zh(), List.of(), Set.of("Douyin", "ByteDance"), "v1");
            w.put(en(), List.of(), Set.of("Douyin", "Kuaishou"), "v1");
        }
        try (IndexReaderSession r = IndexReaderSession.open(data)) {
            SearchResults all = r.search(SearchRequest.of("", 10));
            assertEquals(java.util.Map.of("Douyin", 2L, "ByteDance", 1L, "Kuaishou", 1L), all.aggregations().get("entity"));
            SearchResults top = r.search(SearchRequest.of("", 10), 2);
            assertEquals(List.of("Douyin", "ByteDance"), List.copyOf(top.aggregations().get("entity").keySet()),
                    "by count, ties by name");
            assertEquals(1L, top.otherCounts().get("entity"), "Kuaishou's one article is left out");
            assertEquals(java.util.Map.of("Douyin", 1L, "Kuaishou", 1L), r.search(SearchRequest.of("Douyin", 10)).aggregations().get("entity"));
            assertEquals(all.aggregations(), r.search(SearchRequest.of("", 10)).aggregations(),
                    "count arrays reused from the last search start from zero");
            assertEquals(java.util.Map.of("2020-09", 2L), all.aggregations().get("published"));
        }
    }

    @Test
    void filtersFactsByEntityMetricAndPeriod() {
        try (IndexWriterSession w = IndexWriterSession.open(data)) {
            w.put(zh(), List.of(fact(zh(), 6e8, "2020-08"), fact(zh(), 4e8, "2020-01"), fact(zh(), 1e8, null)),
                    Set.of(), "v1");
        }
        try (IndexReaderSession r = IndexReaderSession.open(data)) {
            List<Fact> all = r.facts(FactQuery.of("douyin", "DAU", 0));
            assertEquals(List.of("2020-01", "2020-08", "null"), all.stream().map(f -> String.valueOf(f.asOf())).toList(),
                    "by period, undated last; entity found case-insensitively");
            List<Fact> since = r.facts(new FactQuery(null, null, null, LocalDate.of(2020, 6, 1), null, null, 0, 0));
            assertEquals(1, since.size());
            assertEquals(6e8, since.get(0).value());
        }
    }

    @Test
    void reportsAMissingIndexAndBadQueriesClearly() {
        IndexException e = assertThrows(IndexException.class, () -> IndexReaderSession.open(data.resolve("none")));
        assertTrue(e.getMessage().contains("no index"), e.getMessage());
        try (IndexWriterSession w = IndexWriterSession.open(data)) {
            w.put(en(), List.of(), Set.of(), "v1");
        }
        try (IndexReaderSession r = IndexReaderSession.open(data)) {
            IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                    () -> r.search(SearchRequest.of("\"unclosed", 10)));
            assertTrue(bad.getMessage().startsWith("cannot parse query"), bad.getMessage());
        }
    }

    @Test
    void skipsArticlesAlreadyIndexedUnchanged() {
        try (IndexWriterSession w = IndexWriterSession.open(data)) {
            w.put(en(), List.of(), Set.of(), "v1");
        }
        try (IndexWriterSession w = IndexWriterSession.open(data)) {
            assertTrue(w.isCurrent(en(), "v1"));
            assertTrue(!w.isCurrent(en(), "v2"), "a new pipeline version redoes it");
        }
    }
}
