package io.factline.content;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Set;

/**
 * Inside the chosen article, removes the containers that do not look like article text: link lists, image
 * galleries without prose, forms, one-line teasers. Readability's "clean conditionally", deepest first, so a
 * related-links box is gone before its parent is judged.
 */
final class ConditionalCleaner {
    private static final Set<String> JUDGED = Set.of("div", "section", "table", "ul", "ol", "form", "aside",
            "dl", "center", "figure");
    /** Text with this many clause marks is prose, whatever else the container holds. */
    private static final int PROSE_MARKS = 10;

    private ConditionalCleaner() {
    }

    static void clean(Element root, boolean classWeights) {
        List<Element> all = root.getAllElements();
        for (int i = all.size() - 1; i > 0; i--) {
            Element e = all.get(i);
            if (JUDGED.contains(e.normalName()) && e.parent() != null && isFishy(e, classWeights)) e.remove();
        }
    }

    private static boolean isFishy(Element e, boolean classWeights) {
        int weight = classWeights ? Boilerplate.classWeight(e) : 0;
        if (weight < 0) return true;
        String text = e.text();
        if (TextStats.clauseMarks(text) >= PROSE_MARKS) return false;
        int p = Blocks.paragraphCount(e);
        int img = e.getElementsByTag("img").size();
        int li = e.getElementsByTag("li").size() - 100;
        int headings = e.select("h1, h2, h3, h4, h5, h6").size();
        boolean list = e.normalName().equals("ul") || e.normalName().equals("ol");
        int length = TextStats.weight(text);
        double links = Blocks.linkDensity(e);
        if (img > 1 && p / (double) img < 0.5 && !e.normalName().equals("figure")) return true;
        if (!list && li > p) return true;
        if (!list && headings == 0 && length < 25 && (img == 0 || img > 2) && links > 0) return true;
        if (!list && weight < 25 && links > 0.2) return true;
        return weight >= 25 && links > 0.5;
    }
}
