package io.factline.cli;

import io.factline.registry.NameLookup;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code factline search}: full-text search over the indexed articles, Chinese and English. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the indexed articles (Chinese and English; words, \"phrases\", AND/OR/-).",
                "A word that names a company or product of the registry also finds the articles that name it "
                        + "otherwise (Douyin finds 抖音 and Shake sound). With no query, lists the articles the "
                        + "filters keep, newest first.",
                "Matches are marked [like this] in the snippets. Formats: text (default), jsonl."})
final class SearchCommand implements Runnable {
    @Mixin
    DataOption data;

    @Mixin
    FormatOption format;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "At most N results (default 10).")
    int limit;

    @Option(names = "--lang", paramLabel = "LANG", description = "Only articles in zh or en.")
    String lang;

    /** Only articles naming this entity. */
    @Mixin
    EntityOption entity;

    /** Only articles with facts of this metric. */
    @Mixin
    MetricOption metric;

    @Mixin
    PeriodOptions period;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query; none: every article the filters keep.")
    List<String> query = new ArrayList<>();

    @Override
    public void run() {
        if (limit < 1) throw new UsageException("--limit must be at least 1");
        if (lang != null && !lang.equals("zh") && !lang.equals("en")) throw new UsageException("--lang: zh or en");
        FormatOption.Format f = format.get(FormatOption.Format.text, FormatOption.Format.jsonl);
        Registries reg = Registries.load();
        NameLookup names = new NameLookup(reg);
        SearchRequest request = new SearchRequest(String.join(" ", query).strip(), lang, period.from(), period.to(),
                entity.id(names), metric.id(names), 0, limit);
        PrintStream out = Streams.out();
        try (IndexReaderSession index = IndexReaderSession.open(data.data, reg)) {
            SearchResults results = index.search(request);
            if (f == FormatOption.Format.jsonl) {
                for (SearchHit h : results.hits()) Formats.jsonLine(out, json(h));
                return;
            }
            out.printf("%d article%s %s%n", results.total(), results.total() == 1 ? " matches" : "s match",
                    request.query().isEmpty() ? "(no query)" : "'" + request.query() + "'");
            int i = 0;
            for (SearchHit h : results.hits()) {
                Article a = h.article();
                out.printf("%n%d. %s%n", ++i, a.displayTitle());
                List<String> about = new java.util.ArrayList<>();
                if (a.source() != null) about.add(a.source());
                if (a.published() != null) about.add(a.published());
                about.add(a.lang());
                about.add(String.format(java.util.Locale.ROOT, "score %.2f", h.score()));
                about.add("id " + a.id());
                out.printf("   %s%n", String.join(" · ", about));
                if (a.url() != null) out.printf("   %s%n", a.url());
                if (!h.matched().isEmpty()) out.printf("   names %s%n", String.join(", ", h.matched()));
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
        if (!h.matched().isEmpty()) m.put("matched_entities", h.matched());
        m.put("snippets", h.snippets());
        return m;
    }
}
