package io.factline.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

import java.io.IOException;
import java.util.List;

/**
 * Ordinals over the whole index for the terms of the fields that searches count (entities, metrics, sources,
 * languages), built once per opened reader. Counting then costs an array increment per value of a matching article,
 * and only the terms of the buckets returned are ever turned into strings. Global ordinals follow the terms' byte
 * order, which for these strings is their alphabetical order.
 */
final class FacetOrdinals {
    private final List<String> fields;
    private final List<LeafReaderContext> leaves;
    /** Per field: null when the index has one segment (segment ordinals are global ones). */
    private final OrdinalMap[] maps;
    private final long[] valueCounts;
    /** Count arrays of a finished search, zeroed, per thread: a 100,000-term array is not allocated per search. */
    private final ThreadLocal<int[][]> spare;

    private FacetOrdinals(List<String> fields, List<LeafReaderContext> leaves, OrdinalMap[] maps, long[] valueCounts) {
        this.fields = fields;
        this.leaves = leaves;
        this.maps = maps;
        this.valueCounts = valueCounts;
        this.spare = ThreadLocal.withInitial(() -> new int[fields.size()][]);
    }

    static FacetOrdinals build(IndexReader reader, List<String> fields) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        OrdinalMap[] maps = new OrdinalMap[fields.size()];
        long[] counts = new long[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
            for (int i = 0; i < leaves.size(); i++) values[i] = DocValues.getSortedSet(leaves.get(i).reader(), fields.get(f));
            if (leaves.size() == 1) {
                counts[f] = values[0].getValueCount();
            } else {
                maps[f] = OrdinalMap.build(null, values, PackedInts.DEFAULT);
                counts[f] = maps[f].getValueCount();
            }
        }
        return new FacetOrdinals(fields, leaves, maps, counts);
    }

    int fieldCount() {
        return fields.size();
    }

    String field(int f) {
        return fields.get(f);
    }

    /** Number of distinct terms of field {@code f} in the index. */
    int valueCount(int f) {
        return Math.toIntExact(valueCounts[f]);
    }

    /** A zeroed array of one count per term of field {@code f}; whoever borrows it owns it until it is returned. */
    int[] borrowCounts(int f) {
        int[][] slots = spare.get();
        int[] a = slots[f];
        slots[f] = null;
        return a != null ? a : new int[valueCount(f)];
    }

    /** Takes back an array from {@link #borrowCounts}, which must be all zeros again. */
    void returnCounts(int f, int[] zeroed) {
        spare.get()[f] = zeroed;
    }

    /** Maps the segment ordinals of leaf {@code leafOrd} to global ordinals. */
    LongValues globalOrds(int f, int leafOrd) {
        return maps[f] == null ? LongValues.IDENTITY : maps[f].getGlobalOrds(leafOrd);
    }

    /** The term of a global ordinal. */
    String term(int f, long globalOrd) throws IOException {
        int segment = maps[f] == null ? 0 : maps[f].getFirstSegmentNumber(globalOrd);
        long ord = maps[f] == null ? globalOrd : maps[f].getFirstSegmentOrd(globalOrd);
        SortedSetDocValues values = DocValues.getSortedSet(leaves.get(segment).reader(), fields.get(f));
        return values.lookupOrd(ord).utf8ToString();
    }
}
