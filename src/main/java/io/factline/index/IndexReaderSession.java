package io.factline.index;

import io.factline.model.Article;
import io.factline.model.Fact;
import io.factline.model.Json;
import io.factline.model.SearchHit;
import io.factline.registry.Registries;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads the index: searches articles (highlighted passages, counts per entity, metric, source, language and
 * month), reads facts with filters, fetches one article. Thread-safe; open once and share.
 *
 * <p>Readers are managed by Lucene's {@link SearcherManager}: each call reads one commit from start to end (a long
 * facts export is not cut off by a newer commit), and {@link #refreshEvery} makes later calls see what an ingest
 * commits meanwhile. Old readers are closed when their last call ends.
 */
public final class IndexReaderSession implements Closeable {
    private static final Sort NEWEST_FIRST = new Sort(new SortField(Fields.PUBLISHED_MS, SortField.Type.LONG, true),
            SortField.FIELD_DOC);
    /** Names of one entity the snippets mark at most (each costs a clause per text field). */
    private static final int MAX_ENTITY_NAMES = 40;
    private static final Set<String> ARTICLE_FIELDS = Set.of(Fields.ID, Fields.URL, Fields.TITLE_EN, Fields.TITLE_ZH,
            Fields.TEXT_EN, Fields.TEXT_ZH, Fields.LANG, Fields.PUBLISHED, Fields.AUTHOR, Fields.SOURCE, Fields.VIA,
            Fields.FETCHED, Fields.CONTENT_HASH, Fields.ENTITIES);

    /** Names of entities in queries; null: queries are read as text only. */
    private final QueryEntities queryEntities;
    private final Directory directory;
    private final SearcherManager searchers;
    private final String preTag, postTag;
    private final boolean escapeHtml;
    private ScheduledExecutorService refresher;

    /** A searcher with what its reader's facet counts need, built on its first search. */
    private static final class Searcher extends IndexSearcher {
        private volatile Optional<SortedSetDocValuesReaderState> facets;

        Searcher(IndexReader reader) {
            super(reader);
        }

        SortedSetDocValuesReaderState facets() throws IOException {
            Optional<SortedSetDocValuesReaderState> f = facets;
            if (f == null) {
                synchronized (this) {
                    if (facets == null) facets = Optional.ofNullable(FacetCounts.state(getIndexReader()));
                    f = facets;
                }
            }
            return f.orElse(null);
        }
    }

    private IndexReaderSession(Directory directory, String preTag, String postTag, boolean escapeHtml,
                               Registries registries) throws IOException {
        this.queryEntities = registries == null ? null : new QueryEntities(registries);
        this.directory = directory;
        this.searchers = new SearcherManager(directory, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new Searcher(reader);
            }
        });
        this.preTag = preTag;
        this.postTag = postTag;
        this.escapeHtml = escapeHtml;
    }

    /** Opens the index of a data directory; snippets mark matches with [ and ]; queries are read as text only. */
    public static IndexReaderSession open(Path dataDir) {
        return open(dataDir, "[", "]", false, null);
    }

    /** The same, reading the entities a query names with {@code registries} (see {@link #search}). */
    public static IndexReaderSession open(Path dataDir, Registries registries) {
        return open(dataDir, "[", "]", false, registries);
    }

    /**
     * Opens the index with the given match markers; {@code escapeHtml} for snippets shown in a web page;
     * {@code registries}, when not null, to read the entities queries name.
     */
    public static IndexReaderSession open(Path dataDir, String preTag, String postTag, boolean escapeHtml,
                                          Registries registries) {
        if (!IndexPaths.exists(dataDir)) {
            throw new IndexException("no index in " + dataDir + " (run: factline ingest --data " + dataDir + " FILE...)");
        }
        Directory directory = null;
        try {
            directory = FSDirectory.open(IndexPaths.indexDir(dataDir));
            IndexWriterSession.refuseOtherSchema(directory, dataDir);
            return new IndexReaderSession(directory, preTag, postTag, escapeHtml, registries);
        } catch (IndexException e) {
            closeQuietly(directory);
            throw e;
        } catch (IOException e) {
            closeQuietly(directory);
            throw new IndexException("cannot read the index in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Looks for a newer commit every {@code period} from now on, in the background, so that what an ingest commits
     * while a server runs is answered from within that period. Problems (a damaged newer commit) go to {@code log}
     * and the current commit stays in use.
     */
    public synchronized void refreshEvery(Duration period, Consumer<String> log) {
        if (refresher != null) return;
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "factline-index-refresh");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(() -> {
            try {
                searchers.maybeRefresh();
            } catch (IOException | RuntimeException e) {
                log.accept("still on the previous commit of the index: " + e.getMessage());
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Looks for a newer commit now; true when later calls read it (or there was none). */
    public boolean refresh() {
        try {
            searchers.maybeRefreshBlocking();
            return searchers.isSearcherCurrent();
        } catch (IOException e) {
            throw new IndexException("cannot reopen the index: " + e.getMessage(), e);
        }
    }

    /** What a call does with the searcher of one commit. */
    private interface Read<T> {
        T with(Searcher searcher) throws IOException;
    }

    private <T> T read(Read<T> read) {
        try {
            Searcher searcher = (Searcher) searchers.acquire();
            try {
                return read.with(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int articleCount() {
        return read(s -> s.count(new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE))));
    }

    public int factCount() {
        return read(s -> s.count(new TermQuery(new Term(Fields.TYPE, Fields.FACT))));
    }

    // ---- articles -----------------------------------------------------------------------------------------

    /**
     * Searches with every term of every aggregation counted.
     *
     * @throws BadQueryException when the query cannot be run (a user error)
     */
    public SearchResults search(SearchRequest r) {
        return search(r, 0);
    }

    /**
     * Searches, keeping the {@code buckets} most frequent terms of each aggregation (0: all); what the others count
     * is in {@link SearchResults#otherCounts()}.
     *
     * @throws BadQueryException when the query cannot be run (a user error)
     */
    public SearchResults search(SearchRequest r, int buckets) {
        String refusal = r.query() == null ? null : QueryProblems.refusal(r.query());
        if (refusal != null) throw new BadQueryException(refusal);
        QueryEntities.Parsed parsed = queryEntities == null || r.query() == null
                ? QueryEntities.Parsed.none(r.query()) : queryEntities.parse(r.query());
        Query query = articleQuery(r, parsed);
        Set<String> asked = new java.util.LinkedHashSet<>();
        for (QueryEntities.Named n : parsed.entities()) asked.add(n.id());
        try {
            return search(query, highlightQuery(query, parsed), r, buckets, asked);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException(QueryProblems.TOO_MANY_WORDS, e);
        }
    }

    private SearchResults search(Query query, Query highlight, SearchRequest r, int buckets,
                                 Set<String> askedEntities) {
        return read(searcher -> {
            int want = Math.max(1, r.offset() + r.size());
            // Without words to rank by, the newest articles first.
            boolean browsing = r.query() == null || r.query().isBlank();
            org.apache.lucene.search.CollectorManager<?, ? extends TopDocs> top = browsing
                    ? new TopFieldCollectorManager(NEWEST_FIRST, want, null, 1000)
                    : new TopScoreDocCollectorManager(want, null, 1000);
            Object[] results = searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
            TopDocs topDocs = (TopDocs) results[0];
            FacetsCollector matching = (FacetsCollector) results[1];
            long total = 0;
            for (FacetsCollector.MatchingDocs m : matching.getMatchingDocs()) total += m.totalHits;
            FacetCounts.Counted counts = FacetCounts.count(searcher.facets(), matching, buckets);
            ScoreDoc[] page = Arrays.copyOfRange(topDocs.scoreDocs, Math.min(r.offset(), topDocs.scoreDocs.length),
                    topDocs.scoreDocs.length);
            TopDocs pageDocs = new TopDocs(topDocs.totalHits, page);
            StoredFields stored = searcher.storedFields();
            Map<Integer, Document> docs = new HashMap<>();
            for (ScoreDoc sd : page) docs.put(sd.doc, stored.document(sd.doc, ARTICLE_FIELDS));
            Map<String, String[]> snippets = Highlights.of(searcher, highlight, pageDocs, docs, preTag, postTag,
                    escapeHtml);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                Document d = docs.get(page[i].doc);
                List<String> passages = new ArrayList<>();
                for (String f : Highlights.FIELDS) {
                    String[] s = snippets.get(f);
                    if (s != null && s[i] != null) passages.add(s[i]);
                }
                List<String> entities = Arrays.asList(d.getValues(Fields.ENTITIES));
                List<String> matched = entities.stream().filter(askedEntities::contains).toList();
                float score = Float.isNaN(page[i].score) ? 0f : page[i].score; // listed by date: no score
                hits.add(new SearchHit(article(d), score, passages, entities, matched));
            }
            return new SearchResults(total, hits, counts.terms(), counts.others());
        });
    }

    static Query articleQuery(SearchRequest r) {
        return articleQuery(r, QueryEntities.Parsed.none(r.query()));
    }

    /**
     * The query of a search. Each entity the query names matches the words as typed (ranked first) or the entity
     * recorded with the article, which ingest records wherever the article writes any of its names; the other words
     * match as text.
     */
    static Query articleQuery(SearchRequest r, QueryEntities.Parsed parsed) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE)), BooleanClause.Occur.FILTER);
        if (!parsed.entities().isEmpty()) {
            if (!parsed.rest().isBlank()) b.add(textQuery(parsed.rest()), BooleanClause.Occur.MUST);
            for (QueryEntities.Named n : parsed.entities()) {
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                either.add(new BoostQuery(textQuery(n.asWritten()), 2f), BooleanClause.Occur.SHOULD);
                either.add(new TermQuery(new Term(Fields.ENTITIES, n.id())), BooleanClause.Occur.SHOULD);
                b.add(either.build(), BooleanClause.Occur.MUST);
            }
        } else if (r.query() != null && !r.query().isBlank()) {
            b.add(textQuery(r.query()), BooleanClause.Occur.MUST);
        } else {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        if (r.lang() != null) b.add(new TermQuery(new Term(Fields.LANG, r.lang())), BooleanClause.Occur.FILTER);
        if (r.entity() != null) b.add(new TermQuery(new Term(Fields.ENTITIES, r.entity())), BooleanClause.Occur.FILTER);
        if (r.metric() != null) b.add(new TermQuery(new Term(Fields.METRICS, r.metric())), BooleanClause.Occur.FILTER);
        if (r.source() != null) b.add(new TermQuery(new Term(Fields.SOURCE, r.source())), BooleanClause.Occur.FILTER);
        if (r.from() != null || r.to() != null) {
            long lo = r.from() == null ? Long.MIN_VALUE : r.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            long hi = r.to() == null ? Long.MAX_VALUE
                    : r.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
            b.add(LongPoint.newRangeQuery(Fields.PUBLISHED_MS, lo, hi), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /**
     * What the snippets mark: the query's words and, for each entity it names, the entity's other names, so that a
     * search for Douyin marks 抖音 in a Chinese article. Run on the page's hits only, not to match (the many phrase
     * queries of the names would cost every search).
     */
    private static Query highlightQuery(Query query, QueryEntities.Parsed parsed) {
        if (parsed.entities().isEmpty()) return query;
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD);
        for (QueryEntities.Named n : parsed.entities()) {
            for (String name : n.names().subList(0, Math.min(MAX_ENTITY_NAMES, n.names().size()))) {
                b.add(textQuery("\"" + QueryParser.escape(name) + "\""), BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }

    /** The words of a query in every text field: English words by stem, Chinese by bigram phrase; titles count double. */
    private static Query textQuery(String query) {
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        text.add(parse(Fields.TEXT_EN, query, false), BooleanClause.Occur.SHOULD);
        text.add(new BoostQuery(parse(Fields.TITLE_EN, query, false), 2f), BooleanClause.Occur.SHOULD);
        text.add(parse(Fields.TEXT_ZH, query, true), BooleanClause.Occur.SHOULD);
        text.add(new BoostQuery(parse(Fields.TITLE_ZH, query, true), 2f), BooleanClause.Occur.SHOULD);
        return text.build();
    }

    private static Query parse(String field, String query, boolean phrases) {
        QueryParser p = new QueryParser(field, Analyzers.PER_FIELD);
        p.setDefaultOperator(QueryParser.Operator.AND);
        if (phrases) {
            p.setSplitOnWhitespace(true);
            p.setAutoGeneratePhraseQueries(true);
        }
        try {
            return p.parse(query);
        } catch (ParseException e) {
            throw new BadQueryException(QueryProblems.explain(query), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException(QueryProblems.TOO_MANY_WORDS, e);
        }
    }

    /** One article by id, with its text. */
    public Optional<Article> article(String id) {
        return read(searcher -> {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.FILTER).build();
            TopDocs top = searcher.search(q, 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            return Optional.of(article(searcher.storedFields().document(top.scoreDocs[0].doc, ARTICLE_FIELDS)));
        });
    }

    /** Entities an article names, as stored with it. */
    public List<String> articleEntities(String id) {
        return read(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (top.scoreDocs.length == 0) return List.<String>of();
            return Arrays.asList(searcher.storedFields().document(top.scoreDocs[0].doc).getValues(Fields.ENTITIES));
        });
    }

    private static Article article(Document d) {
        String text = d.get(Fields.TEXT_EN) != null ? d.get(Fields.TEXT_EN) : d.get(Fields.TEXT_ZH);
        String title = d.get(Fields.TITLE_EN) != null ? d.get(Fields.TITLE_EN) : d.get(Fields.TITLE_ZH);
        return new Article(d.get(Fields.ID), d.get(Fields.URL), title, text, d.get(Fields.LANG), d.get(Fields.PUBLISHED),
                d.get(Fields.AUTHOR), d.get(Fields.SOURCE), d.get(Fields.VIA), d.get(Fields.FETCHED),
                d.get(Fields.CONTENT_HASH));
    }

    // ---- facts --------------------------------------------------------------------------------------------

    /** Facts matching the query, ordered by period (undated last), then article. */
    public List<Fact> facts(FactQuery q) {
        List<Fact> out = new ArrayList<>();
        facts(q, out::add);
        return out;
    }

    /** Streams the facts matching the query to {@code sink}, in period order. */
    public void facts(FactQuery q, Consumer<Fact> sink) {
        read(searcher -> {
            Query query = factQuery(q);
            int n = q.limit() > 0 ? q.limit() : Math.max(1, searcher.count(query));
            SortField byPeriod = new SortedNumericSortField(Fields.AS_OF_FIRST, SortField.Type.LONG);
            byPeriod.setMissingValue(Long.MAX_VALUE);
            Sort sort = new Sort(byPeriod, SortField.FIELD_DOC);
            TopDocs top = searcher.search(query, new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE));
            StoredFields stored = searcher.storedFields();
            Set<String> json = Set.of(Fields.JSON);
            for (ScoreDoc sd : top.scoreDocs) {
                IndexableField f = stored.document(sd.doc, json).getField(Fields.JSON);
                sink.accept(Json.mapper().readValue(f.stringValue(), Fact.class));
            }
            return null;
        });
    }

    private static Query factQuery(FactQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Fields.TYPE, Fields.FACT)), BooleanClause.Occur.FILTER);
        if (q.entity() != null) {
            b.add(new TermQuery(new Term(Fields.ENTITY_KEY, IndexWriterSession.key(q.entity()))), BooleanClause.Occur.FILTER);
        }
        if (q.metric() != null) b.add(new TermQuery(new Term(Fields.METRIC, q.metric())), BooleanClause.Occur.FILTER);
        if (q.claim() != null) b.add(new TermQuery(new Term(Fields.CLAIM, q.claim())), BooleanClause.Occur.FILTER);
        if (q.doc() != null) b.add(new TermQuery(new Term(Fields.DOC, q.doc())), BooleanClause.Occur.FILTER);
        if (q.minConfidence() > 0) {
            b.add(DoublePoint.newRangeQuery(Fields.CONFIDENCE, q.minConfidence(), Double.POSITIVE_INFINITY),
                    BooleanClause.Occur.FILTER);
        }
        if (q.from() != null) {
            b.add(LongPoint.newRangeQuery(Fields.AS_OF_LAST, q.from().toEpochDay(), Long.MAX_VALUE), BooleanClause.Occur.FILTER);
        }
        if (q.to() != null) {
            b.add(LongPoint.newRangeQuery(Fields.AS_OF_FIRST, Long.MIN_VALUE, q.to().toEpochDay()), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /**
     * The entities that have facts, with how many (deleted documents may still count until merged away): for
     * suggestions when a timeline names an entity without facts.
     */
    public Map<String, Long> factEntities() {
        return read(searcher -> {
            Map<String, Long> out = new java.util.TreeMap<>();
            org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(searcher.getIndexReader(),
                    Fields.ENTITY);
            if (terms == null) return out;
            org.apache.lucene.index.TermsEnum te = terms.iterator();
            for (org.apache.lucene.util.BytesRef t = te.next(); t != null; t = te.next()) {
                out.merge(t.utf8ToString(), (long) te.docFreq(), Long::sum);
            }
            return out;
        });
    }

    /** An entity and a metric with the number of facts about them. */
    public record Pair(String entity, String metric, long facts) {
    }

    /**
     * The entity/metric pairs with most facts of at least {@code minConfidence}, most first (ties by name); of one
     * entity only when {@code entity} is not null.
     */
    public List<Pair> topPairs(String entity, int limit, double minConfidence) {
        return read(searcher -> {
            Map<String, Long> counts = new HashMap<>();
            Query facts = factQuery(new FactQuery(entity, null, null, null, null, null, 0, minConfidence));
            for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                org.apache.lucene.search.Weight w = searcher.createWeight(searcher.rewrite(facts),
                        org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
                org.apache.lucene.search.Scorer scorer = w.scorer(leaf);
                if (scorer == null) continue;
                org.apache.lucene.index.SortedDocValues entities = org.apache.lucene.index.DocValues.getSorted(leaf.reader(), Fields.ENTITY);
                org.apache.lucene.index.SortedDocValues metrics = org.apache.lucene.index.DocValues.getSorted(leaf.reader(), Fields.METRIC);
                org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
                Map<Long, Long> byOrds = new HashMap<>();
                var it = scorer.iterator();
                for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (live != null && !live.get(doc)) continue;
                    if (!entities.advanceExact(doc) || !metrics.advanceExact(doc)) continue;
                    byOrds.merge(((long) entities.ordValue() << 32) | metrics.ordValue(), 1L, Long::sum);
                }
                for (Map.Entry<Long, Long> e : byOrds.entrySet()) {
                    String name = entities.lookupOrd((int) (e.getKey() >>> 32)).utf8ToString();
                    String metric = metrics.lookupOrd((int) (e.getKey() & 0xFFFFFFFFL)).utf8ToString();
                    counts.merge(name + '\u0000' + metric, e.getValue(), Long::sum);
                }
            }
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(limit)
                    .map(e -> {
                        String[] em = e.getKey().split("\u0000", 2);
                        return new Pair(em[0], em[1], e.getValue());
                    }).toList();
        });
    }

    /** Per metric, how many facts of at least {@code minConfidence} an entity has (any case of its id). */
    public Map<String, Integer> metricsOf(String entity, double minConfidence) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        facts(new FactQuery(entity, null, null, null, null, null, 0, minConfidence), f -> out.merge(f.metric(), 1, Integer::sum));
        return out;
    }

    /** Stops refreshing and closes the index once the calls in progress are done. */
    @Override
    public void close() {
        synchronized (this) {
            if (refresher != null) refresher.shutdownNow();
        }
        try (directory) {
            searchers.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(Closeable c) {
        if (c == null) return;
        try {
            c.close();
        } catch (IOException ignored) {
            // already failing with a better message
        }
    }
}
