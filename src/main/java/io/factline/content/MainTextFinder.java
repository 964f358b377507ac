package io.factline.content;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the article body of a page: scores every block of running text by its length and punctuation (ASCII
 * and CJK commas and stops alike, so Chinese paragraphs weigh what English ones do), discounts text inside
 * links, lets the scores flow to the ancestors, and keeps the best-scoring container's blocks as paragraphs.
 * A Readability-style approach made language-neutral.
 */
final class MainTextFinder {
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "big", "cite", "code", "em", "font", "i",
            "kbd", "label", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var", "mark",
            "time", "ins", "del", "nobr", "wbr", "acronym", "bdi", "bdo", "dfn", "samp", "img");
    private static final Set<String> DROP = Set.of("script", "style", "noscript", "iframe", "nav", "aside", "footer",
            "svg", "button", "select", "input", "textarea", "object", "embed", "template", "canvas", "video",
            "audio", "map", "head", "link", "meta");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final int MIN_BLOCK_CHARS = 20;

    private MainTextFinder() {
    }

    /** The article's paragraphs in reading order; empty when the page has no running text. */
    static List<String> paragraphs(Document page) {
        Document doc = page.clone();
        doc.select(String.join(",", DROP)).remove();
        doc.select("[style~=(?i)display\\s*:\\s*none]").remove();
        doc.select("[hidden]").remove();
        Element body = doc.body();
        if (body == null) return List.of();

        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element block : body.getAllElements()) {
            if (INLINE.contains(block.normalName())) continue;
            String own = ownText(block);
            int len = own.strip().length();
            if (len < MIN_BLOCK_CHARS) continue;
            double score = (1 + punctuation(own) + Math.min(len / 80.0, 3.0)) * (1 - linkDensity(block, own));
            Element ancestor = block;
            for (int depth = 0; depth < 4 && ancestor != null; depth++, ancestor = ancestor.parent()) {
                scores.merge(ancestor, score / (depth == 0 ? 1 : depth + 0.5), Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                bestScore = e.getValue();
                best = e.getKey();
            }
        }
        if (best == null) return fallback(body);
        List<String> out = new ArrayList<>();
        collect(best, out);
        return out;
    }

    /** Pages with no block long enough to score (short notices): every line of visible text. */
    private static List<String> fallback(Element body) {
        List<String> out = new ArrayList<>();
        for (String line : body.wholeText().split("\n")) {
            String t = clean(line);
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static void collect(Element root, List<String> out) {
        for (Element block : root.getAllElements()) {
            if (INLINE.contains(block.normalName())) continue;
            String own = ownText(block);
            if (own.isBlank()) continue;
            boolean heading = HEADINGS.contains(block.normalName());
            double links = linkDensity(block, own);
            for (String line : own.split("\n")) {
                String t = clean(line);
                if (t.isEmpty()) continue;
                // Link lists (related articles, tags, menus) inside the container are not article text.
                if (!heading && links > 0.5 && t.length() < 200) continue;
                out.add(t);
            }
        }
    }

    /** Text of a block's own inline content; nested blocks are left to themselves, {@code <br>} breaks lines. */
    static String ownText(Element block) {
        StringBuilder sb = new StringBuilder();
        appendInline(block, sb);
        return sb.toString();
    }

    private static void appendInline(Element el, StringBuilder sb) {
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                sb.append(t.getWholeText().replace('\n', ' ').replace('\r', ' '));
            } else if (child instanceof Element e) {
                if (e.normalName().equals("br")) sb.append('\n');
                else if (INLINE.contains(e.normalName())) appendInline(e, sb);
            }
        }
    }

    private static double linkDensity(Element block, String own) {
        int total = own.strip().length();
        if (total == 0) return 0;
        int linked = 0;
        for (Element a : block.select("a")) {
            if (isOwnInline(block, a)) linked += a.text().length();
        }
        return Math.min(1.0, linked / (double) total);
    }

    private static boolean isOwnInline(Element block, Element a) {
        for (Element p = a.parent(); p != null; p = p.parent()) {
            if (p == block) return true;
            if (!INLINE.contains(p.normalName())) return false;
        }
        return false;
    }

    private static int punctuation(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case ',', '，', '、', '。', '；', ';', '！', '？', '：' -> n++;
                default -> { }
            }
        }
        return n;
    }

    static String clean(String s) {
        return s.replace('\u00a0', ' ').replace('\u3000', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
    }
}
