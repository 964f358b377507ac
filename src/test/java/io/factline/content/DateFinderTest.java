package io.factline.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateFinderTest {
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/fixtures/dates-in-text.csv", delimiter = '|')
    void findsPublicationDates(String text, String iso) {
        assertEquals(iso, DateFinder.first(text).orElse(null));
    }

    @Test
    void ignoresImpossibleDates() {
        assertTrue(DateFinder.first("2020-13-45 and 2019-02-30").isEmpty());
    }
}
