package io.factline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
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
 * {@link EnglishQuantities} (CoreNLP normalises "$205.4m" to 205.4), times by {@link EnglishTimes}.
 */
final class EnglishAnnotator {
    private final StanfordCoreNLP pipeline;

    EnglishAnnotator() {
        RedwoodConfiguration.current().clear().apply(); // CoreNLP's own logging would fill stderr
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // Article text has one paragraph per line: a line break always ends a sentence.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        // The 3-class model gives PERSON/ORGANIZATION/LOCATION; numbers, money and dates come from the
        // numeric classifiers and SUTime. The 7- and 4-class models would triple load time for nothing.
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        // sutime.includeRange must stay off: with it SUTime drops "the fourth quarter of 2004" (CoreNLP 4.5.10).
        pipeline = new StanfordCoreNLP(p);
    }

    /**
     * @param text       the part of the article to analyse
     * @param base       its offset in the article
     * @param published  the article's publication day, or null
     * @param anchorYear a year the article states, for dates written without one; or null
     */
    List<Sentence> annotate(String text, int base, LocalDate published, Integer anchorYear, int firstIndex) {
        CoreDocument doc = new CoreDocument(text);
        if (published != null) doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        pipeline.annotate(doc);
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
        return out;
    }
}
