package io.factline.facts;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.TestData;
import io.factline.content.ContentExtractor;
import io.factline.model.Article;
import io.factline.model.Fact;
import io.factline.model.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The article the project exists for: a machine-translated item on Douyin's 600 million DAU. An analyst takes
 * six facts from it (src/test/resources/seed, copied from shared/corpora/seed); factline must give them as the
 * article's most likely facts, with at most one fact more ranked among them. The scorer is less sure of machine
 * translation than of news as written, so the facts are read at every confidence and ranked by it.
 */
class SeedArticleTest {
    private static List<Fact> facts;

    @BeforeAll
    static void extract() throws Exception {
        String text = Files.readString(TestData.corpora().resolve("seed/douyin-dau-600m.en.txt"), StandardCharsets.UTF_8);
        Article a = ContentExtractor.fromText(text, null).withPublished("2020-09-16");
        facts = new java.util.ArrayList<>(TestData.pipeline().facts().extract(TestData.pipeline().nlp().annotate(a), 0));
        facts.sort((x, y) -> Double.compare(y.confidence(), x.confidence()));
    }

    @Test
    void givesTheSixFactsOfTheAnalyst() throws Exception {
        List<JsonNode> expected = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/seed/douyin-dau-600m.expected.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) expected.add(Json.mapper().readTree(line));
            }
        }
        assertEquals(6, expected.size());
        for (JsonNode e : expected) {
            Fact match = facts.stream().filter(f -> same(e, f)).findFirst().orElse(null);
            if (match == null) fail("missing " + e + "\nfound:\n" + describe(facts));
            String contains = e.get("sentence_contains").asText();
            boolean quoted = match.sentence().contains(contains)
                    || match.altSentences().stream().anyMatch(s -> s.sentence().contains(contains));
            assertTrue(quoted, "fact " + e + " should quote a sentence containing '" + contains + "': " + match);
        }
        // Ranked by confidence, the analyst's facts come first, with at most one other among them.
        int last = 0;
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            if (expected.stream().anyMatch(e -> same(e, f))) last = i;
        }
        assertTrue(last + 1 <= expected.size() + 1, "at most one fact more ranked among the analyst's:\n" + describe(facts));
    }

    @Test
    void mergesTheRepeatedPledgeIntoOneFactWithBothSentences() {
        List<Fact> pledges = facts.stream().filter(f -> f.metric().equals("investment_pledge")).toList();
        assertEquals(1, pledges.size(), describe(facts));
        assertEquals(1, pledges.get(0).altSentences().size(), "the pledge is stated twice: " + pledges.get(0));
        assertEquals("Shi Qiong", pledges.get(0).speaker());
    }

    @Test
    void attributesTheDauToItsSpeaker() {
        Fact dau = facts.stream().filter(f -> f.metric().equals("DAU") && f.value() == 6e8).findFirst().orElseThrow();
        assertEquals("Zhang Nan", dau.speaker());
        assertEquals("2020-08", dau.asOf());
    }

    private static boolean same(JsonNode e, Fact f) {
        return e.get("entity").asText().equals(f.entity()) && e.get("metric").asText().equals(f.metric())
                && e.get("value").asDouble() == f.value() && e.get("unit").asText().equals(f.unit())
                && e.get("qualifier").asText().equals(f.qualifier())
                && Objects.equals(e.get("as_of").isNull() ? null : e.get("as_of").asText(), f.asOf())
                && e.get("claim").asText().equals(f.claim());
    }

    private static String describe(List<Fact> facts) {
        StringBuilder sb = new StringBuilder();
        for (Fact f : facts) {
            sb.append(String.join(" ", f.entity(), f.metric(), Double.toString(f.value()), f.unit(), f.qualifier(),
                    String.valueOf(f.asOf()), f.claim(), "|", f.sentence())).append('\n');
        }
        return sb.toString();
    }
}
