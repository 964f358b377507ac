package io.factline.index;

import io.factline.model.Article;
import io.factline.model.Fact;
import io.factline.model.Json;
import io.factline.model.SearchHit;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
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
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the index: searches articles (highlighted passages, counts per entity, metric, source, language and
 * month), reads facts with filters, fetches one article. Thread-safe; open once and share.
 */
public final class IndexReaderSession implements Closeable {
    private static final Set<String> ARTICLE_FIELDS = Set.of(Fields.ID, Fields.URL, Fields.TITLE_EN, Fields.TITLE_ZH,
            Fields.TEXT_EN, Fields.TEXT_ZH, Fields.LANG, Fields.PUBLISHED, Fields.AUTHOR, Fields.SOURCE, Fields.VIA,
            Fields.FETCHED, Fields.CONTENT_HASH, Fields.ENTITIES);

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final String preTag, postTag;
    private final boolean escapeHtml;
    private volatile FacetOrdinals facetOrdinals;

    private IndexReaderSession(DirectoryReader reader, String preTag, String postTag, boolean escapeHtml) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.preTag = preTag;
        this.postTag = postTag;
        this.escapeHtml = escapeHtml;
    }

    /** Opens the index of a data directory; snippets mark matches with [ and ]. */
    public static IndexReaderSession open(Path dataDir) {
        return open(dataDir, "[", "]", false);
    }

    /** Opens the index with the given match markers; {@code escapeHtml} for snippets shown in a web page. */
    public static IndexReaderSession open(Path dataDir, String preTag, String postTag, boolean escapeHtml) {
        if (!IndexPaths.exists(dataDir)) {
            throw new IndexException("no index in " + dataDir + " (run: factline ingest --data " + dataDir + " FILE...)");
        }
        try {
            return new IndexReaderSession(DirectoryReader.open(FSDirectory.open(IndexPaths.indexDir(dataDir))), preTag,
                    postTag, escapeHtml);
        } catch (IOException e) {
            throw new IndexException("cannot read the index in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public int articleCount() {
        try {
            return searcher.count(new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int factCount() {
        try {
            return searcher.count(new TermQuery(new Term(Fields.TYPE, Fields.FACT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- articles -----------------------------------------------------------------------------------------

    /**
     * Searches with every term of every aggregation counted.
     *
     * @throws IllegalArgumentException when the query is not valid syntax (a user error)
     */
    public SearchResults search(SearchRequest r) {
        return search(r, 0);
    }

    /**
     * Searches, keeping the {@code buckets} most frequent terms of each aggregation (0: all); what the others count
     * is in {@link SearchResults#otherCounts()}.
     *
     * @throws IllegalArgumentException when the query is not valid syntax (a user error)
     */
    public SearchResults search(SearchRequest r, int buckets) {
        Query query = articleQuery(r);
        try {
            int want = Math.max(1, r.offset() + r.size());
            var top = new TopScoreDocCollectorManager(want, null, 1000);
            var aggregations = new Aggregations.Manager(facetOrdinals(), buckets);
            Object[] results = searcher.search(query, new MultiCollectorManager(top, aggregations));
            TopDocs topDocs = (TopDocs) results[0];
            Aggregations counts = (Aggregations) results[1];
            ScoreDoc[] page = Arrays.copyOfRange(topDocs.scoreDocs, Math.min(r.offset(), topDocs.scoreDocs.length),
                    topDocs.scoreDocs.length);
            TopDocs pageDocs = new TopDocs(topDocs.totalHits, page);
            StoredFields stored = searcher.storedFields();
            Map<Integer, Document> docs = new HashMap<>();
            for (ScoreDoc sd : page) docs.put(sd.doc, stored.document(sd.doc, ARTICLE_FIELDS));
            Map<String, String[]> snippets = Highlights.of(searcher, query, pageDocs, docs, preTag, postTag, escapeHtml);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                Document d = docs.get(page[i].doc);
                List<String> passages = new ArrayList<>();
                for (String f : Highlights.FIELDS) {
                    String[] s = snippets.get(f);
                    if (s != null && s[i] != null) passages.add(s[i]);
                }
                hits.add(new SearchHit(article(d), page[i].score, passages, Arrays.asList(d.getValues(Fields.ENTITIES))));
            }
            SearchResults found = new SearchResults(counts.total(), hits, counts.asMap(), counts.otherCounts());
            counts.release();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Built on the first search: commands that never search do not pay for it. */
    private FacetOrdinals facetOrdinals() throws IOException {
        FacetOrdinals f = facetOrdinals;
        if (f == null) {
            synchronized (this) {
                if (facetOrdinals == null) facetOrdinals = FacetOrdinals.build(reader, Aggregations.TERMS);
                f = facetOrdinals;
            }
        }
        return f;
    }

    private static Query articleQuery(SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE)), BooleanClause.Occur.FILTER);
        if (r.query() != null && !r.query().isBlank()) {
            BooleanQuery.Builder text = new BooleanQuery.Builder();
            text.add(parse(Fields.TEXT_EN, r.query(), false), BooleanClause.Occur.SHOULD);
            text.add(new BoostQuery(parse(Fields.TITLE_EN, r.query(), false), 2f), BooleanClause.Occur.SHOULD);
            // Chinese articles match on bigram phrases (exact strings); their words rank and highlight.
            text.add(new BooleanQuery.Builder()
                    .add(parse(Fields.TEXT_ZH_BIGRAMS, r.query(), true), BooleanClause.Occur.MUST)
                    .add(parse(Fields.TEXT_ZH, r.query(), false), BooleanClause.Occur.SHOULD).build(),
                    BooleanClause.Occur.SHOULD);
            text.add(new BoostQuery(parse(Fields.TITLE_ZH_BIGRAMS, r.query(), true), 2f), BooleanClause.Occur.SHOULD);
            b.add(text.build(), BooleanClause.Occur.MUST);
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
            throw new IllegalArgumentException("cannot parse query '" + query + "': " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** One article by id, with its text. */
    public Optional<Article> article(String id) {
        try {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.FILTER).build();
            TopDocs top = searcher.search(q, 1);
            if (top.scoreDocs.length == 0) return Optional.empty();
            return Optional.of(article(searcher.storedFields().document(top.scoreDocs[0].doc, ARTICLE_FIELDS)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Entities an article names, as stored with it. */
    public List<String> articleEntities(String id) {
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (top.scoreDocs.length == 0) return List.of();
            return Arrays.asList(searcher.storedFields().document(top.scoreDocs[0].doc).getValues(Fields.ENTITIES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        try {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
     * A session over the index as it is now committed, or null when nothing changed since this one was opened.
     * This session stays usable; close it when its last user is done.
     */
    public IndexReaderSession reopenIfChanged() {
        try {
            DirectoryReader fresh = DirectoryReader.openIfChanged(reader);
            return fresh == null ? null : new IndexReaderSession(fresh, preTag, postTag, escapeHtml);
        } catch (IOException e) {
            throw new IndexException("cannot reopen the index: " + e.getMessage(), e);
        }
    }

    /** Keeps this session open until {@link #release()}; false when it is already closed. */
    public boolean tryAcquire() {
        return reader.tryIncRef();
    }

    /** Ends a {@link #tryAcquire()}; the last release after {@link #close()} closes the index files. */
    public void release() {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
