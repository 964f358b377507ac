package io.factline.nlp;

/** How English text is analysed. */
public enum NlpMode {
    /** CoreNLP tags, lemmas and names; factline reads numbers and dates itself ({@link EnglishDates}). */
    FAST,
    /**
     * CoreNLP's NER with its numeric classifiers and SUTime as well, which cost three times as much as the rest: the
     * analysis before {@link #FAST}, kept to show that both give the same facts.
     */
    FULL
}
