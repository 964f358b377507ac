package io.factline.nlp;

import io.factline.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * English time expressions read by factline's own reader ({@link EnglishDates}, then {@link EnglishTimes}) inside
 * the real English analysis (CoreNLP tags the words: a year-shaped number before a plural noun counts things).
 */
class EnglishDatesTest {
    private static final NlpPipeline NLP = new NlpPipeline(List.of());

    @ParameterizedTest(name = "{1} → {2}")
    @CsvFileSource(resources = "/fixtures/en-dates.csv", delimiter = '|', numLinesToSkip = 1, nullValues = {"null", ""})
    void readsThePeriod(String published, String sentence, String expression, String value, TimeExpression.Kind kind,
                        Boolean absent) {
        Article a = new Article("en-dates-test", null, null, sentence, "en", published, null, null, null, null, null);
        List<TimeExpression> times = NLP.annotate(a).sentences().stream().flatMap(s -> s.times().stream()).toList();
        TimeExpression t = times.stream().filter(x -> x.text().equals(expression)).findFirst().orElse(null);
        if (Boolean.TRUE.equals(absent)) {
            assertTrue(t == null, "'" + expression + "' is no time in: " + sentence + " (found " + times + ")");
            return;
        }
        assertNotNull(t, "no time expression '" + expression + "' in: " + sentence + " (found " + times + ")");
        assertEquals(kind, t.kind(), "kind of " + expression);
        assertEquals(value, t.value(), "period of " + expression);
    }
}
