package io.factline.content;

import org.jsoup.nodes.Element;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the page shows its headline, and how far below it an element starts: the article follows its headline,
 * with at most a dateline, a byline and a share bar between them.
 */
final class Headline {
    /** How much text (in Latin-character equivalents) may stand between the headline and its article. */
    static final int REACH = 600;

    private final Element element;
    private final Map<Element, Integer> order = new IdentityHashMap<>();
    private final int[] textBefore;

    private Headline(Element element, Element body) {
        this.element = element;
        List<Element> all = body.getAllElements();
        textBefore = new int[all.size() + 1];
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i), i);
            textBefore[i + 1] = textBefore[i] + TextStats.weight(Blocks.ownText(all.get(i)));
        }
    }

    /** The headline as the page shows it (a heading with that text, else an element whose own text it is), or null. */
    static Headline find(Element body, String headline) {
        if (headline == null || headline.isBlank()) return null;
        for (Element h : body.select("h1, h2, h3")) {
            if (TextStats.clean(h.text()).equals(headline)) return new Headline(h, body);
        }
        for (Element e : body.getElementsContainingOwnText(headline)) {
            if (TextStats.clean(e.text()).equals(headline)) return new Headline(e, body);
        }
        return null;
    }

    /** Whether the element holds the headline or starts soon after it. */
    boolean isNear(Element e) {
        if (e == element || element.parents().contains(e)) return true;
        Integer at = order.get(e), h = order.get(element);
        if (at == null || h == null || at <= h || e.parents().contains(element)) return false;
        return textBefore[at] - textBefore[h] <= REACH;
    }
}
