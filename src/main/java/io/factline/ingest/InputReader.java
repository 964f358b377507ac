package io.factline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.content.CharsetDetector;
import io.factline.content.ContentExtractor;
import io.factline.model.Article;
import io.factline.model.BoundedReads;
import io.factline.model.Json;
import io.factline.warc.WarcPage;
import io.factline.warc.WarcPages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Turns input files into articles. Accepts files and directories (walked recursively, in name order) of
 * {@code .html}/{@code .htm} pages, {@code .txt} texts, {@code .json} (one article object), {@code .jsonl} (one
 * article per line), {@code .warc}/{@code .warc.gz}, and any of them gzip-compressed; {@code -} reads a text
 * from standard input. Article objects have the fields {@code id, url, title, published, lang} and either
 * {@code text} or {@code html}.
 *
 * <p>An input that cannot be read (missing, not a regular file, truncated, malformed, too large once decompressed)
 * or a line of JSON Lines that is not an article is reported to the problem sink, one line naming it, and counted;
 * the other inputs and lines are read all the same.
 */
public final class InputReader {
    /** Supported names, for messages. */
    public static final String SUPPORTED = ".html .htm .txt .json .jsonl .warc (each also .gz)";

    private final String defaultPublished;
    private final Consumer<String> problems;
    private int skipped, problemCount;
    private final List<String> skippedFiles = new ArrayList<>();

    /** Reports problems to standard error, prefixed with "factline: ". */
    public InputReader(String defaultPublished) {
        this(defaultPublished, problem -> System.err.println("factline: " + problem));
    }

    /**
     * @param defaultPublished ISO date for inputs that carry none, or null
     * @param problems         told, one line each, of the inputs and lines that could not be read
     */
    public InputReader(String defaultPublished, Consumer<String> problems) {
        this.defaultPublished = defaultPublished;
        this.problems = problems;
    }

    /** Inputs, and lines of JSON Lines files, that could not be read (each reported). */
    public int problems() {
        return problemCount;
    }

    private void problem(String message) {
        problemCount++;
        problems.accept(message);
    }

    /** Files in directories that were not of a supported kind. */
    public int skipped() {
        return skipped;
    }

    /** The files in directories that were not of a supported kind, in the order met. */
    public List<String> skippedFiles() {
        return skippedFiles;
    }

    /** Reads every input, in order, into {@code sink}. */
    public void read(List<String> inputs, Consumer<Article> sink) {
        readWithOrigins(inputs, (article, origin) -> sink.accept(article));
    }

    /**
     * Reads every input, in order, into {@code sink} with where each article came from: a file, {@code file:line}
     * of a JSON Lines file, or {@code -} for standard input.
     */
    public void readWithOrigins(List<String> inputs, BiConsumer<Article, String> sink) {
        for (String input : inputs) {
            try {
                readInput(input, sink);
            } catch (InputException e) {
                problem(e.getMessage());
            }
        }
    }

    private void readInput(String input, BiConsumer<Article, String> sink) {
        if (input.equals("-")) {
            try {
                byte[] text = BoundedReads.readDocument(System.in);
                readText(new String(text, StandardCharsets.UTF_8), null, a -> sink.accept(a, "-"));
            } catch (IOException e) {
                throw new InputException("cannot read standard input: " + e.getMessage(), e);
            }
            return;
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (java.nio.file.InvalidPathException e) {
            throw new InputException("not a file name: " + input + " (" + e.getReason() + ")", e);
        }
        if (!Files.exists(path)) throw new InputException("no such file or directory: " + input);
        if (Files.isDirectory(path)) {
            for (Path file : filesUnder(path)) {
                if (kind(file.getFileName().toString()) == null) {
                    skipped++;
                    skippedFiles.add(file.toString());
                    continue;
                }
                try {
                    readFile(file, sink);
                } catch (InputException e) {
                    problem(e.getMessage());
                }
            }
        } else if (!Files.isRegularFile(path)) {
            // A FIFO or a device would block or never end.
            throw new InputException(input + ": not a regular file or directory");
        } else {
            if (kind(path.getFileName().toString()) == null) {
                throw new InputException("unsupported input " + input + " (supported: " + SUPPORTED + ")");
            }
            readFile(path, sink);
        }
    }

    private static List<Path> filesUnder(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> files = new ArrayList<>(s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .toList());
            files.sort(null);
            return files;
        } catch (IOException e) {
            throw new InputException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    enum Kind { HTML, TEXT, JSON, JSONL, WARC }

    /** The kind of input a file name says, looking through a {@code .gz} suffix; null when unsupported. */
    static Kind kind(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return Kind.HTML;
        if (n.endsWith(".txt")) return Kind.TEXT;
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return Kind.JSONL;
        if (n.endsWith(".json")) return Kind.JSON;
        if (n.endsWith(".warc")) return Kind.WARC;
        return null;
    }

    private void readFile(Path file, BiConsumer<Article, String> sink) {
        String name = file.getFileName().toString();
        Kind kind = kind(name);
        String origin = file.toString();
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = raw;
            if (name.toLowerCase(Locale.ROOT).endsWith(".gz") && kind != Kind.WARC) in = new GZIPInputStream(raw);
            switch (kind) {
                case HTML -> sink.accept(dated(ContentExtractor.fromHtml(BoundedReads.readDocument(in), null, null)
                        .article()), origin);
                case TEXT -> readText(CharsetDetector.decode(BoundedReads.readDocument(in), null).text(), null,
                        a -> sink.accept(a, origin));
                case JSON -> readJson(Json.mapper().readTree(BoundedReads.readDocument(in)), origin,
                        a -> sink.accept(a, origin));
                case JSONL -> readJsonLines(in, file, sink);
                case WARC -> WarcPages.read(in, page -> {
                    if (page.status() < 200 || page.status() >= 300) return;
                    sink.accept(dated(fromWarc(page)), origin + " (" + page.url() + ")");
                }, problem -> problem(origin + ": " + problem));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (java.util.zip.ZipException e) {
            throw new InputException(file + ": not a valid gzip file: " + e.getMessage(), e);
        } catch (BoundedReads.TooLarge e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        } catch (java.io.EOFException e) {
            throw new InputException(file + ": cut short (truncated): "
                    + (e.getMessage() == null ? "unexpected end" : e.getMessage()), e);
        } catch (IOException | UncheckedIOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void readText(String text, String url, Consumer<Article> sink) {
        sink.accept(dated(ContentExtractor.fromText(text, url)));
    }

    /** One article a line; a line that is not one is reported and the next lines are read. */
    private void readJsonLines(InputStream in, Path file, BiConsumer<Article, String> sink) throws IOException {
        BoundedLines lines = new BoundedLines(in, BoundedReads.MAX_DOCUMENT_BYTES);
        for (BoundedLines.Line line; (line = lines.next()) != null; ) {
            String where = file + ":" + line.number();
            if (line.tooLong()) {
                problem(where + ": " + BoundedReads.tooLarge());
                continue;
            }
            if (line.text().isBlank()) continue;
            try {
                JsonNode node;
                try {
                    node = Json.mapper().readTree(line.text());
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new InputException(where + ": not valid JSON: " + e.getOriginalMessage(), e);
                }
                readJson(node, where, a -> sink.accept(a, where));
            } catch (InputException e) {
                problem(e.getMessage());
            }
        }
    }

    private void readJson(JsonNode node, String where, Consumer<Article> sink) {
        if (node == null || !node.isObject()) throw new InputException(where + ": expected an article object");
        String text = str(node, "text"), html = str(node, "html");
        if (text == null && html == null) throw new InputException(where + ": article has neither \"text\" nor \"html\"");
        Article base = html != null && text == null
                ? ContentExtractor.fromHtml(html, str(node, "url"))
                : Article.builder().url(str(node, "url")).text(text).build();
        sink.accept(dated(new Article(str(node, "id"), first(str(node, "url"), base.url()),
                first(str(node, "title"), base.title()), base.text(), str(node, "lang"),
                first(str(node, "published"), base.published()), first(str(node, "author"), base.author()),
                first(str(node, "source"), base.source()), first(str(node, "via"), base.via()),
                str(node, "fetched"), null)));
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private Article dated(Article a) {
        return a.published() == null && defaultPublished != null ? a.withPublished(defaultPublished) : a;
    }

    /**
     * The article of an archived page, keyed by the page's URL (for a crawl's captures the final, normalised URL):
     * the one conversion both {@code ingest DIR/warc} and {@code crawl --ingest} use, so they index the same.
     */
    public static Article fromWarc(WarcPage page) {
        Article a = ContentExtractor.fromHtml(page.body(), page.url(), page.contentType()).article();
        return withFetched(a, page.fetched());
    }

    private static Article withFetched(Article a, String fetched) {
        return new Article(a.id(), a.url(), a.title(), a.text(), a.lang(), a.published(), a.author(), a.source(),
                a.via(), fetched, a.contentHash());
    }
}
