package io.factline.nlp;

import io.factline.model.Article;

import java.util.List;

/**
 * An article and its sentences as the NLP stage analysed them.
 *
 * @param analysedChars how many characters of the text, from its start, were analysed: all of them unless the
 *                      article is longer than {@link NlpPipeline#MAX_ANALYSED_CHARS}
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, int analysedChars) {

    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }

    /** An article analysed whole. */
    public AnnotatedArticle(Article article, List<Sentence> sentences) {
        this(article, sentences, article.text().length());
    }
}
