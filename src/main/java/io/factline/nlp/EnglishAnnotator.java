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
 * English analysis with Stanford CoreNLP: tokenize, ssplit, pos, lemma and ner, the NER with its numeric
 * classifiers and SUTime anchored at the article's published date. Quantities are then read by
 * {@link EnglishQuantities} (CoreNLP normalises "$205.4m" to 205.4), times by {@link EnglishTimes}. Splitting runs
 * first and alone, so that the costly annotators only see sentences of bounded length ({@link LongSentences}).
 */
final class EnglishAnnotator {
    /** Tokens and sentences: fast, run on the whole text. */
    private final StanfordCoreNLP splitter;
    /** Tags, lemmas, names, numbers and dates: the costly part, run on sentences of bounded length. */
    private final StanfordCoreNLP analyser;

    EnglishAnnotator() {
        RedwoodConfiguration.current().clear().apply(); // CoreNLP's own logging would fill stderr
        Properties split = new Properties();
        split.setProperty("annotators", "tokenize,ssplit");
        // Article text has one paragraph per line: a line break always ends a sentence.
        split.setProperty("ssplit.newlineIsSentenceBreak", "always");
        split.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        splitter = new StanfordCoreNLP(split);
        Properties p = new Properties();
        p.setProperty("annotators", "pos,lemma,ner");
        // The sentences come from the splitter (and LongSentences), not from annotators of this pipeline.
        p.setProperty("enforceRequirements", "false");
        // The 3-class model gives PERSON/ORGANIZATION/LOCATION; numbers, money and dates come from the
        // numeric classifiers and SUTime. The 7- and 4-class models would triple load time for nothing.
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        // sutime.includeRange must stay off: with it SUTime drops "the fourth quarter of 2004" (CoreNLP 4.5.10).
        analyser = new StanfordCoreNLP(p);
    }

    /**
     * @param text       the part of the article to analyse
     * @param base       its offset in the article
     * @param published  the article's publication day, or null
     * @param anchorYear a year the article states, for dates written without one; or null
     */
    List<Sentence> annotate(String text, int base, LocalDate published, Integer anchorYear, int firstIndex) {
        Annotation annotation = new Annotation(text);
        if (published != null) annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        long t0 = System.nanoTime();
        splitter.annotate(annotation);
        // A page without sentence ends (a list, a run-on block) would be one sentence of thousands of tokens,
        // which the tagger, the NER and SUTime take minutes over: such a sentence is read in parts.
        LongSentences.split(annotation, LongSentences.MAX_TOKENS);
        long t1 = System.nanoTime();
        NlpTimes.add(NlpTimes.Step.ENGLISH_SPLIT, t1 - t0);
        analyser.annotate(annotation);
        long t2 = System.nanoTime();
        NlpTimes.add(NlpTimes.Step.ENGLISH_TAGS, t2 - t1);
        CoreDocument doc = new CoreDocument(annotation);
        List<Sentence> out = new ArrayList<>();
        int index = firstIndex;
        for (CoreSentence s : doc.sentences()) {
            List<CoreLabel> labels = s.tokens();
            if (labels.isEmpty()) continue;
            int sStart = labels.get(0).beginPosition(), sEnd = labels.get(labels.size() - 1).endPosition();
            String sText = text.substring(sStart, sEnd);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                tokens.add(new Token(l.word(), l.lemma(), l.tag(), base + l.beginPosition(), base + l.endPosition()));
            }
            List<Mention> entities = new ArrayList<>();
            List<EnglishTimes.Timex> timexes = new ArrayList<>();
            List<int[]> blocked = new ArrayList<>();
            for (CoreEntityMention m : s.entityMentions()) {
                int ms = base + m.charOffsets().first, me = base + m.charOffsets().second;
                switch (m.entityType()) {
                    case "PERSON" -> entities.add(new Mention(MentionType.PERSON, ms, me, m.text(), null));
                    case "ORGANIZATION" -> entities.add(new Mention(MentionType.ORG, ms, me, m.text(), null));
                    case "LOCATION" -> entities.add(new Mention(MentionType.LOCATION, ms, me, m.text(), null));
                    case "DATE", "DURATION", "TIME" -> {
                        Timex t = m.coreMap().get(TimeAnnotations.TimexAnnotation.class);
                        String type = t != null ? t.timexType() : m.entityType();
                        timexes.add(new EnglishTimes.Timex(ms, me, m.text(), type, t == null ? null : t.value(),
                                t == null ? null : t.altVal()));
                        if (!"DURATION".equals(type)) blocked.add(new int[]{ms, me});
                    }
                    default -> { }
                }
            }
            List<TimeExpression> times = EnglishTimes.resolve(sText, base + sStart, timexes, published, anchorYear);
            for (TimeExpression t : times) {
                if (t.kind() != TimeExpression.Kind.DURATION) blocked.add(new int[]{t.start(), t.end()});
            }
            List<Quantity> quantities = EnglishQuantities.find(sText, base + sStart, blocked);
            out.add(new Sentence(index++, base + sStart, base + sEnd, sText, "en", tokens, entities, quantities,
                    times));
        }
        NlpTimes.add(NlpTimes.Step.ENGLISH_READING, System.nanoTime() - t2);
        return out;
    }
}
