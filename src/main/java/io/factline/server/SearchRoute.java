package io.factline.server;

import io.factline.index.IndexReaderSession;
import io.factline.index.SearchRequest;
import io.factline.index.SearchResults;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/search?q=&lang=&from=&to=&entity=&metric=&source=&page=&size=}: articles matching a query, a page of
 * them with highlighted passages, and counts per entity, metric, source, language and month over all matches.
 * An empty {@code q} matches every article (the filters and counts still apply).
 */
final class SearchRoute implements Route {
    static final int DEFAULT_SIZE = 10, MAX_SIZE = 100;
    /** Deep pages cost a ranking of every hit before them; like OpenSearch's max_result_window. */
    static final int MAX_WINDOW = 10_000;

    private final IndexReaderSession index;
    private final Lookups lookups;

    SearchRoute(IndexReaderSession index, Lookups lookups) {
        this.index = index;
        this.lookups = lookups;
    }

    @Override
    public Set<String> parameters() {
        return Set.of("q", "lang", "from", "to", "entity", "metric", "source", "page", "size");
    }

    @Override
    public void answer(String tail, Params p, Reply reply) throws IOException {
        int size = p.integer("size", DEFAULT_SIZE, 0, MAX_SIZE);
        int page = p.integer("page", 1, 1, MAX_WINDOW);
        if ((long) page * size > MAX_WINDOW) {
            throw HttpError.badRequest("page × size must be at most " + MAX_WINDOW + "; narrow the search instead");
        }
        LocalDate[] range = Lookups.range(p);
        SearchRequest request = new SearchRequest(p.string("q"), p.oneOf("lang", List.of("zh", "en"), null),
                range[0], range[1], lookups.entity(p), lookups.metric(p), p.string("source"), (page - 1) * size, size);
        long t0 = System.nanoTime();
        SearchResults results;
        results = index.search(request, SearchJson.BUCKETS);
        long took = (System.nanoTime() - t0) / 1_000_000;
        reply.json(200, SearchJson.of(results, size, took));
    }
}
