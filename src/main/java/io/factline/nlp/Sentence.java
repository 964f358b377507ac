package io.factline.nlp;

import io.factline.model.Mention;

import java.util.List;

/**
 * One sentence with everything the NLP stage found in it. Offsets are into the article text.
 *
 * @param index      position in the article, from 0
 * @param start      offset of the first character
 * @param end        offset after the last character
 * @param text       the sentence as written
 * @param lang       {@code zh} or {@code en}: the language this sentence was analysed as
 * @param tokens     words in order
 * @param entities   ORG, PERSON, LOCATION mentions found by the NER
 * @param quantities numbers, money and percentages
 * @param times      time expressions
 */
public record Sentence(int index, int start, int end, String text, String lang, List<Token> tokens,
                       List<Mention> entities, List<Quantity> quantities, List<TimeExpression> times) {

    public Sentence {
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        quantities = List.copyOf(quantities);
        times = List.copyOf(times);
    }

    /** The text between two article offsets that fall inside this sentence. */
    public String between(int from, int to) {
        int a = Math.max(from, start) - start;
        int b = Math.min(to, end) - start;
        return a >= b ? "" : text.substring(a, b);
    }
}
