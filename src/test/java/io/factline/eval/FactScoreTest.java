package io.factline.eval;

import io.factline.model.Fact;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The scoring rules of corpora/news/README.md on hand-made cases. */
class FactScoreTest {
    private static Fact fact(String doc, String entity, String mention, String metric, double value) {
        return new Fact(null, doc, entity, mention, metric, value, null, "USD", "=", null, "2020", "reported", null,
                "s", 0, 1, null, "en", null, null, null, null);
    }

    private static GoldFact gold(String doc, String entity, String mention, String metric, double value) {
        return new GoldFact(doc, entity, mention, metric, value, null, "USD", "=", "2020", "reported", "s", List.of("s"), "en");
    }

    @Test
    void matchesOnDocumentMetricValueWithinHalfAPercentAndEitherName() {
        FactScore s = FactScore.score(
                List.of(fact("d", "Acme", "the firm", "revenue", 100.4), fact("d", "Other", "x", "revenue", 50),
                        fact("d", "MARKET:UK", "UK", "users", 7), fact("d", "Acme", "Acme", "other:operating_profit", 50)),
                List.of(gold("d", "ACME Corp", "Acme", "revenue", 100), gold("d", "Acme", "Acme", "net_profit", 9),
                        gold("d", "Acme", "Acme", "other:operating_profit", 50)),
                Map.of("d", "en"));
        assertEquals(1, s.all().tp(), "Acme = mention Acme, 100.4 within 0.5 % of 100");
        assertEquals(1, s.all().fp(), "Other's revenue is false; the operating profit and the market figure are left out");
        assertEquals(1, s.all().fn(), "net_profit missed");
    }
}
