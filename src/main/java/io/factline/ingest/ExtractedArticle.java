package io.factline.ingest;

import io.factline.model.Article;
import io.factline.model.Fact;

import java.util.List;
import java.util.Set;

/**
 * An article after the whole pipeline: its language set, its facts, the registry entities it names.
 *
 * @param analysedChars the characters of its text, from the start, that were analysed (facts come from these)
 */
public record ExtractedArticle(Article article, List<Fact> facts, Set<String> entities, int analysedChars) {

    /** Whether the article was longer than the analysis takes, and only its start was analysed. */
    public boolean cut() {
        return analysedChars < article.text().length();
    }

    /** The line that reports the cut, naming the article by {@code name}. */
    public String cutReport(String name) {
        return String.format(java.util.Locale.ROOT, "analysed in part: %s: its first %,d of %,d characters "
                + "(the limit per article)", name, analysedChars, article.text().length());
    }
}
