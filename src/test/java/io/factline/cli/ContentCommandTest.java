package io.factline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.TestData;
import io.factline.model.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code factline content} and the usage errors of {@code eval}, as a user runs them. */
class ContentCommandTest {
    @Test
    void printsOneJsonObjectPerPageWithEveryField() throws Exception {
        Cli r = Cli.run("content", TestData.corpora().resolve("pages/sohu-business-gbk.html").toString(),
                TestData.corpora().resolve("pages/foxbusiness-home-depot.html.gz").toString());
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length, r.out());
        JsonNode zh = Json.mapper().readTree(lines[0]);
        for (String field : List.of("file", "url", "title", "text", "published", "author", "source", "via", "lang",
                "encoding")) {
            assertTrue(zh.has(field), "field " + field + " in " + lines[0]);
        }
        assertEquals("zh", zh.get("lang").asText());
        assertEquals("GB18030", zh.get("encoding").asText(), "a GBK page declaring gb2312");
        assertTrue(zh.get("title").asText().startsWith("工商部门初定SKII广告属于虚假宣传"), zh.get("title").asText());
        assertFalse(zh.get("title").asText().contains("搜狐"), "no site name in the title");
        JsonNode en = Json.mapper().readTree(lines[1]);
        assertEquals("en", en.get("lang").asText());
        assertTrue(en.get("text").asText().contains("The home-improvement retailer earned $2.8 billion"));
    }

    @Test
    void aMissingFileIsAOneLineErrorAndExitOne() {
        Cli r = Cli.run("content", "no-such-page.html");
        assertEquals(1, r.exit());
        assertEquals("factline: no such file: no-such-page.html\n", r.err());
        assertTrue(r.out().isEmpty());
    }

    @Test
    void evalNeedsAStageAndValidGold() {
        Cli r = Cli.run("eval");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("which stage? (content, facts)"), r.err());

        Cli noGold = Cli.run("eval", "content", "--gold", "no-such-gold.json", TestData.corpora().toString());
        assertEquals(1, noGold.exit(), noGold.err());
        assertTrue(noGold.err().startsWith("factline: --gold: no such file or directory"), noGold.err());
        assertFalse(noGold.err().contains("Exception"), "no stack trace");
    }
}
