package io.factline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.ingest.InputException;
import io.factline.model.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The labelled pages of an extraction test set, in either of two layouts: the ScrapingHub benchmark's
 * {@code ground-truth.json} ({@code {id: {articleBody, url}}}), or a directory of one JSON file per page
 * ({@code <id>.json} with {@code body} or {@code articleBody}, and optionally {@code url}, {@code title},
 * {@code publish_time}, {@code must_contain}, {@code must_not_contain}). The page of id X is
 * {@code X.html}, {@code X.htm} or either gzip-compressed, in the pages directory.
 */
final class GoldPages {
    private GoldPages() {
    }

    /**
     * One labelled page; null fields are not labelled.
     *
     * @param body           the article text, or null when only snippets or metadata are labelled
     * @param mustContain    snippets the extracted text must contain
     * @param mustNotContain snippets it must not contain
     */
    record Gold(String id, Path page, String url, String body, String title, String published,
                List<String> mustContain, List<String> mustNotContain) {
    }

    static List<Gold> load(Path gold, Path pagesDir) {
        if (!Files.exists(gold)) throw new InputException("--gold: no such file or directory: " + gold);
        if (!Files.isDirectory(pagesDir)) throw new InputException("not a directory: " + pagesDir);
        List<Gold> out = Files.isDirectory(gold) ? perPageFiles(gold, pagesDir) : groundTruth(gold, pagesDir);
        if (out.isEmpty()) throw new InputException("--gold " + gold + ": no labelled pages");
        return out;
    }

    private static List<Gold> groundTruth(Path file, Path pagesDir) {
        JsonNode root = read(file);
        if (!root.isObject()) throw new InputException(file + ": expected {id: {articleBody, url}}");
        List<Gold> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode n = e.getValue();
            out.add(new Gold(e.getKey(), page(pagesDir, e.getKey()), text(n, "url"), text(n, "articleBody"),
                    null, null, List.of(), List.of()));
        }
        return out;
    }

    private static List<Gold> perPageFiles(Path dir, Path pagesDir) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new InputException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        List<Gold> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String id = name.substring(0, name.length() - ".json".length());
            JsonNode n = read(f);
            if (!n.isObject()) throw new InputException(f + ": expected a JSON object");
            String body = text(n, "body");
            out.add(new Gold(id, page(pagesDir, id), text(n, "url"), body != null ? body : text(n, "articleBody"),
                    text(n, "title"), text(n, "publish_time"), list(n, "must_contain"), list(n, "must_not_contain")));
        }
        return out;
    }

    private static Path page(Path dir, String id) {
        for (String ext : List.of(".html", ".html.gz", ".htm", ".htm.gz")) {
            Path p = dir.resolve(id + ext);
            if (Files.isRegularFile(p)) return p;
        }
        throw new InputException("no page for gold id '" + id + "' in " + dir + " (expected " + id + ".html or .html.gz)");
    }

    private static JsonNode read(Path f) {
        try {
            return Json.mapper().readTree(f.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(f + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    /** A non-blank string field, else null. */
    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText();
    }

    private static List<String> list(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray()) return List.of();
        List<String> out = new ArrayList<>();
        for (JsonNode x : v) if (x.isTextual()) out.add(x.asText());
        return out;
    }
}
