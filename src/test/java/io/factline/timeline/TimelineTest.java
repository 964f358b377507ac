package io.factline.timeline;

import io.factline.model.Fact;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineTest {
    private static Fact fact(String doc, String published, double value, String qualifier, String asOf, String claim) {
        return new Fact(null, doc, "Douyin", "抖音", "DAU", value, null, "people", qualifier, null, asOf, claim, null,
                "sentence of " + doc, 0, 5, null, "zh", null, null, published, "src-" + doc);
    }

    @Test
    void oneValueReportedByTwoArticlesIsOnePointWithBothSources() {
        Timeline t = Timeline.build("Douyin", "DAU", List.of(
                fact("b", "2020-09-16", 6e8, ">", "2020-08", "reported"),
                fact("a", "2020-09-15", 6e8, ">", "2020-08", "reported"),
                fact("a", "2020-09-15", 4e8, ">", "2020-01", "reported")));
        assertEquals(2, t.points().size());
        assertEquals("2020-01", t.points().get(0).asOf());
        TimelinePoint p = t.points().get(1);
        assertEquals(List.of("a", "b"), p.sources().stream().map(TimelinePoint.Source::doc).toList(), "earliest first");
        assertFalse(p.conflict());
    }

    @Test
    void flagsPeriodsWhoseSourcesDisagree() {
        Timeline t = Timeline.build("Douyin", "DAU", List.of(
                fact("a", "2020-09-15", 6e8, "=", "2020-08", "reported"),
                fact("b", "2020-09-16", 5e8, "=", "2020-08", "reported"),
                fact("c", "2020-09-16", 4e8, ">", "2020-01", "reported"),
                fact("d", "2020-09-16", 4.2e8, "=", "2020-01", "reported")));
        assertTrue(t.points().stream().filter(p -> p.asOf().equals("2020-08")).allMatch(TimelinePoint::conflict));
        assertTrue(t.points().stream().filter(p -> p.asOf().equals("2020-01")).noneMatch(TimelinePoint::conflict),
                "420 million is more than 400 million: no conflict");
    }

    @Test
    void ordersByPeriodThenClaimWithUndatedLast() {
        Timeline t = Timeline.build("Douyin", "DAU", List.of(
                fact("a", null, 1e9, "=", null, "reported"),
                fact("a", null, 8e8, "=", "2021", "pledge"),
                fact("a", null, 7e8, "=", "2021-Q1", "reported"),
                fact("a", null, 6e8, "=", "2020-09/2021-09", "forecast")));
        assertEquals(List.of("2020-09/2021-09", "2021-Q1", "2021", "null"),
                t.points().stream().map(p -> String.valueOf(p.asOf())).toList());
    }
}
