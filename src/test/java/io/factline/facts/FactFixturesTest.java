package io.factline.facts;

import io.factline.TestData;
import io.factline.content.ContentExtractor;
import io.factline.model.Article;
import io.factline.model.Fact;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One fixture file per phenomenon of fact extraction (src/test/resources/facts, see its README): numbers and
 * units in both languages, losses and changes, currencies, out-of-scope numbers, entities, periods, claim
 * types, growth. Rows with the same text are one short article: every fact its rows give must come out at
 * confidence {@value #FLOOR}, and no other fact of a core metric about a company may. The floor is that of a reader
 * exploring, below the commands' default: fixtures pin how each phenomenon is read, not where the precision
 * trade-off is set.
 */
class FactFixturesTest {
    private static final List<String> FILES = List.of("zh-numbers-wan-yi.csv", "en-numbers.csv",
            "losses-and-changes.csv", "currency.csv", "out-of-scope.csv", "entities.csv", "as-of.csv", "claims.csv",
            "growth-yoy.csv");
    static final double FLOOR = 0.3;
    private static final String HEADER = "published|text|entity|metric|value|value_high|unit|qualifier|as_of|claim|yoy";
    private static final Set<String> CORE = Set.of("DAU", "MAU", "users", "revenue", "net_profit", "GMV", "funding",
            "valuation", "investment_pledge", "market_share", "shipments", "subscribers", "creators", "creators_income");

    @TestFactory
    List<DynamicTest> everyFixtureArticleYieldsItsFactsAndNoOthers() throws IOException {
        Set<String> known = Set.copyOf(lines("/facts/known-errors.txt"));
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : FILES) {
            List<String> lines = lines("/facts/" + file);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) fail(file + ": the first line must be the header " + HEADER);
            Map<String, List<String[]>> articles = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split("\\|", -1);
                if (c.length < 10) fail(file + ": expected 10 or 11 columns: " + line);
                articles.computeIfAbsent(c[0] + "|" + c[1], k -> new ArrayList<>()).add(c);
            }
            for (List<String[]> rows : articles.values()) {
                String text = rows.get(0)[1];
                tests.add(DynamicTest.dynamicTest(file + ": " + text, known.contains(text) ? () -> stillWrong(rows) : () -> check(rows)));
            }
        }
        return tests;
    }

    private static void check(List<String[]> rows) {
        String[] first = rows.get(0);
        Article a = ContentExtractor.fromText(first[1].replace("\\n", "\n"), null);
        if (!first[0].isBlank()) a = a.withPublished(first[0]);
        List<Fact> facts = TestData.pipeline().facts().extract(TestData.pipeline().nlp().annotate(a), FLOOR);
        List<Fact> core = facts.stream().filter(f -> CORE.contains(f.metric()) && !f.entity().startsWith("MARKET:")).toList();
        List<String[]> expected = rows.stream().filter(c -> !c[3].equals("none")).toList();
        for (String[] c : expected) {
            if (facts.stream().noneMatch(f -> matches(f, c))) {
                fail("expected " + String.join("|", c) + "\nfound:\n" + describe(facts));
            }
        }
        List<Fact> extra = core.stream().filter(f -> expected.stream().noneMatch(c -> matches(f, c))).toList();
        assertEquals(List.of(), extra.stream().map(FactFixturesTest::describe).toList(),
                "core facts the fixture does not expect in: " + first[1]);
    }

    /**
     * A known error (facts/known-errors.txt) must still be one: when the pipeline gets the article right, the test
     * says so, and the line is to be removed from the list.
     */
    private static void stillWrong(List<String[]> rows) {
        try {
            check(rows);
        } catch (AssertionError e) {
            return;
        }
        fail("a known error is fixed: remove this article from facts/known-errors.txt: " + rows.get(0)[1]);
    }

    private static boolean matches(Fact f, String[] c) {
        return field(c[2], f.entity()) && field(c[3], f.metric())
                && (c[4].isBlank() || Math.abs(Double.parseDouble(c[4]) - f.value()) < 1e-6 * Math.abs(f.value()) + 1e-9)
                && (c[5].isBlank() || f.valueHigh() != null && Double.parseDouble(c[5]) == f.valueHigh())
                && field(c[6], f.unit()) && field(c[7], f.qualifier()) && field(c[8], f.asOf()) && field(c[9], f.claim())
                && (c.length < 11 || c[10].isBlank() || f.yoy() != null && Math.abs(Double.parseDouble(c[10]) - f.yoy()) < 1e-9);
    }

    private static boolean field(String expected, String actual) {
        if (expected.isBlank()) return true;
        if (expected.equals("null")) return actual == null;
        return Objects.equals(expected, actual);
    }

    private static String describe(List<Fact> facts) {
        StringBuilder sb = new StringBuilder();
        for (Fact f : facts) sb.append(describe(f)).append('\n');
        return sb.toString();
    }

    private static String describe(Fact f) {
        return String.join("|", f.entity(), f.metric(), Double.toString(f.value()), String.valueOf(f.valueHigh()),
                f.unit(), f.qualifier(), String.valueOf(f.asOf()), f.claim(), String.valueOf(f.yoy()),
                String.valueOf(f.confidence()));
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = FactFixturesTest.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing fixture " + resource);
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line);
            }
            return out;
        }
    }
}
