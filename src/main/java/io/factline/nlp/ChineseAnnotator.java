package io.factline.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.factline.model.Mention;
import io.factline.model.MentionType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese analysis with HanLP (portable dictionaries): segmentation, part of speech, and person, place and
 * organisation recognition; then the numbers, money, percents ({@link ChineseQuantities}) and dates
 * ({@link ChineseTimes}) HanLP does not normalise.
 */
final class ChineseAnnotator {
    /** Sentences end at 。！？ and line breaks; ；separates clauses inside a sentence (the fact stage's business). */
    private static final Pattern SENTENCE = Pattern.compile("[^。！？!?\\n]+(?:[。！？!?]+[”’」』）)]?|$)");
    private static final Pattern EXPLICIT_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    /**
     * HanLP's segmenters are safe to share between threads while their dictionaries stand still (the maintainer's
     * word: analysis keeps its state on the stack, configuration does not); the custom dictionary is
     * process-wide, so words are added to it alone and sentences segmented together.
     */
    private static final ReentrantReadWriteLock DICTIONARY = new ReentrantReadWriteLock();
    private static final Pattern NOT_REPORTED_YEAR = Pattern.compile("(?:成立|创立|创办|创建|诞生|始建)于?$|(?:而|较|相比|比|对比)(?:截至|截止)?$");
    private final Segment segment;

    /** @param userWords names and terms the segmenter must keep whole (registry entities, metric words) */
    ChineseAnnotator(Collection<String> userWords) {
        addUserWords(userWords);
        segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableCustomDictionary(true)
                .enableCustomDictionaryForcing(true)
                .enableOffset(true);
    }

    /** Words the segmenter must keep whole from now on. */
    void addUserWords(Collection<String> userWords) {
        DICTIONARY.writeLock().lock();
        try {
            for (String w : userWords) {
                if (w.length() >= 2 && !CustomDictionary.contains(w)) CustomDictionary.insert(w, "nz 1024");
            }
        } finally {
            DICTIONARY.writeLock().unlock();
        }
    }

    List<Sentence> annotate(String text, int base, LocalDate published, Integer anchorYear, int firstIndex) {
        long t0 = System.nanoTime();
        try {
            return read(text, base, published, anchorYear, firstIndex);
        } finally {
            NlpTimes.add(NlpTimes.Step.CHINESE, System.nanoTime() - t0);
        }
    }

    private List<Sentence> read(String text, int base, LocalDate published, Integer anchorYear, int firstIndex) {
        List<Sentence> out = new ArrayList<>();
        Integer anchor = anchorYear;
        int index = firstIndex;
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            String raw = m.group();
            int lead = 0, trail = raw.length();
            while (lead < trail && Character.isWhitespace(raw.charAt(lead))) lead++;
            while (trail > lead && Character.isWhitespace(raw.charAt(trail - 1))) trail--;
            if (trail <= lead) continue;
            String sText = raw.substring(lead, trail);
            int sStart = base + m.start() + lead;
            List<Token> tokens = new ArrayList<>();
            List<Mention> entities = new ArrayList<>();
            List<Term> terms;
            DICTIONARY.readLock().lock();
            try {
                terms = segment.seg(sText);
            } finally {
                DICTIONARY.readLock().unlock();
            }
            for (Term t : terms) {
                int ts = sStart + t.offset, te = ts + t.word.length();
                String pos = t.nature == null ? "x" : t.nature.toString();
                if (t.word.isBlank()) continue;
                tokens.add(new Token(t.word, t.word, pos, ts, te));
                MentionType type = entityType(pos, t.word);
                if (type != null) entities.add(new Mention(type, ts, te, t.word, null));
            }
            List<TimeExpression> times = ChineseTimes.find(sText, sStart, published, anchor);
            List<int[]> blocked = new ArrayList<>();
            for (TimeExpression t : times) blocked.add(new int[]{t.start(), t.end()});
            List<Quantity> quantities = ChineseQuantities.find(sText, sStart, tokens, blocked);
            out.add(new Sentence(index++, sStart, sStart + sText.length(), sText, "zh", tokens, entities, quantities,
                    times));
            Matcher y = EXPLICIT_YEAR.matcher(sText);
            while (y.find()) {
                // 成立于2010年 is history and 而截至2019年12月31日 a comparison: neither is the year reported on.
                String before = sText.substring(Math.max(0, y.start() - 6), y.start());
                if (!NOT_REPORTED_YEAR.matcher(before).find()) anchor = Integer.valueOf(y.group(1));
            }
        }
        return out;
    }

    private static MentionType entityType(String pos, String word) {
        if (word.length() < 2) return null;
        if (pos.startsWith("nr")) return MentionType.PERSON;
        if (pos.startsWith("ns")) return MentionType.LOCATION;
        if (pos.startsWith("nt")) return MentionType.ORG;
        return null;
    }
}
