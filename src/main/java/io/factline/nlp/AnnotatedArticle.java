package io.factline.nlp;

import io.factline.model.Article;

import java.util.List;

/** An article and its sentences as the NLP stage analysed them. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {

    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }
}
