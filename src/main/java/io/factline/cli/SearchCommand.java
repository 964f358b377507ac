package io.factline.cli;

import io.factline.registry.Registries;
import io.factline.index.IndexReaderSession;
import io.factline.index.SearchRequest;
import io.factline.index.SearchResults;
import io.factline.model.Article;
import io.factline.model.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code factline search}: full-text search over the indexed articles, Chinese and English. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the indexed articles (Chinese and English; words, \"phrases\", AND/OR/-).",
                "Matches are marked [like this] in the snippets."})
final class SearchCommand implements Runnable {
    @Mixin
    DataOption data;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or jsonl.")
    Format format;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "At most N results (default 10).")
    int limit;

    @Option(names = "--lang", paramLabel = "LANG", description = "Only articles in zh or en.")
    String lang;

    @Option(names = "--entity", paramLabel = "E", description = "Only articles naming this entity.")
    String entity;

    @Option(names = "--metric", paramLabel = "M", description = "Only articles with facts of this metric.")
    String metric;

    @Option(names = "--from", paramLabel = "DATE", description = "Only articles published on or after DATE.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only articles published on or before DATE.")
    String to;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query.")
    List<String> query;

    enum Format { text, jsonl }

    @Override
    public void run() {
        if (limit < 1) throw new UsageException("--limit must be at least 1");
        if (lang != null && !lang.equals("zh") && !lang.equals("en")) throw new UsageException("--lang: zh or en");
        Registries reg = entity != null || metric != null ? Registries.load() : null;
        SearchRequest request = new SearchRequest(String.join(" ", query), lang, Args.date(from, "--from", false),
                Args.date(to, "--to", true), entity == null ? null : Args.entity(entity, reg),
                metric == null ? null : Args.metric(metric, reg), 0, limit);
        PrintStream out = Streams.out();
        try (IndexReaderSession index = IndexReaderSession.open(data.data)) {
            SearchResults results = index.search(request);
            if (format == Format.jsonl) {
                for (SearchHit h : results.hits()) Formats.jsonLine(out, json(h));
                return;
            }
            out.printf("%d article%s '%s'%n", results.total(), results.total() == 1 ? " matches" : "s match", request.query());
            int i = 0;
            for (SearchHit h : results.hits()) {
                Article a = h.article();
                out.printf("%n%d. %s%n", ++i, a.title() == null ? "(untitled)" : a.title());
                List<String> about = new java.util.ArrayList<>();
                if (a.source() != null) about.add(a.source());
                if (a.published() != null) about.add(a.published());
                about.add(a.lang());
                about.add(String.format(java.util.Locale.ROOT, "score %.2f", h.score()));
                about.add("id " + a.id());
                out.printf("   %s%n", String.join(" · ", about));
                if (a.url() != null) out.printf("   %s%n", a.url());
                for (String s : h.snippets()) out.printf("   … %s%n", s.replace('\n', ' ').strip());
            }
        }
    }

    private static Map<String, Object> json(SearchHit h) {
        Article a = h.article();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("score", h.score());
        m.put("title", a.title());
        m.put("url", a.url());
        m.put("published", a.published());
        m.put("source", a.source());
        m.put("lang", a.lang());
        m.put("entities", h.entities());
        m.put("snippets", h.snippets());
        return m;
    }
}
