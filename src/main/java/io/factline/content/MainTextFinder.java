package io.factline.content;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * Finds the article body of a page in three steps: {@link DomCleaner} drops what is never article text and the
 * page furniture, {@link CandidateScorer} picks the container of the running text, and {@link BlockRenderer}
 * writes its blocks as paragraphs after {@link ConditionalCleaner} has removed the link lists and galleries
 * inside it. When that leaves almost nothing (furniture rules that misfired on an unusual page), it tries again
 * with fewer rules and keeps the longer result.
 */
final class MainTextFinder {
    /** Less than this (in Latin-character equivalents) is not an article; try with fewer rules. */
    private static final int ENOUGH = 200;

    private MainTextFinder() {
    }

    /**
     * The article's paragraphs in reading order; empty when the page has no running text.
     *
     * @param headline the page's headline, or null: the article is the text under it
     */
    static List<String> paragraphs(Document page, String headline) {
        List<String> best = List.of();
        for (boolean strict : new boolean[]{true, false}) {
            List<String> found = attempt(page, strict, headline);
            if (weight(found) > weight(best)) best = found;
            if (weight(best) >= ENOUGH) break;
        }
        return best.isEmpty() ? fallback(page) : best;
    }

    private static List<String> attempt(Document page, boolean strict, String headline) {
        Element body = DomCleaner.clean(page, strict);
        List<Element> article = CandidateScorer.select(body, strict, headline);
        for (Element e : article) ConditionalCleaner.clean(e, strict);
        return BlockRenderer.paragraphs(article);
    }

    private static int weight(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) n += TextStats.weight(p);
        return n;
    }

    /** Pages with no block long enough to score (short notices): every line of visible text. */
    private static List<String> fallback(Document page) {
        return visibleText(page).lines().toList();
    }

    /** The page's visible text with every line as {@link #paragraphs} renders it, so its lines can be found here. */
    static String visibleText(Document page) {
        StringBuilder sb = new StringBuilder();
        for (BlockRenderer.Line line : BlockRenderer.lines(DomCleaner.clean(page, false))) {
            sb.append(line.text()).append('\n');
        }
        return sb.toString();
    }
}
