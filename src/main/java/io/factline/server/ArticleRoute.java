package io.factline.server;

import io.factline.index.FactQuery;
import io.factline.index.IndexReaderSession;
import io.factline.model.Article;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/articles/{id}}: one article with its text, the entities it names and its facts, whose
 * {@code start}/{@code end} are offsets (UTF-16 code units, as JavaScript strings count) into {@code text}.
 */
final class ArticleRoute implements Route {
    private final IndexReaderSession index;

    ArticleRoute(IndexReaderSession index) {
        this.index = index;
    }

    @Override
    public Set<String> parameters() {
        return Set.of();
    }

    @Override
    public void answer(String id, Params p, Reply reply) throws IOException {
        if (id.isEmpty() || id.contains("/")) throw HttpError.notFound("no article with id '" + id + "'");
        reply.json(200, describe(index, id));
    }

    private static Map<String, Object> describe(IndexReaderSession index, String id) {
        Article a = index.article(id).orElseThrow(() -> HttpError.notFound("no article with id '" + id + "'"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("url", a.url());
        out.put("title", a.title());
        out.put("display_title", a.displayTitle());
        out.put("lang", a.lang());
        out.put("published", a.published());
        out.put("author", a.author());
        out.put("source", a.source());
        out.put("via", a.via());
        out.put("fetched", a.fetched());
        out.put("content_hash", a.contentHash());
        out.put("text", a.text());
        out.put("entities", index.articleEntities(id));
        out.put("facts", index.facts(FactQuery.ofArticle(id)));
        return out;
    }
}
