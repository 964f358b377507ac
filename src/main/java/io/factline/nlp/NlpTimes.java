package io.factline.nlp;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where the NLP stage spends its time, summed over every thread of the process (the analysers are process-wide
 * too): what {@code factline bench} reports. Counting costs two clock reads per step and article.
 */
public final class NlpTimes {
    /** A step of the analysis. */
    public enum Step {
        /** CoreNLP tokenize and ssplit, over the whole text. */
        ENGLISH_SPLIT("English tokens and sentences"),
        /** CoreNLP pos, lemma and ner (with its numeric classifiers and SUTime in {@link NlpMode#FULL}). */
        ENGLISH_TAGS("English tags, lemmas, names (CoreNLP; full: and dates)"),
        /** factline's reading of dates ({@link NlpMode#FAST}). */
        ENGLISH_DATES("English dates (factline)"),
        /** factline's reading of English times and quantities from what CoreNLP found. */
        ENGLISH_READING("English quantities and periods (factline)"),
        /** HanLP segmentation and names, and factline's reading of Chinese numbers and times. */
        CHINESE("Chinese (HanLP and factline's readers)");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final Map<Step, LongAdder> NANOS = new EnumMap<>(Step.class);

    static {
        for (Step s : Step.values()) NANOS.put(s, new LongAdder());
    }

    private NlpTimes() {
    }

    static void add(Step step, long nanos) {
        NANOS.get(step).add(nanos);
    }

    /** Nanoseconds spent in each step since the process started (or the last {@link #reset}). */
    public static Map<Step, Long> snapshot() {
        Map<Step, Long> out = new EnumMap<>(Step.class);
        NANOS.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public static void reset() {
        NANOS.values().forEach(LongAdder::reset);
    }
}
