package io.factline.index;

import io.factline.model.Article;
import io.factline.model.Fact;
import io.factline.model.Json;
import io.factline.model.Period;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes articles and their facts into the index under a data directory. {@link #put} replaces an article and
 * all its facts in one atomic step, so a reader, a commit or a crash sees the article with its facts or neither,
 * and ingesting the same input twice leaves one copy. Work is committed by {@link #commit} and on {@link #close};
 * a process killed in between loses only what it had not committed, and re-running the ingest redoes exactly that
 * (articles already indexed unchanged are skipped). Safe for concurrent use by ingest workers.
 */
public final class IndexWriterSession implements Closeable {
    /** Bump when the document structure changes: articles indexed with another schema are redone. */
    public static final String SCHEMA = "s4";
    /** The commit data entry that records the schema an index was written with. */
    private static final String SCHEMA_KEY = "factline.schema";
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        // Offsets in the postings let the highlighter work without re-analysing the text.
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    /** Where an article stands in the index. */
    public enum State {
        /** Not in the index. */
        NEW,
        /** In the index from other text: the page changed. */
        CHANGED,
        /** In the index from the same text but by another pipeline (its code or models changed): redo it. */
        OTHER_PIPELINE,
        /** In the index from the same text by this pipeline: nothing to redo. */
        CURRENT
    }

    private final Directory directory;
    private final IndexWriter writer;
    /** Article id → content hash and pipeline version of what is indexed; written by workers, read by the reader. */
    private final Map<String, Indexed> indexed = new ConcurrentHashMap<>();

    private record Indexed(String contentHash, String version) {
    }

    private IndexWriterSession(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        loadIndexed();
    }

    /** Opens (creating when needed) the index of data directory {@code dataDir}. */
    public static IndexWriterSession open(Path dataDir) {
        try {
            Path dir = IndexPaths.indexDir(dataDir);
            Files.createDirectories(dir);
            IndexWriterConfig config = new IndexWriterConfig(Analyzers.PER_FIELD)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            Directory directory = FSDirectory.open(dir);
            try {
                refuseOtherSchema(directory, dataDir);
                boolean fresh = !DirectoryReader.indexExists(directory);
                IndexWriter writer = new IndexWriter(directory, config);
                writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
                // A new index is committed empty at once: killed before its first commit, it still opens.
                if (fresh) writer.commit();
                return new IndexWriterSession(directory, writer);
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw e;
            }
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IndexException("the index in " + dataDir + " is being written by another factline process", e);
        } catch (IOException e) {
            throw new IndexException("cannot open the index in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * An index written by a factline whose document layout differs cannot take new documents (Lucene keeps one
     * layout per field), nor answer today's queries (its Chinese text was analysed otherwise): say so rather than
     * fail on the first article or miss matches.
     */
    static void refuseOtherSchema(Directory directory, Path dataDir) throws IOException {
        if (!DirectoryReader.indexExists(directory)) return;
        SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
        String schema = commit.getUserData().get(SCHEMA_KEY);
        if (commit.totalMaxDoc() > 0 && !SCHEMA.equals(schema)) {
            throw new IndexException("the index in " + dataDir + " was written by an older factline, whose index "
                    + "layout differs; ingest into a new --data directory, or delete " + IndexPaths.indexDir(dataDir)
                    + " and ingest again");
        }
    }

    private void loadIndexed() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs all = searcher.search(new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE)), Math.max(1, reader.maxDoc()));
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : all.scoreDocs) {
                Document d = stored.document(sd.doc, Set.of(Fields.ID, Fields.CONTENT_HASH, Fields.VERSION));
                indexed.put(d.get(Fields.ID), new Indexed(d.get(Fields.CONTENT_HASH), d.get(Fields.VERSION)));
            }
        }
    }

    /** Where this article stands against what is indexed under its id, for pipeline {@code pipelineVersion}. */
    public State state(Article a, String pipelineVersion) {
        Indexed i = indexed.get(a.id());
        if (i == null) return State.NEW;
        if (!a.contentHash().equals(i.contentHash())) return State.CHANGED;
        return (SCHEMA + "/" + pipelineVersion).equals(i.version()) ? State.CURRENT : State.OTHER_PIPELINE;
    }

    /** True when this article, with this text, was indexed by the same pipeline version: nothing to redo. */
    public boolean isCurrent(Article a, String pipelineVersion) {
        return state(a, pipelineVersion) == State.CURRENT;
    }

    /**
     * Adds or replaces an article and its facts as one block: the old article and every old fact of it are
     * deleted and the new ones added by a single {@link IndexWriter#updateDocuments} call, which Lucene applies
     * atomically.
     */
    public void put(Article a, List<Fact> facts, Collection<String> entities, String pipelineVersion) {
        put(a, facts, entities, pipelineVersion, d -> { });
    }

    /** The same, with more fields on the article document (benchmarks of other index layouts). */
    void put(Article a, List<Fact> facts, Collection<String> entities, String pipelineVersion,
             java.util.function.Consumer<Document> moreArticleFields) {
        try {
            Set<String> allEntities = new LinkedHashSet<>(entities);
            Set<String> metrics = new LinkedHashSet<>();
            for (Fact f : facts) {
                allEntities.add(f.entity());
                metrics.add(f.metric());
            }
            List<Document> block = new ArrayList<>(facts.size() + 1);
            Document article = articleDocument(a, allEntities, metrics, pipelineVersion);
            moreArticleFields.accept(article);
            block.add(article);
            for (Fact f : facts) block.add(factDocument(f));
            writer.updateDocuments(ofArticle(a.id()), block);
            indexed.put(a.id(), new Indexed(a.contentHash(), SCHEMA + "/" + pipelineVersion));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article document and its fact documents (which name the article in another field). */
    private static BooleanQuery ofArticle(String id) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.DOC, id)), BooleanClause.Occur.SHOULD)
                .build();
    }

    /**
     * Adds every document of the indexes of other data directories (shards written by the same factline, e.g. one
     * per Spark partition) and commits. Their articles must not be in this index already: Lucene's
     * {@link IndexWriter#addIndexes} copies segments, it does not replace documents by id.
     */
    public void addIndexes(List<Path> shardDataDirs) {
        List<Directory> shards = new ArrayList<>();
        try {
            for (Path shard : shardDataDirs) {
                Directory d = FSDirectory.open(IndexPaths.indexDir(shard));
                shards.add(d);
                refuseOtherSchema(d, shard);
            }
            writer.addIndexes(shards.toArray(Directory[]::new));
            writer.commit();
            loadIndexed();
        } catch (IOException e) {
            throw new IndexException("cannot add the index shards to " + directory + ": " + e.getMessage(), e);
        } finally {
            for (Directory d : shards) {
                try {
                    d.close();
                } catch (IOException e) {
                    // read only: nothing of ours is lost
                }
            }
        }
    }

    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (directory) {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document articleDocument(Article a, Set<String> entities, Set<String> metrics, String version)
            throws IOException {
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, Fields.ARTICLE, Field.Store.NO));
        d.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
        boolean zh = "zh".equals(a.lang());
        d.add(new Field(zh ? Fields.TEXT_ZH : Fields.TEXT_EN, a.text(), TEXT_WITH_OFFSETS));
        if (a.title() != null) d.add(new Field(zh ? Fields.TITLE_ZH : Fields.TITLE_EN, a.title(), TEXT_WITH_OFFSETS));
        keyword(d, Fields.URL, a.url());
        keyword(d, Fields.LANG, a.lang());
        keyword(d, Fields.SOURCE, a.source());
        keyword(d, Fields.AUTHOR, a.author());
        keyword(d, Fields.VIA, a.via());
        keyword(d, Fields.FETCHED, a.fetched());
        keyword(d, Fields.CONTENT_HASH, a.contentHash());
        keyword(d, Fields.VERSION, SCHEMA + "/" + version);
        Long publishedMs = null;
        if (a.published() != null) {
            d.add(new StoredField(Fields.PUBLISHED, a.published()));
            java.util.OptionalLong ms = Dates.epochMillis(a.published());
            if (ms.isPresent()) {
                publishedMs = ms.getAsLong();
                d.add(new LongPoint(Fields.PUBLISHED_MS, publishedMs));
                d.add(new NumericDocValuesField(Fields.PUBLISHED_MS, publishedMs));
            }
        }
        for (String e : entities) d.add(new StringField(Fields.ENTITIES, e, Field.Store.YES));
        for (String m : metrics) d.add(new StringField(Fields.METRICS, m, Field.Store.YES));
        return FacetCounts.withFacets(d, entities, metrics, a.source(), a.lang(), publishedMs);
    }

    private static Document factDocument(Fact f) throws IOException {
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, Fields.FACT, Field.Store.NO));
        d.add(new StringField(Fields.FACT_ID, f.id(), Field.Store.YES));
        d.add(new StringField(Fields.DOC, f.doc(), Field.Store.NO));
        d.add(new StringField(Fields.ENTITY, f.entity(), Field.Store.NO));
        d.add(new StringField(Fields.ENTITY_KEY, key(f.entity()), Field.Store.NO));
        d.add(new StringField(Fields.METRIC, f.metric(), Field.Store.NO));
        // Which entity/metric pairs have most facts (the timelines worth offering first).
        d.add(new SortedDocValuesField(Fields.ENTITY, new BytesRef(f.entity())));
        d.add(new SortedDocValuesField(Fields.METRIC, new BytesRef(f.metric())));
        d.add(new StringField(Fields.CLAIM, f.claim(), Field.Store.NO));
        d.add(new StringField(Fields.UNIT, f.unit(), Field.Store.NO));
        keyword(d, Fields.LANG, f.lang());
        keyword(d, Fields.SOURCE, f.source());
        d.add(new DoublePoint(Fields.VALUE, f.value()));
        d.add(new DoublePoint(Fields.CONFIDENCE, f.confidence() == null ? 1.0 : f.confidence()));
        if (f.asOf() != null) {
            d.add(new StringField(Fields.AS_OF, f.asOf(), Field.Store.NO));
            Period.parse(f.asOf()).ifPresent(p -> {
                d.add(new LongPoint(Fields.AS_OF_FIRST, p.first().toEpochDay()));
                d.add(new LongPoint(Fields.AS_OF_LAST, p.last().toEpochDay()));
                d.add(new NumericDocValuesField(Fields.AS_OF_FIRST, p.first().toEpochDay()));
            });
        }
        if (f.published() != null) {
            Dates.epochMillis(f.published()).ifPresent(ms -> d.add(new LongPoint(Fields.FACT_PUBLISHED_MS, ms)));
        }
        d.add(new StoredField(Fields.JSON, Json.mapper().writeValueAsString(f)));
        return d;
    }

    /** Entities are looked up case-insensitively ("douyin" finds Douyin). */
    static String key(String entity) {
        return entity.strip().toLowerCase(Locale.ROOT);
    }

    private static void keyword(Document d, String field, String value) {
        if (value == null || value.isBlank()) return;
        d.add(new StringField(field, value, Field.Store.YES));
    }
}
