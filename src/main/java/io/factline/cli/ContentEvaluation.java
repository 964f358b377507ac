package io.factline.cli;

import io.factline.cli.GoldPages.Gold;
import io.factline.content.ContentExtractor;
import io.factline.content.ShingleMetric;
import io.factline.content.ShingleMetric.PageScore;
import io.factline.ingest.InputException;
import io.factline.model.Article;
import io.factline.model.Json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** Runs the content extractor (or reads another tool's predictions) over labelled pages and scores each page. */
final class ContentEvaluation {
    private ContentEvaluation() {
    }

    /**
     * What one page scored; null fields are not labelled.
     *
     * @param score       text overlap, when the body is labelled
     * @param titleOk     title agrees with the label
     * @param dateOk      published date agrees with the label, to the label's precision
     * @param timeOk      time of day agrees, when both have one
     * @param snippetsOk  required and forbidden snippets that came out right
     * @param error       what went wrong extracting, or null
     */
    record PageResult(Gold gold, boolean heldOut, PageScore score, Boolean titleOk, Boolean dateOk, Boolean timeOk,
                      int snippetsOk, int snippets, String error, Article article) {
    }

    /** Timing of the extraction alone (no file reading), over the last repetition. */
    record Timing(long bytes, long nanos) {
    }

    record Run(List<PageResult> pages, Timing timing) {
    }

    /** Extracts every page {@code repeat} times (the earlier runs warm the JIT up) and scores the last run. */
    static Run extract(List<Gold> golds, int repeat) {
        List<byte[]> bytes = new ArrayList<>();
        for (Gold g : golds) bytes.add(read(g.page()));
        List<PageResult> results = new ArrayList<>();
        long total = 0, nanos = 0;
        for (int r = 0; r < repeat; r++) {
            results.clear();
            total = 0;
            nanos = 0;
            for (int i = 0; i < golds.size(); i++) {
                Gold g = golds.get(i);
                long t0 = System.nanoTime();
                Article a;
                String error = null;
                try {
                    a = ContentExtractor.fromHtml(bytes.get(i), g.url(), null).article();
                } catch (RuntimeException e) {
                    a = Article.builder().text("").build();
                    error = e.toString();
                }
                nanos += System.nanoTime() - t0;
                total += bytes.get(i).length;
                results.add(score(g, a, error));
            }
        }
        return new Run(List.copyOf(results), new Timing(total, nanos));
    }

    /** Scores another extractor's output, in the benchmark's format {@code {id: {articleBody}}}. */
    static Run predictions(List<Gold> golds, Path file) {
        Map<String, String> bodies = new HashMap<>();
        try {
            var root = Json.mapper().readTree(file.toFile());
            if (root.has("output") && root.get("output").isObject()) root = root.get("output");
            root.fields().forEachRemaining(e -> bodies.put(e.getKey(), e.getValue().path("articleBody").asText("")));
        } catch (IOException e) {
            throw new InputException("--predictions " + file + ": " + e.getMessage(), e);
        }
        List<PageResult> results = new ArrayList<>();
        for (Gold g : golds) {
            String body = bodies.get(g.id());
            if (body == null) throw new InputException("--predictions " + file + ": no prediction for id " + g.id());
            results.add(score(g, Article.builder().text(body).build(), null));
        }
        return new Run(results, null);
    }

    private static PageResult score(Gold g, Article a, String error) {
        PageScore s = g.body() == null ? null : ShingleMetric.score(g.body(), a.text());
        Boolean title = g.title() == null ? null : LabelMatch.title(a.title(), g.title());
        Optional<LabelMatch.LabelDate> d = LabelMatch.labelDate(g.published());
        Boolean date = d.map(x -> LabelMatch.date(a.published(), x)).orElse(null);
        Boolean time = d.filter(x -> x.time() != null && a.published() != null && a.published().length() >= 16)
                .map(x -> LabelMatch.time(a.published(), x)).orElse(null);
        int ok = 0;
        for (String s1 : g.mustContain()) if (a.text().contains(s1)) ok++;
        for (String s1 : g.mustNotContain()) if (!a.text().contains(s1)) ok++;
        return new PageResult(g, heldOut(g.id()), s, title, date, time, ok,
                g.mustContain().size() + g.mustNotContain().size(), error, a);
    }

    /**
     * The held-out third of a set: pages whose id hashes to 0 modulo 3. Extraction rules are developed looking
     * only at the other pages, and these tell whether they generalise.
     */
    static boolean heldOut(String id) {
        return Integer.parseInt(Article.hash(id).substring(0, 4), 16) % 3 == 0;
    }

    private static byte[] read(Path page) {
        try (InputStream raw = Files.newInputStream(page)) {
            InputStream in = page.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InputException("cannot read " + page + ": " + e.getMessage(), e);
        }
    }
}
