package io.factline.nlp;

/**
 * A word as the tokenizer cut it.
 *
 * @param word  the text as written
 * @param lemma dictionary form (English); the word itself for Chinese
 * @param pos   part of speech (Penn Treebank for English, PKU/HanLP tags for Chinese); empty for an English word
 *              of a sentence that was not tagged (no figure in it or in the next, see {@code FigureSentences})
 * @param start offset in the article text
 * @param end   offset after the word
 */
public record Token(String word, String lemma, String pos, int start, int end) {
}
