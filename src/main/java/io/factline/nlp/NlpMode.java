package io.factline.nlp;

/** How English text is analysed. */
public enum NlpMode {
    /**
     * CoreNLP tags, lemmas and names where a figure can be ({@link FigureSentences}); factline reads numbers and
     * dates itself ({@link EnglishDates}).
     */
    FAST,
    /**
     * CoreNLP's tagger and NER over every sentence, with the NER's numeric classifiers and SUTime, which cost three
     * times as much as the rest: the analysis before {@link #FAST}, kept to show that both give the same facts.
     */
    FULL
}
