package io.factline.nlp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChineseNumeralsTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvFileSource(resources = "/fixtures/zh-numbers-wan-yi.csv", delimiter = '|', numLinesToSkip = 0)
    void readsChineseWrittenNumbers(String text, double expected) {
        assertEquals(expected, RawQuantity.round(ChineseNumerals.parse(text).orElseThrow()), 1e-6, text);
    }
}
