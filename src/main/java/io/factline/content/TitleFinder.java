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
     * runs of spaces,
     * and a bare hyphen next to a Chinese character ("标题-搜狐财经"; "SK-II" keeps its hyphen).
     */
    static final Pattern SEPARATOR = Pattern.compile(
            "\\s+[-|–—»:·]+\\s+|\\s*(?:[_｜|»]+|--+|::|——)\\s*|\\s{2,}|(?<=\\p{IsHan}|[）)】》])-|-(?=\\p{IsHan}|[（(【《])");
    private static final int MAX_HEADINGS = 30;
    /** Forum and archive pages label their headline: "主题：…", "Subject: …". */
    private static final Pattern LABEL = Pattern.compile("^(?i)(?:主题|标题|题目|subject|title)\\s*[:：]\\s*");
    /** How far above the article text a headline line is looked for. */
    private static final int LOOK_BACK = 300;

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

    /**
     * A title still carrying a site name ("Headline-Site" in the Open Graph title too) is cut to the part the page
     * shows as a line of its own.
     */
    static String asShown(String title, String visible) {
        if (visible.contains("\n" + title + "\n")) return title;
        List<String> parts = parts(title);
        if (parts.size() < 2) return title;
        for (String p : parts) {
            if (TextStats.weight(p) >= 6 && visible.contains("\n" + p + "\n")) return p;
        }
        return title;
    }

    /**
     * For pages with no title of any kind: the heading nearest above the article, else the nearest line above it
     * that reads like a headline (not a date or byline line, no label with a colon, not a breadcrumb, between a
     * few characters and two lines long).
     */
    static Optional<String> untitled(Document doc, String visible, int start) {
        return headingBefore(headings(doc), visible, start).or(() -> lineBefore(visible, start));
    }

    /** The heading nearest above the article text. */
    private static Optional<String> headingBefore(List<String> headings, String visible, int start) {
        String best = null;
        int bestAt = -1;
        for (String h : headings) {
            int at = visible.lastIndexOf(h, start);
            if (at > bestAt && TextStats.weight(h) >= 6 && start - at <= LOOK_BACK) {
                bestAt = at;
                best = h;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<String> lineBefore(String visible, int start) {
        String[] lines = visible.substring(Math.max(0, start - LOOK_BACK), start).split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i].strip();
            int weight = TextStats.weight(line);
            if (weight < 8 || weight > 150 || line.contains("：") || line.contains(":")) continue;
            if (!DateFinder.all(line).isEmpty() || ContentExtractor.isBreadcrumb(line)) continue;
            return Optional.of(line);
        }
        return Optional.empty();
    }

    /** Heading texts in document order, h1 first. */
    private static List<String> headings(Document doc) {
        List<String> out = new ArrayList<>();
        for (String query : List.of("h1", "h2, h3, [class~=(?i)(^|[-_ ])(title|headline)s?($|[-_ ])]")) {
            for (Element e : doc.select(query)) {
                String t = LABEL.matcher(TextStats.clean(e.text())).replaceFirst("");
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

    /**
     * A title as stored, without the site or channel name a page title may still carry ("Headline - Site",
     * "标题-搜狐汽车"): its weightiest part. The site is the publisher, never what the story is about.
     */
    public static String headline(String title) {
        return parts(title).stream().max(Comparator.comparingInt(TextStats::weight)).orElse(title);
    }

    private static String normal(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
