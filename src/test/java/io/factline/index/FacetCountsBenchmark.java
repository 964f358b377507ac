package io.factline.index;

import io.factline.server.ServerBenchmark;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Facet counting on the benchmark's 100,000-article index: lucene-facet's {@code SortedSetDocValuesFacetCounts} (what
 * {@link FacetCounts} uses) against factline's own earlier counting, {@link Aggregations} over {@link FacetOrdinals},
 * on the same searches (the server benchmark's queries
 * and the page's first view, all articles), each counting entity, metric, source, language and month together with
 * the top 10 hits, as a search request does. In-process, one thread, so the difference is the counting alone.
 * Not part of the default test run: {@code mvn test -Dgroups=bench -DexcludedGroups=none -Dtest=FacetCountsBenchmark}.
 * Figures are printed and appended to {@code target/bench-facets.txt}.
 */
@Tag("bench")
class FacetCountsBenchmark {
    private static final int ARTICLES = 100_000, WARMUP = 300, RUNS = 1000, BUCKETS = 25;

    @TempDir
    Path dir;

    private final StringBuilder report = new StringBuilder();

    /** The doc-values fields the contender counts, one per aggregation (lucene-facet's field is indexed anyway). */
    private static void contenderFields(Document article) {
        for (int i = 0; i < Aggregations.TERMS.size(); i++) {
            for (String v : article.getValues(Aggregations.STORED.get(i))) {
                article.add(new SortedSetDocValuesField(Aggregations.TERMS.get(i), new BytesRef(v)));
            }
        }
    }

    @Test
    void factlineAggregationsAgainstSortedSetDocValuesFacetCounts() throws Exception {
        // -Dfactline.bench.dir=DIR keeps the index in DIR and reuses it on the next run.
        String keep = System.getProperty("factline.bench.dir");
        Path work = keep == null ? dir : Path.of(keep);
        Path base = work.resolve("base-facets3"), big = work.resolve("big-facets3");
        if (!Files.isDirectory(IndexPaths.indexDir(big))) {
            BenchIndex.ingestCorpora(base);
            BenchIndex.replicate(base, big, ARTICLES, 50, FacetCountsBenchmark::contenderFields);
        }
        try (Directory d = FSDirectory.open(IndexPaths.indexDir(big)); DirectoryReader reader = DirectoryReader.open(d)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            line("index: %,d documents in %d segments", reader.maxDoc(), reader.leaves().size());
            long t = System.nanoTime();
            FacetOrdinals ordinals = FacetOrdinals.build(reader, Aggregations.TERMS);
            line("per reader (on every refresh): FacetOrdinals %.0f ms", (System.nanoTime() - t) / 1e6);
            t = System.nanoTime();
            SortedSetDocValuesReaderState state = FacetCounts.state(reader);
            line("per reader (on every refresh): DefaultSortedSetDocValuesReaderState %.0f ms, %d KB",
                    (System.nanoTime() - t) / 1e6, ((org.apache.lucene.util.Accountable) state).ramBytesUsed() >> 10);

            List<Query> queries = new ArrayList<>();
            for (String q : ServerBenchmark.QUERIES) queries.add(IndexReaderSession.articleQuery(SearchRequest.of(q, 10)));
            Query all = IndexReaderSession.articleQuery(SearchRequest.of("", 10));

            // Both count the same: checked on every query before timing.
            for (Query q : append(queries, all)) {
                assertEquals(factline(searcher, ordinals, q), lucene(searcher, state, q), q.toString());
            }
            for (int round = 0; round < 2; round++) { // the second round is the one reported
                boolean report = round == 1;
                long[][] ours = {time(searcher, queries, q -> factline(searcher, ordinals, q)),
                        time(searcher, List.of(all), q -> factline(searcher, ordinals, q))};
                long[][] theirs = {time(searcher, queries, q -> lucene(searcher, state, q)),
                        time(searcher, List.of(all), q -> lucene(searcher, state, q))};
                if (!report) continue;
                line("queries (%d, as the server benchmark's), top 10 + 5 facets:", queries.size());
                line("  Aggregations/FacetOrdinals        %s", stats(ours[0]));
                line("  SortedSetDocValuesFacetCounts     %s", stats(theirs[0]));
                line("all articles (the page's first view), top 10 + 5 facets:");
                line("  Aggregations/FacetOrdinals        %s", stats(ours[1]));
                line("  SortedSetDocValuesFacetCounts     %s", stats(theirs[1]));
            }
        } finally {
            Files.writeString(Path.of("target", "bench-facets.txt"), "---- " + LocalDateTime.now() + "\n" + report,
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private interface Count {
        Map<String, Map<String, Long>> run(Query q) throws Exception;
    }

    private static List<Query> append(List<Query> list, Query q) {
        List<Query> out = new ArrayList<>(list);
        out.add(q);
        return out;
    }

    /** Top terms per dimension, by count then name, as factline's search returns them. */
    private static Map<String, Map<String, Long>> factline(IndexSearcher searcher, FacetOrdinals ordinals, Query q)
            throws java.io.IOException {
        Object[] r = searcher.search(q, new MultiCollectorManager(new TopScoreDocCollectorManager(10, null, 1000),
                new Aggregations.Manager(ordinals, BUCKETS)));
        Aggregations counts = (Aggregations) r[1];
        Map<String, Map<String, Long>> out = new LinkedHashMap<>(counts.asMap());
        counts.release();
        out.put("published", topOf(out.remove("published")));
        return out;
    }

    private static Map<String, Map<String, Long>> lucene(IndexSearcher searcher, SortedSetDocValuesReaderState state,
                                                         Query q) throws java.io.IOException {
        Object[] r = searcher.search(q, new MultiCollectorManager(new TopScoreDocCollectorManager(10, null, 1000),
                new FacetsCollectorManager()));
        Map<String, Map<String, Long>> out = new LinkedHashMap<>(
                FacetCounts.count(state, (FacetsCollector) r[1], BUCKETS).terms());
        out.put("published", topOf(out.get("published")));
        return out;
    }

    /** Months compared as the top {@link #BUCKETS} by count, ties by name (factline returns them all, in order). */
    private static Map<String, Long> topOf(Map<String, Long> months) {
        Map<String, Long> out = new LinkedHashMap<>();
        months.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(BUCKETS).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static long[] time(IndexSearcher searcher, List<Query> queries, Count count) throws Exception {
        for (int i = 0; i < WARMUP; i++) count.run(queries.get(i % queries.size()));
        long[] out = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            count.run(queries.get(i % queries.size()));
            out[i] = System.nanoTime() - t;
        }
        return out;
    }

    private static String stats(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        double mean = Arrays.stream(s).average().orElse(0) / 1e6;
        return String.format("mean %.2f ms, p50 %.2f ms, p99 %.2f ms", mean, s[s.length / 2] / 1e6,
                s[(int) Math.ceil(0.99 * s.length) - 1] / 1e6);
    }

    private void line(String format, Object... args) {
        String l = String.format(format, args);
        System.out.println(l);
        report.append(l).append('\n');
    }
}
