package io.factline.content;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the element that holds the article, the way Readability does but language-neutral: every block of
 * running text scores by its clause marks and weighted length (a CJK character counts as three Latin ones),
 * its score flows to its ancestors with decreasing shares, each ancestor's total is discounted by the share of
 * its text inside links, and the best one wins. Siblings of the winner that look like article text join it.
 */
final class CandidateScorer {
    private static final int MIN_BLOCK_WEIGHT = 25;
    private static final int ANCESTOR_LEVELS = 5;
    /**
     * Text in these is not scored: list items, headings, captions and table headers label things; an article
     * made of them is still found through the paragraphs around them (Readability scores no list item either).
     */
    private static final Set<String> NOT_PARAGRAPHS = Set.of("li", "dt", "dd", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "th", "caption", "figcaption", "address", "label", "legend");
    /** Readability looks at the four next-best candidates and wants three of them to agree. */
    private static final int RIVALS = 4;
    private static final int MIN_RIVALS = 3;
    /** A sibling with more of its text in links than this is a list of teasers, whatever it scores. */
    private static final double SIBLING_MAX_LINKS = 0.3;
    /** A candidate under the headline wins if it scores at least this share of the best one elsewhere. */
    private static final double HEADLINE_SHARE = 0.3;
    private static final Set<String> CANDIDATE_TAGS = Set.of("div", "section", "article", "main", "td", "body",
            "blockquote", "pre", "form", "span", "font", "center", "li", "dd", "table", "tbody", "tr", "ul", "ol",
            "p", "header", "figure", "aside");

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    /** Scores discounted by link density, computed once scoring is done. */
    private final Map<Element, Double> finals = new IdentityHashMap<>();
    private final boolean classWeights;

    private CandidateScorer(boolean classWeights) {
        this.classWeights = classWeights;
    }

    /**
     * The article's elements in document order: the best container and the siblings that belong with it.
     * Empty when the page has no block of running text.
     */
    static List<Element> select(Element body, boolean classWeights, String headline) {
        CandidateScorer s = new CandidateScorer(classWeights);
        s.score(body);
        Element top = s.top(body, Headline.find(body, headline));
        if (top == null) return List.of();
        Optional<Element> first = ListingPage.firstEntry(top, body);
        if (first.isPresent()) return List.of(first.get());
        return s.withSiblings(top);
    }

    private void score(Element body) {
        for (Element block : body.getAllElements()) {
            if (Blocks.isInline(block) || NOT_PARAGRAPHS.contains(block.normalName())) continue;
            String own = Blocks.ownText(block);
            int weight = TextStats.weight(own);
            if (weight < MIN_BLOCK_WEIGHT) continue;
            double score = 1 + TextStats.clauseMarks(own) + Math.min(weight / 100, 3);
            // A block of text alone is a paragraph and scores its container; text beside nested blocks is
            // the element's own paragraphs and scores the element (Readability wraps those runs in <p>).
            Element ancestor = Blocks.hasBlockChildren(block) ? block : block.parent();
            for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++, ancestor = ancestor.parent()) {
                if (!scores.containsKey(ancestor)) scores.put(ancestor, initial(ancestor));
                double share = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, score / share, Double::sum);
            }
        }
    }

    private double initial(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if ("articleBody".equals(e.attr("itemprop"))) s += 25;
        return classWeights ? s + Boilerplate.classWeight(e) : s;
    }

    private double finalScore(Element e) {
        Double s = scores.get(e);
        if (s == null) return 0;
        return finals.computeIfAbsent(e, x -> s * (1 - Blocks.linkDensity(x)));
    }

    private Element top(Element body, Headline headline) {
        Element best = best(e -> true);
        if (best == null) return null;
        if (headline != null && !headline.isNear(best)) {
            // A short article loses to a long block elsewhere (a live blog in the sidebar): right under its
            // headline, a candidate with a fair share of the best score is the article.
            Element under = best(headline::isNear);
            if (under != null && finalScore(under) >= HEADLINE_SHARE * finalScore(best)) best = under;
        }
        double bestScore = finalScore(best);
        return climb(commonAncestor(best, bestScore, body), bestScore, body);
    }

    private Element best(java.util.function.Predicate<Element> where) {
        Element best = null;
        double bestScore = 0;
        for (Element e : scores.keySet()) {
            if (!CANDIDATE_TAGS.contains(e.normalName()) || !where.test(e)) continue;
            double s = finalScore(e);
            if (s > bestScore) {
                bestScore = s;
                best = e;
            }
        }
        return best;
    }

    /**
     * When several other candidates score nearly as well as the winner (paragraphs each wrapped in their own
     * "content" box), the article is the ancestor that at least three of them share with it.
     */
    private Element commonAncestor(Element top, double topScore, Element body) {
        List<Element> rivals = scores.keySet().stream()
                .filter(e -> e != top && CANDIDATE_TAGS.contains(e.normalName()) && finalScore(e) >= 0.75 * topScore)
                .sorted((a, b) -> Double.compare(finalScore(b), finalScore(a)))
                .limit(RIVALS).toList();
        if (rivals.size() < MIN_RIVALS) return top;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            Element ancestor = p;
            long sharing = rivals.stream().filter(r -> r.parents().contains(ancestor)).count();
            if (sharing >= MIN_RIVALS) return p;
        }
        return top;
    }

    /**
     * Moves up from the winner while an ancestor scores higher (the winner was one part of a longer article), and
     * past wrappers that hold nothing but it.
     */
    private Element climb(Element top, double topScore, Element body) {
        double last = topScore;
        double threshold = topScore / 3;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            if (!scores.containsKey(p)) continue;
            double s = finalScore(p);
            if (s < threshold) break;
            if (s > last) {
                top = p;
                break;
            }
            last = s;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) top = top.parent();
        return top;
    }

    /** Readability's sibling rule: siblings scoring a fifth of the winner, or paragraphs of plain text. */
    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) return List.of(top);
        double topScore = finalScore(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || joins(sibling, top, topScore, threshold)) out.add(sibling);
        }
        return out;
    }

    private boolean joins(Element sibling, Element top, double topScore, double threshold) {
        double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
        if (scores.containsKey(sibling) && finalScore(sibling) + bonus >= threshold
                && Blocks.linkDensity(sibling) < SIBLING_MAX_LINKS) {
            return true;
        }
        if (!sibling.normalName().equals("p")) return false;
        String text = sibling.text();
        int weight = TextStats.weight(text);
        double links = Blocks.linkDensity(sibling);
        if (weight > 80 && links < 0.25) return true;
        return weight > 0 && weight <= 80 && links == 0 && TextStats.hasSentenceEnd(text);
    }
}
