package io.factline.nlp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Numbers, money, percentages and ranges as news writes them, found and expanded (no NLP model needed). */
class QuantityFixturesTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvFileSource(resources = "/fixtures/zh-quantities.csv", delimiter = '|', nullValues = "null")
    void chinese(String sentence, String span, double value, Double high, String currency, QuantityKind kind) {
        check(ChineseQuantities.find(sentence, 0, List.of(), List.of()), sentence, span, value, high, currency, kind);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvFileSource(resources = "/fixtures/en-quantities.csv", delimiter = '|', nullValues = "null")
    void english(String sentence, String span, double value, Double high, String currency, QuantityKind kind) {
        check(EnglishQuantities.find(sentence, 0, List.of()), sentence, span, value, high, currency, kind);
    }

    private static void check(List<Quantity> found, String sentence, String span, double value, Double high,
                              String currency, QuantityKind kind) {
        Quantity q = found.stream().filter(x -> x.text().equals(span)).findFirst().orElse(null);
        assertNotNull(q, "no quantity '" + span + "' in: " + sentence + " (found " + found + ")");
        assertEquals(value, q.value(), Math.abs(value) * 1e-9, "value of " + span);
        assertEquals(high, q.valueHigh(), "high end of " + span);
        assertEquals(currency, q.currency(), "currency of " + span);
        assertEquals(kind, q.kind(), "kind of " + span);
    }
}
