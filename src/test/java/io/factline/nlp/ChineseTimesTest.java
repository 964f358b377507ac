package io.factline.nlp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class ChineseTimesTest {
    @ParameterizedTest(name = "{1} → {3}")
    @CsvFileSource(resources = "/fixtures/zh-dates-relative.csv", delimiter = '|', nullValues = "null")
    void resolvesAgainstPublicationDate(String published, String sentence, String span, String period) {
        LocalDate day = published == null ? null : LocalDate.parse(published);
        List<TimeExpression> found = ChineseTimes.find(sentence, 0, day, null);
        TimeExpression t = found.stream().filter(x -> x.text().equals(span)).findFirst().orElse(null);
        assertNotNull(t, "no time expression '" + span + "' in " + sentence + " (found " + found + ")");
        assertEquals(period, t.value(), span + " published " + published);
    }
}
