package io.factline.content;

import io.factline.TestData;
import io.factline.model.Article;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentExtractorTest {
    @Test
    void readsTitleDateAndBylineOfAPlainText() throws Exception {
        String text = Files.readString(TestData.corpora().resolve("seed/douyin-dau-600m.en.txt"), StandardCharsets.UTF_8);
        Article a = ContentExtractor.fromText(text, null);
        assertEquals("Shake sound DAU break 600 million, how far from WeChat?", a.title(), "the breadcrumb is not the title");
        assertEquals("2020-09-16T10:01:40", a.published());
        assertEquals("博客园", a.via());
        assertEquals("Chopped Pepper Entertainment", a.source());
    }

    @Test
    void extractsTheArticleOfAChineseGbkPage() throws Exception {
        byte[] page = Files.readAllBytes(TestData.corpora().resolve("pages/sohu-business-gbk.html"));
        ContentExtractor.Page p = ContentExtractor.fromHtml(page, "http://business.sohu.com/20050311/n224643115.shtml", null);
        Article a = p.article();
        assertTrue(a.title().startsWith("工商部门初定SKII广告属于虚假宣传"), a.title());
        assertTrue(a.text().contains("宝洁集团公关总监裴逸群显得颇为惊讶"), a.text());
        assertEquals("2005-03-11", a.published().substring(0, 10));
    }

    @Test
    void extractsTheArticleOfAnEnglishNewsPage() throws Exception {
        byte[] page;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(TestData.corpora().resolve("pages/foxbusiness-home-depot.html.gz")))) {
            page = in.readAllBytes();
        }
        Article a = ContentExtractor.fromHtml(page, "https://www.foxbusiness.com/markets/home-depot-sales-earnings-retail", null).article();
        assertTrue(a.title().contains("Home Depot"), a.title());
        assertTrue(a.text().contains("The home-improvement retailer earned $2.8 billion"), a.text());
        assertFalse(a.text().contains("<"), "no markup in the text");
        assertEquals("2019-11-19", a.published() == null ? null : a.published().substring(0, 10));
    }

    @Test
    void readsSourceAuthorAndViaFromTheDateline() throws Exception {
        byte[] page;
        try (InputStream in = getClass().getResourceAsStream("/content/dateline-source-author-via.html")) {
            page = in.readAllBytes();
        }
        Article a = ContentExtractor.fromHtml(page, null, null).article();
        assertEquals("抖音日活跃用户突破6亿", a.title(), "no site name");
        assertEquals("2020-09-16T10:01", a.published());
        assertEquals("新浪科技", a.source());
        assertEquals("张楠", a.author());
        assertEquals("博客园", a.via());
        assertFalse(a.text().contains("来源"), "the dateline is not article text");
    }

    @Test
    void aPageThatNamesNoPublisherIsCreditedToItsHostNeverToAnAddress() {
        byte[] page = ("<html><head><title>Ferry fares rise</title></head><body><article><h1>Ferry fares rise</h1>"
                + "<p>The harbour ferry company said on Monday that fares would rise by ten cents from April, the first "
                + "increase in four years, citing the cost of fuel and repairs to two of its boats.</p></article>"
                + "</body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("harbourferry.example", ContentExtractor.fromHtml(page, "https://www.harbourferry.example/news/1", null)
                .article().source());
        assertEquals(null, ContentExtractor.fromHtml(page, "http://127.0.0.1:8765/news/1", null).article().source());
        assertEquals(null, ContentExtractor.fromHtml(page, "http://[::1]:8765/news/1", null).article().source());
        assertEquals(null, ContentExtractor.fromHtml(page, "http://localhost/news/1", null).article().source());
    }
}
