package io.factline.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts matching articles per entity, metric, source, language and month of publication, from doc values,
 * in the same pass that ranks them.
 */
final class Aggregations extends SimpleCollector {
    private static final List<String> TERMS = List.of(Fields.ENTITIES, Fields.METRICS, Fields.SOURCE, Fields.LANG);

    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    private final Map<String, Long> months = new TreeMap<>();
    private long total;
    private SortedSetDocValues[] values;
    private NumericDocValues published;

    Aggregations() {
        for (String f : TERMS) counts.put(f, new java.util.HashMap<>());
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        values = new SortedSetDocValues[TERMS.size()];
        for (int i = 0; i < TERMS.size(); i++) values[i] = DocValues.getSortedSet(context.reader(), TERMS.get(i));
        published = DocValues.getNumeric(context.reader(), Fields.PUBLISHED_MS);
    }

    @Override
    public void collect(int doc) throws IOException {
        total++;
        for (int i = 0; i < values.length; i++) {
            SortedSetDocValues v = values[i];
            if (!v.advanceExact(doc)) continue;
            Map<String, Long> c = counts.get(TERMS.get(i));
            for (int k = 0; k < v.docValueCount(); k++) {
                c.merge(v.lookupOrd(v.nextOrd()).utf8ToString(), 1L, Long::sum);
            }
        }
        if (published.advanceExact(doc)) {
            String month = Instant.ofEpochMilli(published.longValue()).atOffset(ZoneOffset.UTC).toString().substring(0, 7);
            months.merge(month, 1L, Long::sum);
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    long total() {
        return total;
    }

    /** Terms by descending count (ties by name); months in calendar order. */
    Map<String, Map<String, Long>> asMap() {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        out.put("entity", sorted(counts.get(Fields.ENTITIES)));
        out.put("metric", sorted(counts.get(Fields.METRICS)));
        out.put("source", sorted(counts.get(Fields.SOURCE)));
        out.put("lang", sorted(counts.get(Fields.LANG)));
        out.put("published", new LinkedHashMap<>(months));
        return out;
    }

    private static Map<String, Long> sorted(Map<String, Long> m) {
        Map<String, Long> out = new LinkedHashMap<>();
        m.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private void mergeFrom(Aggregations o) {
        total += o.total;
        o.counts.forEach((f, m) -> m.forEach((k, v) -> counts.get(f).merge(k, v, Long::sum)));
        o.months.forEach((k, v) -> months.merge(k, v, Long::sum));
    }

    /** One collector per search slice, merged at the end. */
    static final class Manager implements CollectorManager<Aggregations, Aggregations> {
        @Override
        public Aggregations newCollector() {
            return new Aggregations();
        }

        @Override
        public Aggregations reduce(Collection<Aggregations> collectors) {
            Aggregations all = new Aggregations();
            for (Aggregations a : collectors) all.mergeFrom(a);
            return all;
        }
    }
}
