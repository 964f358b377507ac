package io.factline.content;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Set;

/**
 * A copy of the page without what is never article text: scripts, forms controls and media, hidden elements,
 * and (unless told to keep them) the page furniture that tags and class names announce.
 */
final class DomCleaner {
    private static final String NEVER_TEXT = "script, style, noscript, iframe, svg, canvas, template, object, embed, "
            + "button, select, input, textarea, option, link, meta, video, audio, map, dialog, head, figcaption";
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu", "header", "figure");
    /** Containers that are never removed as furniture, whatever their class says. */
    private static final Set<String> KEEP = Set.of("html", "body", "main", "article");
    /**
     * An element holding more than this share of the page's text is a layout wrapper, whatever its class
     * says ("page has-sidebar").
     */
    private static final double WRAPPER_SHARE = 0.4;

    private DomCleaner() {
    }

    /**
     * @param furniture whether to remove elements that look like navigation, comments, share bars and the like
     */
    static Element clean(Document page, boolean furniture) {
        Document doc = page.clone();
        doc.select(NEVER_TEXT).remove();
        Element body = doc.body();
        if (body == null) return new Element("body");
        int total = Math.max(1, TextStats.weight(body.text()));
        List<Element> all = body.getAllElements();
        for (Element e : all) {
            if (e == body || e.ownerDocument() == null) continue; // already removed with an ancestor
            if (Boilerplate.isHidden(e)) {
                e.remove();
            } else if (furniture && isFurniture(e) && (Boilerplate.isDiscussion(e) || !isWrapper(e, total))) {
                e.remove();
            }
        }
        return body;
    }

    private static boolean isFurniture(Element e) {
        if (KEEP.contains(e.normalName()) || "articleBody".equals(e.attr("itemprop"))) return false;
        return FURNITURE_TAGS.contains(e.normalName()) || Boilerplate.isFurniture(e);
    }

    private static boolean isWrapper(Element e, int pageWeight) {
        if (!e.select("article, main, [itemprop=articleBody]").isEmpty()) return true;
        return TextStats.weight(e.text()) > WRAPPER_SHARE * pageWeight;
    }
}
