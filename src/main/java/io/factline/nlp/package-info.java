/**
 * NLP stage: an {@link io.factline.model.Article} in, an {@link io.factline.nlp.AnnotatedArticle} out
 * (sentences, tokens, named entities, quantities with their values expanded, time expressions resolved to
 * ISO periods). English goes through Stanford CoreNLP, Chinese through HanLP plus the number, money, percent
 * and date normalisation HanLP does not do. Entry point: {@link io.factline.nlp.NlpPipeline}; models load once
 * per process and only when a command needs them.
 */
package io.factline.nlp;
