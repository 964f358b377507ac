package io.factline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import io.factline.model.Mention;
import io.factline.model.MentionType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * English analysis with Stanford CoreNLP. Splitting runs first and alone, so that the costly annotators only see
 * sentences of bounded length ({@link LongSentences}); then the sentences that can hold a figure, and the sentence
 * before each, get tags, lemmas and names (the 3-class CRF; {@link FigureSentences}), the others lemmas without
 * tags. Quantities are factline's reading ({@link EnglishQuantities}), and so are dates ({@link EnglishDates}),
 * which {@link EnglishTimes} resolves against the article's published date.
 * <p>
 * {@link NlpMode#FULL} tags and names every sentence, runs the NER's numeric classifiers and SUTime as well and
 * takes SUTime's dates: the analysis before factline read dates itself and chose its sentences, four to five times
 * as slow on the English pool, kept to show that both give the same facts.
 */
final class EnglishAnnotator {
    private static final String CRF_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** Tokens and sentences: fast, run on the whole text. */
    private final StanfordCoreNLP splitter;
    /** Tags, lemmas and names, for the sentences {@link FigureSentences} selects. */
    private final StanfordCoreNLP tagger;
    /** The NER with numeric classifiers and SUTime over every sentence ({@link NlpMode#FULL}); loaded on first use. */
    private volatile StanfordCoreNLP fullAnalyser;

    EnglishAnnotator() {
        RedwoodConfiguration.current().clear().apply(); // CoreNLP's own logging would fill stderr
        Properties split = new Properties();
        split.setProperty("annotators", "tokenize,ssplit");
        // Article text has one paragraph per line: a line break always ends a sentence.
        split.setProperty("ssplit.newlineIsSentenceBreak", "always");
        split.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        splitter = new StanfordCoreNLP(split);
        // Numbers, money and dates are factline's own reading: the NER only names.
        tagger = new StanfordCoreNLP(analyserProperties(false));
    }

    /**
     * The properties of pos, lemma and ner. The 3-class model gives PERSON/ORGANIZATION/LOCATION; the 7- and
     * 4-class models would triple load time for nothing. Without numbers and dates the NER reads no lemma (the
     * CRF's features are words, shapes and word clusters), so lemmas are left to {@link Lemmas}, which gives the
     * same ones remembered.
     */
    private static Properties analyserProperties(boolean numbersAndDates) {
        Properties p = new Properties();
        p.setProperty("annotators", numbersAndDates ? "pos,lemma,ner" : "pos,ner");
        // The sentences come from the splitter (and LongSentences), not from annotators of this pipeline.
        p.setProperty("enforceRequirements", "false");
        p.setProperty("ner.model", CRF_3CLASS);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", Boolean.toString(numbersAndDates));
        p.setProperty("ner.useSUTime", Boolean.toString(numbersAndDates));
        p.setProperty("ner.buildEntityMentions", "true");
        // sutime.includeRange must stay off: with it SUTime drops "the fourth quarter of 2004" (CoreNLP 4.5.10).
        return p;
    }

    /** Whether what a mode needs beyond what every mode loads is loaded. */
    boolean loaded(NlpMode mode) {
        return mode != NlpMode.FULL || fullAnalyser != null;
    }

    /** Loads what a mode needs beyond what every mode loads. */
    void load(NlpMode mode) {
        if (mode == NlpMode.FULL) fullAnalyser();
    }

    private StanfordCoreNLP fullAnalyser() {
        StanfordCoreNLP f = fullAnalyser;
        if (f == null) {
            synchronized (this) {
                if (fullAnalyser == null) fullAnalyser = new StanfordCoreNLP(analyserProperties(true));
                f = fullAnalyser;
            }
        }
        return f;
    }

    /**
     * @param text       the part of the article to analyse
     * @param base       its offset in the article
     * @param published  the article's publication day, or null
     * @param anchorYear a year the article states, for dates written without one; or null
     * @param mode       whose dates: factline's, or SUTime's
     */
    List<Sentence> annotate(String text, int base, LocalDate published, Integer anchorYear, int firstIndex,
                            NlpMode mode) {
        Annotation annotation = new Annotation(text);
        if (published != null) annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        long t0 = System.nanoTime();
        splitter.annotate(annotation);
        // A page without sentence ends (a list, a run-on block) would be one sentence of thousands of tokens,
        // which the tagger, the NER and SUTime take minutes over: such a sentence is read in parts.
        LongSentences.split(annotation, LongSentences.MAX_TOKENS);
        long t1 = System.nanoTime();
        NlpTimes.add(NlpTimes.Step.ENGLISH_SPLIT, t1 - t0);
        if (mode == NlpMode.FULL) fullAnalyser().annotate(annotation);
        else tagger.annotate(FigureSentences.select(annotation));
        NlpTimes.add(NlpTimes.Step.ENGLISH_TAGS, System.nanoTime() - t1);
        List<Sentence> out = new ArrayList<>();
        int index = firstIndex;
        for (CoreSentence s : new CoreDocument(annotation).sentences()) {
            List<CoreLabel> labels = s.tokens();
            if (labels.isEmpty()) continue;
            long r0 = System.nanoTime();
            int sStart = labels.get(0).beginPosition(), sEnd = labels.get(labels.size() - 1).endPosition();
            String sText = text.substring(sStart, sEnd);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                boolean tagged = l.tag() != null;
                String lemma = !tagged ? FigureSentences.untaggedLemma(l.word(), tokens.isEmpty())
                        : l.lemma() != null ? l.lemma() : Lemmas.of(l.word(), l.tag());
                tokens.add(new Token(l.word(), lemma, tagged ? l.tag() : "", base + l.beginPosition(),
                        base + l.endPosition()));
            }
            List<Mention> entities = new ArrayList<>();
            List<EnglishTimes.Timex> timexes = new ArrayList<>();
            for (CoreEntityMention m : s.entityMentions()) {
                int ms = base + m.charOffsets().first, me = base + m.charOffsets().second;
                switch (m.entityType()) {
                    case "PERSON" -> entities.add(new Mention(MentionType.PERSON, ms, me, m.text(), null));
                    case "ORGANIZATION" -> entities.add(new Mention(MentionType.ORG, ms, me, m.text(), null));
                    case "LOCATION" -> entities.add(new Mention(MentionType.LOCATION, ms, me, m.text(), null));
                    case "DATE", "DURATION", "TIME" -> {
                        Timex t = m.coreMap().get(TimeAnnotations.TimexAnnotation.class);
                        timexes.add(timex(t, ms, me, m.text(), m.entityType()));
                    }
                    default -> { }
                }
            }
            Sentence sentence = new Sentence(index++, base + sStart, base + sEnd, sText, "en", tokens, entities,
                    List.of(), List.of());
            NlpTimes.add(NlpTimes.Step.ENGLISH_READING, System.nanoTime() - r0);
            if (mode == NlpMode.FAST) {
                long d0 = System.nanoTime();
                timexes.addAll(EnglishDates.find(sentence, published));
                NlpTimes.add(NlpTimes.Step.ENGLISH_DATES, System.nanoTime() - d0);
            }
            long r1 = System.nanoTime();
            // An untagged sentence is one FigureSentences found no number in: its quantities are known to be none.
            boolean mayHoldFigure = labels.get(0).tag() != null;
            out.add(dated(sentence, timexes, published, anchorYear, mayHoldFigure));
            NlpTimes.add(NlpTimes.Step.ENGLISH_READING, System.nanoTime() - r1);
        }
        return out;
    }

    /** A date of the NER's ({@link NlpMode#FULL}): SUTime's TIMEX3, or the NER's type when SUTime gave none. */
    private static EnglishTimes.Timex timex(Timex t, int start, int end, String text, String entityType) {
        String type = t != null ? t.timexType() : entityType;
        return new EnglishTimes.Timex(start, end, text, type, t == null ? null : t.value(), t == null ? null : t.altVal());
    }

    /** The sentence with its times resolved and its quantities read around them (a date is no number). */
    private static Sentence dated(Sentence s, List<EnglishTimes.Timex> timexes, LocalDate published, Integer anchorYear,
                                  boolean mayHoldFigure) {
        List<int[]> blocked = new ArrayList<>();
        for (EnglishTimes.Timex t : timexes) if (!"DURATION".equals(t.type())) blocked.add(new int[]{t.start(), t.end()});
        List<TimeExpression> times = EnglishTimes.resolve(s.text(), s.start(), timexes, published, anchorYear);
        for (TimeExpression t : times) {
            if (t.kind() != TimeExpression.Kind.DURATION) blocked.add(new int[]{t.start(), t.end()});
        }
        List<Quantity> quantities = mayHoldFigure ? EnglishQuantities.find(s.text(), s.start(), blocked) : List.of();
        return new Sentence(s.index(), s.start(), s.end(), s.text(), s.lang(), s.tokens(), s.entities(), quantities, times);
    }
}
