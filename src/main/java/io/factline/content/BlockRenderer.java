package io.factline.content;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders article elements as paragraphs: a line per block and per {@code <br>}, in document order, headings
 * kept, lines that are mostly link text (menus, tag lists, "related" teasers) dropped.
 */
final class BlockRenderer {
    /** A line with more than this share of its text in links is navigation, not prose. */
    private static final double MAX_LINK_SHARE = 0.5;

    private BlockRenderer() {
    }

    /** A rendered line and how much of it was link text. */
    record Line(String text, int weight, int linkWeight, boolean heading) {
        double linkShare() {
            return weight == 0 ? 0 : linkWeight / (double) weight;
        }
    }

    static List<String> paragraphs(List<Element> roots) {
        List<Line> kept = new ArrayList<>();
        for (Element root : roots) {
            for (Line line : lines(root)) {
                if (!line.heading() && line.linkShare() > MAX_LINK_SHARE) continue;
                if (line.heading() && line.linkShare() > 0.9) continue;
                kept.add(line);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).heading() && !introducesText(kept, i)) continue;
            out.add(kept.get(i).text());
        }
        return out;
    }

    /**
     * Whether any text follows a heading. "Related articles", "Most popular", "Comments" at the end of an article
     * head link lists that were dropped: with nothing left under them they are dropped too.
     */
    private static boolean introducesText(List<Line> lines, int heading) {
        for (int i = heading + 1; i < lines.size(); i++) {
            if (!lines.get(i).heading()) return true;
        }
        return false;
    }

    static List<Line> lines(Element root) {
        Collector c = new Collector();
        root.traverse(c);
        c.flush();
        return c.lines;
    }

    private static final class Collector implements NodeVisitor {
        final List<Line> lines = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int linkWeight;
        int inLink;
        int inHeading;
        boolean sawHeading;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                text.append(s);
                if (inLink > 0) linkWeight += TextStats.weight(s);
                if (inHeading > 0 && !s.isBlank()) sawHeading = true;
            } else if (node instanceof Element e) {
                String name = e.normalName();
                if (name.equals("br") || !Blocks.isInline(e)) flush();
                if (name.equals("a")) inLink++;
                if (Blocks.HEADINGS.contains(name)) inHeading++;
                if (name.equals("img") || name.equals("br")) text.append(' ');
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String name = e.normalName();
                if (name.equals("a")) inLink--;
                if (Blocks.HEADINGS.contains(name)) {
                    flush();
                    inHeading--;
                } else if (!Blocks.isInline(e)) {
                    flush();
                }
            }
        }

        void flush() {
            String t = TextStats.clean(text.toString().replace('\n', ' '));
            if (!t.isEmpty()) lines.add(new Line(t, TextStats.weight(t), linkWeight, sawHeading));
            text.setLength(0);
            linkWeight = 0;
            sawHeading = false;
        }
    }
}
