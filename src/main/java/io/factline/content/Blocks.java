package io.factline.content;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Set;

/** What the HTML block model says about elements: inline or block, their own text, the share of it in links. */
final class Blocks {
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "big", "cite", "code", "em", "font", "i",
            "kbd", "label", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var", "mark",
            "time", "ins", "del", "nobr", "wbr", "acronym", "bdi", "bdo", "dfn", "samp", "img", "br", "picture",
            "source", "data", "output", "ruby", "rt", "rp");
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private Blocks() {
    }

    static boolean isInline(Element e) {
        return INLINE.contains(e.normalName());
    }

    /** Whether any child element starts a block of its own. */
    static boolean hasBlockChildren(Element e) {
        for (Element c : e.children()) {
            if (!isInline(c) || hasBlockChildren(c)) return true;
        }
        return false;
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
                else if (isInline(e)) appendInline(e, sb);
            }
        }
    }

    /**
     * Paragraphs under an element: {@code <p>}s, and blocks holding only inline text (pages that write
     * paragraphs as {@code <div>}s, as Readability counts them after turning such divs into {@code <p>}s).
     */
    static int paragraphCount(Element e) {
        int n = 0;
        for (Element d : e.getAllElements()) {
            if (d == e || isInline(d)) continue;
            if (d.normalName().equals("p")) n++;
            else if (!hasBlockChildren(d) && !d.text().isBlank() && !HEADINGS.contains(d.normalName())
                    && !d.normalName().equals("li")) n++;
        }
        return n;
    }

    /** The share of an element's text (by weight) that is inside links. */
    static double linkDensity(Element e) {
        int total = TextStats.weight(e.text());
        if (total == 0) return 0;
        int linked = 0;
        for (Element a : e.select("a")) linked += TextStats.weight(a.text());
        return Math.min(1.0, linked / (double) total);
    }
}
