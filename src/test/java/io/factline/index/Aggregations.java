package io.factline.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.LongHeap;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * factline's own facet counting before lucene-facet's replaced it, kept as the contender of
 * {@link FacetCountsBenchmark} (it reads the doc-values fields that benchmark adds to its index).
 *
 * <p>Counts matching articles per entity, metric, source, language and month of publication, from doc values,
 * in the same pass that ranks them.
 *
 * <p>Per matching article only integers are touched: each value's global ordinal ({@link FacetOrdinals}) is counted
 * in an array, and each month in an array indexed by month. Only the top terms asked for become strings, at the
 * end, chosen among the ordinals actually counted: a search matching most of a 100,000-article index that names
 * 100,000 entities would otherwise build and sort a string per entity. The count arrays (one slot per term of the
 * index) are reused from search to search on the same thread ({@link #release}).
 */
final class Aggregations extends SimpleCollector {
    /** The stored fields counted, and the doc-values fields the benchmark copies them into (a field keeps one
     * structure in every document: facts carry source and language without doc values). */
    static final List<String> STORED = List.of(Fields.ENTITIES, Fields.METRICS, Fields.SOURCE, Fields.LANG);
    static final List<String> TERMS = List.of("contender_entities", "contender_metrics", "contender_source",
            "contender_lang");
    private static final List<String> NAMES = List.of("entity", "metric", "source", "lang");
    private static final long DAY_MS = 86_400_000L;
    /** Months counted in the array: from January 1900 on, 300 years. Others (odd dates) go to a map. */
    private static final int FIRST_YEAR = 1900, MONTHS = 300 * 12;

    private final FacetOrdinals ordinals;
    private final int buckets;
    private final int[][] counts;
    /** Per field, the ordinals counted at least once, in the order first seen; {@code touchedSize} of each used. */
    private final int[][] touched;
    private final int[] touchedSize;
    private final long[] valuesCounted;
    private final int[][] top;
    private final long[] monthCounts = new long[MONTHS];
    private final Map<Integer, Long> otherMonths = new HashMap<>();
    private long total;
    private SortedSetDocValues[] values;
    private LongValues[] toGlobal;
    private NumericDocValues published;

    /** @param buckets terms kept per aggregation, the most frequent; 0 keeps all */
    Aggregations(FacetOrdinals ordinals, int buckets) {
        this.ordinals = ordinals;
        this.buckets = buckets;
        this.counts = new int[ordinals.fieldCount()][];
        this.touched = new int[ordinals.fieldCount()][];
        this.touchedSize = new int[ordinals.fieldCount()];
        this.valuesCounted = new long[ordinals.fieldCount()];
        this.top = new int[ordinals.fieldCount()][];
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        values = new SortedSetDocValues[ordinals.fieldCount()];
        toGlobal = new LongValues[ordinals.fieldCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = DocValues.getSortedSet(context.reader(), ordinals.field(i));
            toGlobal[i] = ordinals.globalOrds(i, context.ord);
        }
        published = DocValues.getNumeric(context.reader(), Fields.PUBLISHED_MS);
    }

    @Override
    public void collect(int doc) throws IOException {
        total++;
        for (int i = 0; i < values.length; i++) {
            SortedSetDocValues v = values[i];
            if (!v.advanceExact(doc)) continue;
            int[] c = counts[i];
            if (c == null) {
                c = counts[i] = ordinals.borrowCounts(i);
                touched[i] = new int[64];
            }
            for (int k = 0; k < v.docValueCount(); k++) {
                int ord = (int) toGlobal[i].get(v.nextOrd());
                if (c[ord]++ == 0) {
                    if (touchedSize[i] == touched[i].length) touched[i] = ArrayUtil.grow(touched[i]);
                    touched[i][touchedSize[i]++] = ord;
                }
            }
            valuesCounted[i] += v.docValueCount();
        }
        if (published.advanceExact(doc)) {
            long months = monthsSinceYearZero(Math.floorDiv(published.longValue(), DAY_MS));
            long month = months - FIRST_YEAR * 12L;
            if (month >= 0 && month < MONTHS) monthCounts[(int) month]++;
            else otherMonths.merge((int) months, 1L, Long::sum);
        }
    }

    /**
     * Year × 12 + month − 1 of an epoch day, by integer arithmetic (the days-to-civil algorithm of H. Hinnant,
     * proleptic Gregorian like {@link LocalDate}): counting every article of a large index, a {@code LocalDate} per
     * article was most of the cost.
     */
    static long monthsSinceYearZero(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        return year * 12 + month - 1;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    long total() {
        return total;
    }

    /** Terms by descending count (ties by name), at most {@code buckets} of them; months in calendar order. */
    Map<String, Map<String, Long>> asMap() throws IOException {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.size(); i++) out.put(NAMES.get(i), topTerms(i));
        out.put("published", months());
        return out;
    }

    /** Per aggregation, the matching articles counted under terms left out by the {@code buckets} limit. */
    Map<String, Long> otherCounts() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            long left = valuesCounted[i];
            for (int ord : top(i)) left -= counts[i][ord];
            out.put(NAMES.get(i), left);
        }
        return out;
    }

    private Map<String, Long> topTerms(int field) throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int ord : top(field)) out.put(ordinals.term(field, ord), (long) counts[field][ord]);
        return out;
    }

    /**
     * Ordinals of the most frequent terms, most frequent first, ties by term (= by ordinal): one pass over the
     * counts with a heap of (count, ordinal) packed in longs, so nothing is allocated per term.
     */
    private int[] top(int field) {
        if (top[field] != null) return top[field];
        int[] c = counts[field];
        int n = touchedSize[field];
        int size = buckets > 0 ? Math.min(buckets, n) : n;
        if (size == 0) return top[field] = new int[0];
        LongHeap heap = new LongHeap(size);
        for (int k = 0; k < n; k++) {
            int ord = touched[field][k];
            // a higher count wins; for equal counts the lower ordinal (the earlier term) wins
            heap.insertWithOverflow(((long) c[ord] << 32) | (Integer.MAX_VALUE - ord));
        }
        int[] out = new int[heap.size()];
        for (int k = out.length - 1; k >= 0; k--) out[k] = Integer.MAX_VALUE - (int) (heap.pop() & 0xFFFFFFFFL);
        return top[field] = out;
    }

    /** Hands the count arrays back for the next search (zeroed where used); the counts are gone after this. */
    void release() {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == null) continue;
            for (int k = 0; k < touchedSize[i]; k++) counts[i][touched[i][k]] = 0;
            ordinals.returnCounts(i, counts[i]);
            counts[i] = null;
        }
    }

    private Map<String, Long> months() {
        Map<Integer, Long> byIndex = new TreeMap<>();
        for (int m = 0; m < MONTHS; m++) {
            if (monthCounts[m] > 0) byIndex.put(FIRST_YEAR * 12 + m, monthCounts[m]);
        }
        otherMonths.forEach((k, v) -> byIndex.merge(k, v, Long::sum));
        Map<String, Long> out = new LinkedHashMap<>();
        byIndex.forEach((m, n) -> out.put(String.format("%04d-%02d", Math.floorDiv(m, 12), Math.floorMod(m, 12) + 1), n));
        return out;
    }

    private void mergeFrom(Aggregations o) {
        total += o.total;
        for (int i = 0; i < counts.length; i++) {
            if (o.counts[i] == null) continue;
            if (counts[i] == null) {
                counts[i] = ordinals.borrowCounts(i);
                touched[i] = new int[64];
            }
            for (int k = 0; k < o.touchedSize[i]; k++) {
                int ord = o.touched[i][k];
                if (counts[i][ord] == 0) {
                    if (touchedSize[i] == touched[i].length) touched[i] = ArrayUtil.grow(touched[i]);
                    touched[i][touchedSize[i]++] = ord;
                }
                counts[i][ord] += o.counts[i][ord];
            }
            valuesCounted[i] += o.valuesCounted[i];
        }
        o.release();
        for (int i = 0; i < MONTHS; i++) monthCounts[i] += o.monthCounts[i];
        o.otherMonths.forEach((k, v) -> otherMonths.merge(k, v, Long::sum));
    }

    /** One collector per search slice, merged at the end. */
    static final class Manager implements CollectorManager<Aggregations, Aggregations> {
        private final FacetOrdinals ordinals;
        private final int buckets;

        Manager(FacetOrdinals ordinals, int buckets) {
            this.ordinals = ordinals;
            this.buckets = buckets;
        }

        @Override
        public Aggregations newCollector() {
            return new Aggregations(ordinals, buckets);
        }

        @Override
        public Aggregations reduce(Collection<Aggregations> collectors) {
            if (collectors.size() == 1) return collectors.iterator().next();
            Aggregations all = new Aggregations(ordinals, buckets);
            for (Aggregations a : collectors) all.mergeFrom(a);
            return all;
        }
    }
}
