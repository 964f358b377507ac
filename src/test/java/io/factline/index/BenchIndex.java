package io.factline.index;

import io.factline.TestData;
import io.factline.ingest.Ingester;
import io.factline.ingest.InputReader;
import io.factline.model.Article;
import io.factline.model.Fact;
import org.apache.lucene.document.Document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The benchmarks' large index: {@code corpora/} ingested once with the real pipeline, then its article and fact
 * documents written again under new ids until there are {@code articles} articles, publication dates spread over
 * ten years. One copy in {@code hotEvery} keeps the real entity names; the others name "Douyin ·k" and so on, so that
 * a timeline holds what one entity's timeline would in a real corpus of this size, not thousands of copies of one
 * sentence.
 */
public final class BenchIndex {
    private BenchIndex() {
    }

    /** Ingests {@code corpora/} into {@code base}. */
    public static void ingestCorpora(Path base) {
        try (IndexWriterSession index = IndexWriterSession.open(base)) {
            new Ingester(TestData.pipeline(), 2, new PrintStream(OutputStream.nullOutputStream()))
                    .ingest(List.of(TestData.corpora().toString()), new InputReader(null), index, false);
        }
    }

    /** Writes the base index's articles and facts again under new ids into {@code big}. */
    public static void replicate(Path base, Path big, int articles, int hotEvery) throws IOException {
        replicate(base, big, articles, hotEvery, d -> { });
    }

    /** The same, with more fields on each article document. */
    static void replicate(Path base, Path big, int articles, int hotEvery, Consumer<Document> moreArticleFields)
            throws IOException {
        record Doc(Article article, List<Fact> facts, List<String> entities) {
        }
        List<Doc> docs = new ArrayList<>();
        try (IndexReaderSession r = IndexReaderSession.open(base)) {
            for (String id : TestData.articleIds(base)) {
                docs.add(new Doc(r.article(id).orElseThrow(), r.facts(FactQuery.ofArticle(id)), r.articleEntities(id)));
            }
        }
        int copies = (articles + docs.size() - 1) / docs.size();
        try (IndexWriterSession w = IndexWriterSession.open(big)) {
            for (int k = 0; k < copies; k++) {
                for (Doc d : docs) {
                    int copyNo = k;
                    String suffix = k % hotEvery == 0 ? "" : " ·" + k;
                    Article a = d.article();
                    String id = a.id() + "-r" + k, published = shift(a.published(), k);
                    Article copy = new Article(id, a.url() == null ? null : a.url() + "#r" + k, a.title(), a.text(),
                            a.lang(), published, a.author(), a.source(), a.via(), a.fetched(), a.contentHash());
                    List<Fact> facts = d.facts().stream().map(f -> new Fact(null, id, f.entity() + suffix,
                            f.entityMention(), f.metric(), f.value(), f.valueHigh(), f.unit(), f.qualifier(), f.yoy(),
                            f.asOf(), f.claim(), f.speaker(), f.sentence(), f.start(), f.end(), f.altSentences(),
                            f.lang(), copy.url(), f.title(), shift(f.published(), copyNo), f.source())).toList();
                    Set<String> entities = new LinkedHashSet<>();
                    for (String e : d.entities()) entities.add(e + suffix);
                    w.put(copy, facts, entities, "bench", moreArticleFields);
                }
                if (k % 400 == 399) w.commit();
            }
        }
    }

    /** The published date moved by {@code k} days modulo ten years, so the date histogram has 120 months. */
    private static String shift(String published, int k) {
        if (published == null || published.length() < 10) return published;
        return LocalDate.parse(published.substring(0, 10)).minusDays(k % 3650) + published.substring(10);
    }
}
