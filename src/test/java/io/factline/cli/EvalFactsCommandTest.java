package io.factline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.TestData;
import io.factline.model.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fact extraction measured as {@code factline eval facts} measures it, at the commands' default confidence: on
 * the locked test split of silver/ (precision, recall, silence on off-topic pages, the calibration promise) and on
 * the published development gold. A regression below the figures reached when these floors were set (in the
 * comments), less a margin, fails. Skipped where ../shared is absent.
 */
class EvalFactsCommandTest {
    private static JsonNode test, dev;

    @BeforeAll
    static void evaluate() throws Exception {
        TestData.shared();
        test = run("eval", "facts", "--format", "json");
        dev = run("eval", "facts", "--split", "dev", "--compare-full-nlp", "--format", "json");
    }

    private static JsonNode run(String... args) throws Exception {
        Cli c = Cli.run(args);
        assertEquals(0, c.exit(), c.err());
        return Json.mapper().readTree(c.out());
    }

    @Test
    void theLockedSplitKeepsItsPrecisionAndRecall() {
        // Reached: P 0.763, R 0.374 (en P 0.813 R 0.255, zh P 0.738 R 0.511) at confidence 0.69; before the
        // listed-name and trading-day rules and the floor chosen on the documents drawn at random: P 0.836, R 0.321.
        JsonNode all = test.get("all");
        assertTrue(all.get("precision").asDouble() >= 0.75, "precision " + all);
        assertTrue(all.get("recall").asDouble() >= 0.28, "recall " + all);
        for (String lang : new String[]{"en", "zh"}) {
            JsonNode l = test.get("lang").get(lang);
            assertTrue(l.get("precision").asDouble() >= 0.68, lang + " precision " + l);
        }
    }

    @Test
    void offTopicPagesGetAlmostNoFacts() {
        // Reached: 0 false core facts in 203 English and 126 Chinese off-topic documents; asked: ≤ 1 per 20.
        for (String lang : new String[]{"en", "zh"}) {
            JsonNode o = test.get("off_topic").get(lang);
            double per20 = 20.0 * o.get("false_facts").asInt() / o.get("documents").asInt();
            assertTrue(per20 <= 0.5, lang + ": " + o);
        }
    }

    @Test
    void theConfidenceKeepsItsPromise() {
        // Among facts of confidence ≥ c, at least c − 0.05 are right (where there are enough facts to tell); a
        // retrained scorer may wander another 0.05.
        for (JsonNode row : test.get("calibration")) {
            if (row.get("facts").asInt() < 30) continue;
            double c = row.get("min_confidence").asDouble(), p = row.get("precision").asDouble();
            assertTrue(p >= c - 0.05 - 0.05, "at confidence ≥ " + c + " precision " + p);
        }
    }

    @Test
    void theDevelopmentGoldIsNotBroken() {
        // Reached at the default confidence (0.69): F1 0.781, en 0.772, zh 0.789, precision 0.921 (the rules alone,
        // tuned on it: 0.898, 0.921). A language's figure moves by 0.05 or more between retrainings of equal cross-validated quality (a few
        // of its 60 facts sit near the floor); the whole set's F1 and precision are the steadier guard.
        assertTrue(dev.get("all").get("f1").asDouble() >= 0.66, dev.toString());
        assertTrue(dev.get("lang").get("en").get("f1").asDouble() >= 0.69, dev.toString());
        assertTrue(dev.get("lang").get("zh").get("f1").asDouble() >= 0.50, dev.toString());
        assertTrue(dev.get("all").get("precision").asDouble() >= 0.88, dev.toString());
    }

    @Test
    void theFastEnglishAnalysisGivesTheFactsOfTheFullOne() {
        // factline's own date reader in place of CoreNLP's numeric classifiers and SUTime, and tags and names only
        // where a figure can be: the same facts in each language, give or take one right and one false fact (on the
        // 59 English facts of this set one fact moves F1 by 0.012). Reached: one English fact fewer than the full
        // analysis (F1 0.772 against 0.784), none in Chinese; on the locked split no change in either language.
        JsonNode full = dev.get("full_nlp");
        for (String lang : new String[]{"en", "zh"}) {
            JsonNode fast = dev.get("lang").get(lang), slow = full.get("lang").get(lang);
            assertTrue(Math.abs(fast.get("tp").asInt() - slow.get("tp").asInt()) <= 1, lang + ": " + full);
            assertTrue(Math.abs(fast.get("fp").asInt() - slow.get("fp").asInt()) <= 1, lang + ": " + full);
        }
    }

    @Test
    void theErrorListSaysWhyEachErrorHappened() {
        Cli c = Cli.run("eval", "facts", "--split", "dev", "--errors");
        assertEquals(0, c.exit(), c.err());
        // The summary counts each kind; the list gives each missed or false fact its kind, and the same counts.
        java.util.Map<String, Integer> summary = new java.util.HashMap<>(), listed = new java.util.HashMap<>();
        var counted = java.util.regex.Pattern.compile("(?m)^  (missed|false): (.+?) +(\\d+)$").matcher(c.out());
        while (counted.find()) summary.put(counted.group(1) + ": " + counted.group(2), Integer.parseInt(counted.group(3)));
        var line = java.util.regex.Pattern.compile("(?m)^(MISSED|FALSE) .*? \\[([^\\]]+)\\] \\|").matcher(c.out());
        while (line.find()) {
            String why = line.group(2), kind = why.replaceFirst(" \\((?:right reading at|read for) .*\\)$", "");
            listed.merge((line.group(1).equals("MISSED") ? "missed: " : "false: ") + kind, 1, Integer::sum);
            // Only a proposed right reading has a confidence, and it lost: below the floor or to a surer reading.
            assertEquals(kind.equals("proposed, not chosen"), why.matches(".*\\(right reading at [01]\\.\\d\\d\\)"), why);
            // A value read with the right metric but never for the right entity says whom it was read for.
            assertEquals(kind.equals("value read, never with its entity"), why.matches(".*\\(read for .+\\)"), why);
        }
        assertTrue(summary.containsKey("missed: proposed, not chosen"), c.out());
        assertEquals(summary, listed, c.out());
    }

    @Test
    void theAnnotatorsAgree() throws Exception {
        Cli c = Cli.run("eval", "facts", "--agreement");
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().contains("130 documents annotated twice"), c.out());
        assertTrue(c.out().contains("0.892   0.892   0.892"), c.out());
    }
}
