package io.factline.content;

import io.factline.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Content stage entry point: an HTML page or a plain text in, an {@link Article} out (title, main text,
 * published date, author, source, via). The language is left to the NLP stage.
 */
public final class ContentExtractor {
    /** How much of a text the header (date, source, byline) is looked for in. */
    private static final int HEADER_CHARS = 600;

    private ContentExtractor() {
    }

    /** An extracted page and the charset its bytes were decoded as. */
    public record Page(Article article, String encoding) {
    }

    /**
     * @param bytes       the raw page
     * @param url         where it came from, or null
     * @param contentType the HTTP Content-Type, or null
     */
    public static Page fromHtml(byte[] bytes, String url, String contentType) {
        DecodedPage decoded = CharsetDetector.decode(bytes, contentType);
        return new Page(fromHtml(decoded.text(), url), decoded.encoding());
    }

    /** Extracts an already decoded page; {@code url} (or null) resolves links and names the source. */
    public static Article fromHtml(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        String title = TitleFinder.title(doc).orElse(null);
        List<String> paragraphs = MainTextFinder.paragraphs(doc, title);
        // Pages repeat the headline as the first line of the body; the article text starts after it.
        if (title != null && !paragraphs.isEmpty() && paragraphs.get(0).equals(title)) {
            paragraphs = paragraphs.subList(1, paragraphs.size());
        }
        String visible = MainTextFinder.visibleText(doc);
        Span span = span(visible, paragraphs, title);
        title = title == null ? TitleFinder.untitled(doc, visible, span.start()).orElse(null)
                : TitleFinder.asShown(title, "\n" + visible);
        String text = String.join("\n", paragraphs);
        String header = visible.substring(Math.max(0, span.start() - Dateline.BEFORE),
                Math.min(visible.length(), span.start() + Dateline.INTO));
        String published = PageMetadata.published(doc)
                .or(() -> Dateline.find(visible, span.start(), span.end(), span.lastStart()))
                .orElse(null);
        return Article.builder()
                .url(url)
                .title(title)
                .text(text)
                .published(published)
                .author(PageMetadata.author(doc).or(() -> Byline.author(header)).orElse(null))
                .source(PageMetadata.siteName(doc).or(() -> Byline.source(header)).or(() -> host(url)).orElse(null))
                .via(Byline.via(header).orElse(null))
                .build();
    }

    /**
     * A plain text: the first line that is not a breadcrumb is the title when it is short enough to be one;
     * date, source and via come from the header lines.
     */
    public static Article fromText(String raw, String url) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').strip();
        String title = null;
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || isBreadcrumb(t)) continue;
            if (t.length() <= 200) title = t;
            break;
        }
        String header = text.substring(0, Math.min(text.length(), HEADER_CHARS));
        return Article.builder()
                .url(url)
                .title(title)
                .text(text)
                .published(DateFinder.first(header).orElse(null))
                .author(Byline.author(header).orElse(null))
                .source(Byline.source(header).orElse(null))
                .via(Byline.via(header).orElse(null))
                .build();
    }

    /** "Home > News content", "首页 > 科技 > 正文". */
    static boolean isBreadcrumb(String line) {
        String[] parts = line.split("\\s*[>›»＞]\\s*");
        return parts.length >= 2 && Arrays.stream(parts).allMatch(p -> p.length() <= 20);
    }

    /** Where the article's text is in the page's visible text. */
    private record Span(int start, int end, int lastStart) {
    }

    private static Span span(String visible, List<String> paragraphs, String title) {
        int start = paragraphs.isEmpty() ? -1 : visible.indexOf(paragraphs.get(0));
        if (start < 0) {
            int at = title == null ? 0 : Math.max(0, visible.indexOf(title));
            return new Span(at, visible.length(), visible.length());
        }
        String last = paragraphs.get(paragraphs.size() - 1);
        int lastStart = visible.indexOf(last, start);
        if (lastStart < 0) return new Span(start, visible.length(), visible.length());
        return new Span(start, lastStart + last.length(), lastStart);
    }

    /** The site's host name as the publisher when the page names none; an address or localhost names nobody. */
    private static Optional<String> host(String url) {
        if (url == null) return Optional.empty();
        try {
            String h = URI.create(url).getHost();
            if (h == null || h.equalsIgnoreCase("localhost") || h.startsWith("[") || h.matches("[\\d.]+")) {
                return Optional.empty();
            }
            return Optional.of(h.startsWith("www.") ? h.substring(4) : h);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
