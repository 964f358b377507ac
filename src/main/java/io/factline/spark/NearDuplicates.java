package io.factline.spark;

import io.factline.content.SimHash;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Near-duplicate articles across the whole input, the crawler's rule at scale: two texts whose SimHashes differ in
 * at most {@value SimHash#MAX_DISTANCE} of 64 bits are copies (a syndicated article with other page furniture), and
 * the copy is the one later in input order. Candidates meet through the hash's {@value SimHash#BANDS} 16-bit bands
 * used as shuffle keys (two hashes that close agree exactly on one band), so no pair of unrelated articles is compared
 * unless they share a band.
 */
final class NearDuplicates {
    private NearDuplicates() {
    }

    /** An article as the comparison sees it. */
    record Member(String id, String url, String file, long offset, long hash) implements Serializable {
        static final Comparator<Member> INPUT_ORDER = Comparator.comparing(Member::file)
                .thenComparingLong(Member::offset).thenComparing(Member::id);
    }

    /**
     * A copy and the article it copies (the first of its kind in input order); {@code distance}: the bits between the
     * copy and the article it was found near, which for a copy of a copy is that copy.
     */
    record Copy(Member copy, Member original, int distance) implements Serializable {
    }

    /** Chains (B copies A, C copies B but is too far from A) are followed this many steps to their first article. */
    private static final int MAX_CHAIN = 8;

    /** Every copy in {@code articles} (which have one article per id), keyed by the copy's id. */
    static JavaPairRDD<String, Copy> copies(JavaRDD<Captured> articles) {
        JavaRDD<Member> members = articles.filter(Captured::hashed).map(c -> new Member(c.article().id(),
                c.article().url(), c.file(), c.offset(), c.simhash()));
        JavaPairRDD<String, Copy> direct = members
                .flatMapToPair(m -> {
                    List<Tuple2<Integer, Member>> keys = new ArrayList<>(SimHash.BANDS);
                    for (int b = 0; b < SimHash.BANDS; b++) keys.add(new Tuple2<>(b << 16 | SimHash.band(m.hash(), b), m));
                    return keys.iterator();
                })
                .groupByKey()
                .flatMapToPair(group -> earliestOriginals(group._2()).iterator())
                .reduceByKey(NearDuplicates::earlier);
        return toFirstArticles(direct);
    }

    /** Within one band's articles: each article that has an earlier near-copy, with the earliest of them. */
    private static List<Tuple2<String, Copy>> earliestOriginals(Iterable<Member> band) {
        List<Member> sorted = new ArrayList<>();
        band.forEach(sorted::add);
        sorted.sort(Member.INPUT_ORDER);
        List<Tuple2<String, Copy>> out = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            Member m = sorted.get(i);
            for (int j = 0; j < i; j++) {
                int d = SimHash.distance(m.hash(), sorted.get(j).hash());
                if (d <= SimHash.MAX_DISTANCE) {
                    out.add(new Tuple2<>(m.id(), new Copy(m, sorted.get(j), d)));
                    break;
                }
            }
        }
        return out;
    }

    private static Copy earlier(Copy a, Copy b) {
        return Member.INPUT_ORDER.compare(a.original(), b.original()) <= 0 ? a : b;
    }

    /** Follows copies of copies to the article that is no copy, so that every copy links to an article indexed. */
    private static JavaPairRDD<String, Copy> toFirstArticles(JavaPairRDD<String, Copy> copies) {
        JavaPairRDD<String, Copy> current = copies;
        for (int step = 0; step < MAX_CHAIN; step++) {
            // (original's id → copy) joined with (copy id → its own original): the copies whose original is a copy.
            JavaPairRDD<String, Copy> byOriginal = current.mapToPair(t -> new Tuple2<>(t._2().original().id(), t._2()));
            JavaPairRDD<String, Copy> moved = byOriginal.join(current).mapToPair(t -> {
                Copy c = t._2()._1(), up = t._2()._2();
                return new Tuple2<>(c.copy().id(), new Copy(c.copy(), up.original(), c.distance()));
            });
            if (moved.isEmpty()) break;
            current = current.subtractByKey(moved).union(moved);
        }
        return current;
    }
}
