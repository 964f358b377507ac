package io.factline.cli;

import io.factline.content.ContentExtractor;
import io.factline.ingest.InputException;
import io.factline.model.Article;
import io.factline.nlp.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** {@code factline content}: the article text and metadata the content stage extracts from pages. */
@Command(name = "content", mixinStandardHelpOptions = true,
        description = {"Extract the article of each page: title, main text (paragraphs separated by newlines), "
                + "published date, author, source, via, language and the charset the bytes were decoded as.",
                "One JSON object per input (or a readable text with --format text). Formats: jsonl (default), text."})
final class ContentCommand implements Runnable {
    @picocli.CommandLine.Mixin
    FormatOption format;

    @Option(names = "--url", paramLabel = "URL", description = "The address the pages came from (resolves links, "
            + "names the source when the page does not).")
    String url;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "HTML pages (.html, .htm, either .gz); - reads one page from standard input.")
    List<String> files;


    @Override
    public void run() {
        PrintStream out = Streams.out();
        boolean text = format.get(FormatOption.Format.jsonl, FormatOption.Format.text) == FormatOption.Format.text;
        for (String file : files) {
            ContentExtractor.Page page = ContentExtractor.fromHtml(read(file), url, null);
            Map<String, Object> record = record(file, page);
            if (text) printText(out, record);
            else Formats.jsonLine(out, record);
        }
        out.flush();
    }

    private static Map<String, Object> record(String file, ContentExtractor.Page page) {
        Article a = page.article();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("url", a.url());
        m.put("title", a.title());
        m.put("text", a.text());
        m.put("published", a.published());
        m.put("author", a.author());
        m.put("source", a.source());
        m.put("via", a.via());
        m.put("lang", a.text().isBlank() ? null : Language.detect(a.text()));
        m.put("encoding", page.encoding());
        return m;
    }

    private static void printText(PrintStream out, Map<String, Object> record) {
        for (Map.Entry<String, Object> e : record.entrySet()) {
            if (e.getKey().equals("text")) continue;
            if (e.getValue() != null) out.printf(Locale.ROOT, "%-10s %s%n", e.getKey() + ":", e.getValue());
        }
        out.println();
        out.println(record.get("text"));
        out.println();
    }

    private static byte[] read(String file) {
        try {
            if (file.equals("-")) return System.in.readAllBytes();
            Path p = Path.of(file);
            if (Files.isDirectory(p)) throw new InputException(file + " is a directory; give the pages themselves");
            if (!Files.isRegularFile(p)) throw new InputException("no such file: " + file);
            try (InputStream raw = Files.newInputStream(p)) {
                InputStream in = file.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                return in.readAllBytes();
            }
        } catch (java.util.zip.ZipException e) {
            throw new InputException(file + ": not a valid gzip file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
