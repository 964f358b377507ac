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
        return en("en1", "");
    }

    private static Article en(String id, String moreText) {
        return Article.builder().id(id).lang("en").title("Douyin passes 600 million daily users")
                .text("Douyin's daily active users exceeded 600 million by the end of August, the company said." + moreText)
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
            BadQueryException bad = assertThrows(BadQueryException.class,
                    () -> r.search(SearchRequest.of("\"unclosed", 10)));
            assertEquals("the query opens a quote (\") that it does not close", bad.getMessage());
            assertEquals("the query's parentheses do not pair up",
                    assertThrows(BadQueryException.class, () -> r.search(SearchRequest.of("(douyin OR kuaishou", 10))).getMessage());
            assertEquals("a word cannot start with * or ?: put the wildcard after some letters (douy*), not before them",
                    assertThrows(BadQueryException.class, () -> r.search(SearchRequest.of("*yin", 10))).getMessage());
            assertEquals("AND, OR and NOT join two words: the query has one with nothing on one side",
                    assertThrows(BadQueryException.class, () -> r.search(SearchRequest.of("douyin AND", 10))).getMessage());
            assertEquals(1, r.search(SearchRequest.of("douy*", 10)).total(), "a wildcard after letters works");
            // Each level of parentheses is a level of the parser's recursion: thousands overflowed the stack.
            String deep = "(".repeat(1500) + "douyin" + ")".repeat(1500);
            assertEquals("the query nests parentheses 1500 deep: at most 32 levels are understood",
                    assertThrows(BadQueryException.class, () -> r.search(SearchRequest.of(deep, 10))).getMessage());
            String nested = "(".repeat(3) + "douyin" + ")".repeat(3);
            assertEquals(1, r.search(SearchRequest.of(nested, 10)).total(), "a few levels are fine");
            String pasted = "douyin ".repeat(400);
            assertEquals("the query is 2800 characters long: at most 2000 are searched",
                    assertThrows(BadQueryException.class, () -> r.search(SearchRequest.of(pasted, 10))).getMessage());
        }
    }

    @Test
    void anIndexOfAnOlderLayoutIsRefusedWithWhatToDo() throws Exception {
        // What an older factline left: documents, and no record of the layout in the commit.
        try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(IndexPaths.indexDir(data));
             org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(dir,
                     new org.apache.lucene.index.IndexWriterConfig(Analyzers.PER_FIELD))) {
            org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
            d.add(new org.apache.lucene.document.StringField(Fields.ID, "old", org.apache.lucene.document.Field.Store.YES));
            w.addDocument(d);
        }
        IndexException e = assertThrows(IndexException.class, () -> IndexWriterSession.open(data));
        assertTrue(e.getMessage().contains("written by an older factline") && e.getMessage().contains("ingest again"),
                e.getMessage());
        // Nor is it searched: its Chinese text was analysed otherwise, and queries would miss without a word.
        IndexException read = assertThrows(IndexException.class, () -> IndexReaderSession.open(data));
        assertEquals(e.getMessage(), read.getMessage());
    }

    @Test
    void knowsWhichArticlesAreIndexedUnchangedChangedOrByAnotherPipeline() {
        try (IndexWriterSession w = IndexWriterSession.open(data)) {
            assertEquals(IndexWriterSession.State.NEW, w.state(en(), "v1"));
            w.put(en(), List.of(), Set.of(), "v1");
            assertEquals(IndexWriterSession.State.CURRENT, w.state(en(), "v1"));
        }
        try (IndexWriterSession w = IndexWriterSession.open(data)) {
            assertEquals(IndexWriterSession.State.CURRENT, w.state(en(), "v1"), "read back from the index");
            assertEquals(IndexWriterSession.State.OTHER_PIPELINE, w.state(en(), "v2"), "a new pipeline redoes it");
            Article edited = en("en1", " Its rivals did not comment.");
            assertEquals(IndexWriterSession.State.CHANGED, w.state(edited, "v1"));
        }
    }

    /**
     * Workers replace articles while another thread commits and opens readers on the commits: no commit may show an
     * article without its facts, or with the facts of two versions of it (what a crash at that moment would keep).
     */
    @Test
    void everyCommitHoldsEachArticleWithExactlyItsFacts() throws Exception {
        int articles = 150;
        try (IndexWriterSession w = IndexWriterSession.open(data)) {
            java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            List<String> problems = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            Thread committer = new Thread(() -> {
                while (!done.get() && problems.isEmpty()) {
                    w.commit();
                    problems.addAll(articlesWithoutTheirFacts(Set.of(2, 3)));
                }
            });
            committer.start();
            java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(2);
            for (int i = 0; i < articles; i++) {
                Article a = en("en" + i, "");
                workers.submit(() -> {
                    w.put(a, List.of(fact(a, 1e8, "2020-01"), fact(a, 2e8, "2020-02")), Set.of(), "v1");
                    w.put(a, List.of(fact(a, 1e8, "2020-01"), fact(a, 2e8, "2020-02"), fact(a, 3e8, "2020-03")),
                            Set.of(), "v2");
                });
            }
            workers.shutdown();
            assertTrue(workers.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS));
            done.set(true);
            committer.join();
            assertEquals(List.of(), problems);
            w.commit();
        }
        assertEquals(List.of(), articlesWithoutTheirFacts(Set.of(3)));
        try (IndexReaderSession r = IndexReaderSession.open(data)) {
            assertEquals(articles, r.articleCount());
            assertEquals(articles * 3, r.factCount());
        }
    }

    /** Articles of the last commit whose number of facts is not one of {@code allowed}. */
    private List<String> articlesWithoutTheirFacts(Set<Integer> allowed) {
        List<String> wrong = new java.util.ArrayList<>();
        try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(IndexPaths.indexDir(data));
             org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
            org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(reader);
            for (int i = 0; i < 150; i++) {
                String id = "en" + i;
                int article = searcher.count(new org.apache.lucene.search.TermQuery(
                        new org.apache.lucene.index.Term(Fields.ID, id)));
                int facts = searcher.count(new org.apache.lucene.search.TermQuery(
                        new org.apache.lucene.index.Term(Fields.DOC, id)));
                if (article == 0 ? facts != 0 : article != 1 || !allowed.contains(facts)) {
                    wrong.add(id + ": " + article + " article documents, " + facts + " facts");
                }
            }
        } catch (org.apache.lucene.index.IndexNotFoundException notYet) {
            return wrong;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return wrong;
    }
}
