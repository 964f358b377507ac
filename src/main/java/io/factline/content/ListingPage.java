package io.factline.content;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Blog front pages and archives show several whole entries one after another, each with its own headline; the
 * page is about the first one. This finds that case: the chosen container, or one of its ancestors, is one of
 * two or more siblings built from the same template (same tag and class, a headline element of the same kind,
 * a date near the top, running prose that is not a link list). The date tells entries from the sections of one
 * long article, which have headlines and prose too.
 */
final class ListingPage {
    private static final int MAX_LEVELS = 10;
    /** An entry has at least this much text (in Latin-character equivalents) and these many clause marks. */
    private static final int ENTRY_WEIGHT = 200;
    private static final int ENTRY_MARKS = 3;
    private static final double ENTRY_MAX_LINKS = 0.3;
    /** An entry is dated within its first characters. */
    private static final int DATE_WITHIN = 300;
    private static final Pattern TITLE_CLASS = Pattern.compile("(?i)(^|[-_ ])(title|headline|subject)s?($|[-_ ])");

    private ListingPage() {
    }

    /** The first entry of the listing the element belongs to, when it is not that entry itself. */
    static Optional<Element> firstEntry(Element top, Element body) {
        Element a = top;
        for (int level = 0; level < MAX_LEVELS && a != null && a != body && a.parent() != null; level++) {
            List<Element> entries = entries(a);
            if (entries.size() >= 2 && entries.contains(a)) {
                return entries.get(0) == a ? Optional.empty() : Optional.of(entries.get(0));
            }
            a = a.parent();
        }
        return Optional.empty();
    }

    /** The siblings of {@code a} (itself included) that are entries of the same template as each other. */
    private static List<Element> entries(Element a) {
        List<Element> out = new ArrayList<>();
        String headline = null;
        for (Element s : a.parent().children()) {
            if (!s.normalName().equals(a.normalName()) || !s.className().equals(a.className())) continue;
            Element h = headline(s);
            if (h == null || !isDatedProse(s)) continue;
            String kind = h.normalName() + "." + h.className();
            if (headline == null) headline = kind;
            if (kind.equals(headline)) out.add(s);
        }
        return out;
    }

    private static Element headline(Element entry) {
        for (Element e : entry.getAllElements()) {
            if (e == entry) continue;
            if (Blocks.HEADINGS.contains(e.normalName()) || TITLE_CLASS.matcher(e.className()).find()) return e;
        }
        return null;
    }

    private static boolean isDatedProse(Element entry) {
        String text = entry.text();
        return !DateFinder.all(text.substring(0, Math.min(text.length(), DATE_WITHIN))).isEmpty()
                && TextStats.weight(text) >= ENTRY_WEIGHT && TextStats.clauseMarks(text) >= ENTRY_MARKS
                && Blocks.linkDensity(entry) <= ENTRY_MAX_LINKS;
    }
}
