package io.factline.ingest;

import io.factline.model.Article;
import io.factline.model.Fact;

import java.util.List;
import java.util.Set;

/**
 * An article after the whole pipeline: its language set, its facts, the registry entities it names.
 */
public record ExtractedArticle(Article article, List<Fact> facts, Set<String> entities) {
}
