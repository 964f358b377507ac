package io.factline.content;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The headline of a page, without the site or channel name that {@code <title>} adds ("Headline - Site",
 * "标题_频道_网站", "网站--频道--标题"). A heading of the page that the title or the Open Graph title contains is
 * the cleanest form; else the Open Graph title; else the longest part of {@code <title>}.
 */
public final class TitleFinder {
    /**
     * Where a page title joins its parts: spaced dashes and bars, "»", "::", underscores, full-width bars, "--",
     * and a bare hyphen next to a Chinese character ("标题-搜狐财经"; "SK-II" keeps its hyphen).
     */
    static final Pattern SEPARATOR = Pattern.compile(
            "\\s+[-|–—»:·]+\\s+|\\s*(?:[_｜|»]+|--+|::|——)\\s*|(?<=\\p{IsHan}|[）)】》])-|-(?=\\p{IsHan}|[（(【《])");
    private static final int MAX_HEADINGS = 30;

    private TitleFinder() {
    }

    static Optional<String> title(Document doc) {
        Optional<String> meta = PageMetadata.title(doc).map(TextStats::clean).filter(t -> !t.isEmpty());
        // Pages wrapped in foreign markup have their <title> outside <head>: look anywhere.
        Element titleElement = doc.selectFirst("title");
        String page = titleElement == null ? "" : TextStats.clean(titleElement.text());
        List<String> headings = headings(doc);
        // A site name is a heading and a part of the title too (a logo in <h1>); the headline is the longer.
        Optional<String> heading = headings.stream()
                .filter(h -> isPartOf(h, page) || meta.filter(m -> isPartOf(h, m)).isPresent())
                .max(Comparator.comparingInt(TextStats::weight));
        if (heading.isPresent()) return heading;
        List<String> parts = parts(page);
        if (meta.isPresent()) return Optional.of(completed(meta.get(), headings, parts));
        return parts.stream().max(Comparator.comparingInt(TextStats::weight));
    }

    /** Heading texts in document order, h1 first. */
    private static List<String> headings(Document doc) {
        List<String> out = new ArrayList<>();
        for (String query : List.of("h1", "h2, h3, [class~=(?i)(^|[-_ ])(title|headline)s?($|[-_ ])]")) {
            for (Element e : doc.select(query)) {
                String t = TextStats.clean(e.text());
                if (!t.isEmpty() && t.length() <= 200 && out.size() < MAX_HEADINGS) out.add(t);
            }
        }
        return out;
    }

    /** Whether a headline is the whole page title or one end of it up to a separator ("Headline-Site"). */
    public static boolean isPartOf(String heading, String title) {
        String h = normal(heading);
        if (h.length() < 2 || title.isEmpty()) return false;
        if (h.equals(normal(title))) return true;
        var m = SEPARATOR.matcher(title);
        while (m.find()) {
            if (normal(title.substring(0, m.start())).equals(h) || normal(title.substring(m.end())).equals(h)) {
                return true;
            }
        }
        return false;
    }

    /** An Open Graph title cut short at a quote mark in broken markup is completed by the heading or title that extends it. */
    private static String completed(String meta, List<String> headings, List<String> parts) {
        String m = normal(meta);
        List<String> longer = new ArrayList<>(headings);
        longer.addAll(parts);
        for (String t : longer) {
            if (normal(t).startsWith(m) && normal(t).length() > m.length()) return t;
        }
        return meta;
    }

    private static List<String> parts(String page) {
        List<String> out = new ArrayList<>();
        for (String p : SEPARATOR.split(page)) if (!p.isBlank()) out.add(p.strip());
        return out;
    }

    private static String normal(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
