package io.factline.facts;

import io.factline.TestData;
import io.factline.content.ContentExtractor;
import io.factline.model.Article;
import io.factline.model.Fact;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What is never a fact's entity, whatever the scorer thinks of it: the site a page title names after its headline
 * (the publisher), a place (even where a company's name begins with it), a stock code; and whose a figure is when
 * its sentence names a company and the one before named another. Facts are read at every confidence: the tests
 * are of what is chosen for each number, not of where the floor is.
 */
class EntityEvidenceTest {
    private static List<Fact> facts(Article a) {
        return TestData.pipeline().facts().extract(TestData.pipeline().nlp().annotate(a), 0);
    }

    /** The entity of every candidate, whatever its confidence: what the finders propose, before the scorer. */
    private static List<String> candidateEntities(Article a) {
        return TestData.pipeline().facts().analyse(TestData.pipeline().nlp().annotate(a)).candidates().stream()
                .map(c -> c.fact().entity()).distinct().toList();
    }

    @Test
    void theSiteATitleEndsWithIsThePublisherNotTheTopic() {
        Article a = Article.builder().id("t-site").lang("zh").title("老牌车企加码在华布局 五年投入60亿欧元-搜狐汽车")
                .text("一家德国老牌车企近日对外宣布，计划在未来五年内在华投资60亿欧元，重点建设电动车工厂。").build();
        List<Fact> found = facts(a);
        assertFalse(found.isEmpty(), "the pledge is still read as a candidate");
        assertTrue(found.stream().noneMatch(f -> f.entity().equals("Sohu") || f.entityMention().contains("搜狐")),
                "the publisher of the page is no entity of its facts: " + found);
    }

    @Test
    void aPlaceIsNoShortFormOfACompanyNamedAfterIt() {
        Article a = ContentExtractor.fromText("""
                China Zhenhua Merchants Bank said on Tuesday it would lend more to small technology firms.

                Start-ups in China raised $9 billion in the first half, according to figures the bank published.
                """, null);
        List<Fact> found = facts(a);
        assertTrue(found.stream().noneMatch(f -> f.entityMention().equals("China")),
                "China, the place, stands for no company: " + found);
    }

    @Test
    void aFigureBelongsToTheCompanyItsSentenceNamesNotToTheOneBefore() {
        Article a = ContentExtractor.fromText("""
                Lumen Devices Inc (LMND.O) said on Tuesday its revenue rose to $5.2 billion in the quarter.

                Shares of Hanwell Corp (HNW.N) fell 3 percent after Hanwell said its revenue fell to $1.1 billion.

                Ohio-based Brightline Corp (BRLN.O) said its sales rose to $339.5 million.
                """, null);
        List<Fact> found = facts(a);
        Fact hanwell = found.stream().filter(f -> f.value() == 1.1e9).findFirst().orElseThrow(() -> new AssertionError(found));
        assertTrue(hanwell.entity().equals("Hanwell"), "the $1.1 billion is Hanwell's: " + hanwell);
        Fact brightline = found.stream().filter(f -> f.value() == 339.5e6).findFirst().orElseThrow(() -> new AssertionError(found));
        assertTrue(brightline.entity().equals("Brightline"), "where a company is based is no part of its name: " + brightline);
        // A stock code is no entity, nor are the words a sentence starts with before a listed name.
        assertTrue(found.stream().noneMatch(f -> f.entityMention().matches("[A-Z]+\\.[A-Z]") || f.entityMention().startsWith("Shares")),
                found.toString());
    }

    @Test
    void aTickerARegulatorAndTheLettersOfAnAbbreviationAreNoEntities() {
        Article listing = Article.builder().id("t-ticker").lang("zh").published("2020-09-22")
                .text("9月22日消息，母婴平台贝乐童品正式向美国SEC递交招股书，计划以“BLT”为股票代码在纳斯达克上市，拟募资1.2亿美元。")
                .build();
        List<String> proposed = candidateEntities(listing);
        assertTrue(proposed.stream().noneMatch(e -> e.equals("BLT") || e.equals("SEC")),
                "the ticker a listing is under and the regulator it files with are proposed for nothing: " + proposed);
        Article consensus = ContentExtractor.fromText("""
                Harbor Media said its revenue fell 4 percent to $612.4 million in the fourth quarter.

                Analysts had looked for sales of $620.3 million, according to I/B/E/S.
                """, null);
        List<Fact> expected = facts(consensus);
        assertTrue(expected.stream().anyMatch(f -> f.value() == 612.4e6 && f.entity().equals("Harbor Media")), expected.toString());
        List<String> named = candidateEntities(consensus);
        assertTrue(named.stream().noneMatch(e -> e.replaceAll("[^A-Za-z]", "").length() < 2),
                "one letter of I/B/E/S names no company: " + named);
    }

    @Test
    void aMergedGroupThatWouldExistHasNoFigures() {
        Article a = ContentExtractor.fromText("""
                Dutch brewer Halvering rejected a takeover approach from rival Kestner on Monday.

                A merger of the two would create a group with annual revenues of 3.2bn euros.

                Halvering said its own revenues rose 5% to 1.9bn euros last year.
                """, null);
        List<Fact> found = facts(a);
        assertTrue(found.stream().noneMatch(f -> f.value() == 3.2e9), "the combined group does not exist: " + found);
        assertTrue(found.stream().anyMatch(f -> f.value() == 1.9e9 && f.entity().equals("Halvering")), found.toString());
    }
}
