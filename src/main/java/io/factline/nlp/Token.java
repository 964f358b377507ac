package io.factline.nlp;

/**
 * A word as the tokenizer cut it.
 *
 * @param word  the text as written
 * @param lemma dictionary form (English); the word itself for Chinese
 * @param pos   part of speech (Penn Treebank for English, PKU/HanLP tags for Chinese)
 * @param start offset in the article text
 * @param end   offset after the word
 */
public record Token(String word, String lemma, String pos, int start, int end) {
}
