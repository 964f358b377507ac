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
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One fixture file per phenomenon of fact extraction (src/test/resources/facts, see its README): numbers and
 * units in both languages, losses and changes, currencies, out-of-scope numbers, entities, periods, claim
 * types, growth. Each row is a short article and the fact it must yield (or "none").
 */
class FactFixturesTest {
    private static final List<String> FILES = List.of("zh-numbers-wan-yi.csv", "en-numbers.csv",
            "losses-and-changes.csv", "currency.csv", "out-of-scope.csv", "entities.csv", "as-of.csv", "claims.csv",
            "growth-yoy.csv");
    private static final Set<String> CORE = Set.of("DAU", "MAU", "users", "revenue", "net_profit", "GMV", "funding",
            "valuation", "investment_pledge", "market_share", "shipments", "subscribers", "creators", "creators_income");

    @TestFactory
    List<DynamicTest> everyFixtureRowYieldsItsFact() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : FILES) {
            for (String line : lines("/facts/" + file)) {
                String[] c = line.split("\\|", -1);
                if (c.length < 10) fail(file + ": expected 10 or 11 columns: " + line);
                tests.add(DynamicTest.dynamicTest(file + ": " + c[1], () -> check(c)));
            }
        }
        return tests;
    }

    private static void check(String[] c) {
        Article a = ContentExtractor.fromText(c[1].replace("\\n", "\n"), null);
        if (!c[0].isBlank()) a = a.withPublished(c[0]);
        List<Fact> facts = TestData.pipeline().process(a).facts();
        if (c[3].equals("none")) {
            assertTrue(facts.stream().noneMatch(f -> CORE.contains(f.metric())), "no metric fact expected in: " + c[1]
                    + "\nfound: " + facts);
            return;
        }
        boolean found = facts.stream().anyMatch(f -> matches(f, c));
        assertTrue(found, "expected " + String.join("|", c) + "\nfound:\n" + describe(facts));
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
        for (Fact f : facts) {
            sb.append(String.join("|", f.entity(), f.metric(), Double.toString(f.value()), String.valueOf(f.valueHigh()),
                    f.unit(), f.qualifier(), String.valueOf(f.asOf()), f.claim(), String.valueOf(f.yoy()))).append('\n');
        }
        return sb.toString();
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
