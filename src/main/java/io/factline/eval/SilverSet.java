package io.factline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.model.Article;
import io.factline.model.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The project's silver annotations ({@code silver}, see its README): documents drawn at random from
 * the shared pool and extraction pages, split by document into {@code train} (read, developed and trained on)
 * and {@code test} (locked: only ever scored). The manifest names each document's source under
 * {@code ../shared/corpora}; the texts are read from there, never copied into the project.
 */
public final class SilverSet {
    public static final String TRAIN = "train", TEST = "test";

    /**
     * One annotated document.
     *
     * @param topic   {@code company}, {@code economy} or {@code other}, as the annotator judged it
     * @param twice   annotated by a second annotator too (for agreement)
     * @param article the text, read from the shared corpora
     */
    public record Doc(String id, String lang, String split, String topic, boolean twice, String kind, Article article) {
        /** Off-topic: not about a company's business (sport, politics, markets at large, …). */
        public boolean offTopic() {
            return !"company".equals(topic);
        }
    }

    private final Map<String, Doc> docs;
    private final List<GoldFact> facts;
    private final List<GoldFact> second;

    private SilverSet(Map<String, Doc> docs, List<GoldFact> facts, List<GoldFact> second) {
        this.docs = docs;
        this.facts = facts;
        this.second = second;
    }

    /**
     * @param silver the silver folder ({@code silver})
     * @param shared the shared corpora ({@code ../shared/corpora}), where the texts are
     */
    public static SilverSet read(Path silver, Path shared) {
        Path manifest = silver.resolve("docs.tsv");
        if (!Files.isRegularFile(manifest)) throw new io.factline.ingest.InputException("no silver manifest at " + manifest);
        if (!Files.isDirectory(shared)) {
            throw new io.factline.ingest.InputException("the silver texts are read from " + shared + ", which is not there");
        }
        try {
            List<String[]> rows = new ArrayList<>();
            List<String> header = null;
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = List.of(cells);
                    continue;
                }
                rows.add(cells);
            }
            if (header == null) throw new io.factline.ingest.InputException(manifest + " has no header line");
            Texts texts = new Texts(shared);
            Map<String, Doc> docs = new LinkedHashMap<>();
            for (String[] r : rows) {
                String id = cell(r, header, "id");
                Article a = texts.read(id, cell(r, header, "source"), cell(r, header, "key"), cell(r, header, "lang"));
                String sha = cell(r, header, "sha1");
                if (!sha.isEmpty() && !sha1(a.text()).startsWith(sha)) {
                    throw new IllegalStateException("the text of " + id + " in " + shared + " is not the one annotated");
                }
                docs.put(id, new Doc(id, cell(r, header, "lang"), cell(r, header, "split"), cell(r, header, "topic"),
                        "yes".equals(cell(r, header, "second")), cell(r, header, "kind"), a));
            }
            List<GoldFact> facts = new ArrayList<>();
            for (String split : List.of(TRAIN, TEST)) facts.addAll(readFacts(silver.resolve(split + ".jsonl")));
            List<GoldFact> second = readFacts(silver.resolve("second.jsonl"));
            return new SilverSet(docs, facts, second);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the silver set: " + e.getMessage(), e);
        }
    }

    /** The documents of a split ({@code train} or {@code test}) in manifest order, of a language or both (null). */
    public List<Doc> docs(String split, String lang) {
        List<Doc> out = new ArrayList<>();
        for (Doc d : docs.values()) {
            if (d.split().equals(split) && (lang == null || d.lang().equals(lang))) out.add(d);
        }
        return out;
    }

    public Doc doc(String id) {
        return docs.get(id);
    }

    /** The gold of a split, every fact of its documents (which are annotated exhaustively). */
    public GoldSet gold(String split) {
        Set<String> ids = new LinkedHashSet<>();
        for (Doc d : docs(split, null)) ids.add(d.id());
        List<GoldFact> of = new ArrayList<>();
        for (GoldFact f : facts) if (ids.contains(f.doc())) of.add(f);
        return new GoldSet(of, ids);
    }

    /** The second annotator's facts, of the documents annotated twice. */
    public List<GoldFact> second() {
        return second;
    }

    private static List<GoldFact> readFacts(Path file) throws IOException {
        List<GoldFact> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) return out;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) out.add(GoldFact.of(Json.mapper().readTree(line)));
        }
        return out;
    }

    private static String cell(String[] row, List<String> header, String column) {
        int i = header.indexOf(column);
        if (i < 0) throw new io.factline.ingest.InputException("the silver manifest has no column " + column);
        return i < row.length ? row[i] : "";
    }

    static String sha1(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every JRE", e);
        }
    }

    /** Reads texts from the shared corpora's files, each file once. */
    private static final class Texts {
        private final Path shared;
        private final Map<String, Map<String, JsonNode>> jsonl = new HashMap<>();
        private final Map<String, JsonNode> json = new HashMap<>();

        Texts(Path shared) {
            this.shared = shared;
        }

        Article read(String id, String source, String key, String lang) throws IOException {
            Path file = shared.resolve(source);
            if (!Files.isRegularFile(file)) throw new IllegalStateException("missing silver source " + file);
            String title = null, text, url = null, published = null;
            if (source.endsWith(".jsonl")) {
                JsonNode n = jsonl.computeIfAbsent(source, s -> lines(file)).get(key);
                if (n == null) throw new IllegalStateException("no article " + key + " in " + file);
                text = n.get("text").asText();
                title = textOrNull(n, "title");
                url = textOrNull(n, "url");
                published = textOrNull(n, "published");
            } else {
                JsonNode root = json.computeIfAbsent(source, s -> parse(file));
                if (source.endsWith("ground-truth.json")) {
                    JsonNode n = root.get(key);
                    text = n.get("articleBody").asText();
                    url = textOrNull(n, "url");
                } else {
                    text = root.get(key).asText();
                    title = textOrNull(root, "title");
                    url = textOrNull(root, "url");
                    if (source.startsWith("news/")) published = textOrNull(root, "published");
                }
            }
            return Article.builder().id(id).lang(lang).title(title).text(text).url(url).published(published).build();
        }

        private static Map<String, JsonNode> lines(Path file) {
            Map<String, JsonNode> out = new HashMap<>();
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank()) continue;
                    JsonNode n = Json.mapper().readTree(line);
                    out.put(n.get("id").asText(), n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }

        private static JsonNode parse(Path file) {
            try {
                return Json.mapper().readTree(file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String textOrNull(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() || v.asText().equals("None") ? null : v.asText();
        }
    }
}
