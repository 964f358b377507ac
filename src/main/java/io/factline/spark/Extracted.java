package io.factline.spark;

import io.factline.model.Article;
import io.factline.model.Fact;

import java.io.Serializable;
import java.util.List;

/**
 * An article after the pipeline, or why the pipeline failed on it.
 *
 * @param source   where it was read
 * @param article  the article with its language set (the source's article when the pipeline failed)
 * @param facts    its facts (none when failed)
 * @param entities the registry's entities it names
 * @param copies   the URLs of the articles found to be near-copies of it (not indexed themselves)
 * @param version  the pipeline version, as {@code ingest} records it in the index
 * @param error    why the pipeline failed; null when it did not
 */
record Extracted(Captured source, Article article, List<Fact> facts, List<String> entities, List<String> copies,
                 String version, String error) implements Serializable {

    boolean failed() {
        return error != null;
    }
}
