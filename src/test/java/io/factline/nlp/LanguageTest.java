package io.factline.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which analyser a text, and each paragraph of it, goes to. */
class LanguageTest {
    @Test
    void aWebAddressIsInNoLanguage() {
        assertEquals("zh", Language.detect("原文链接：https://www.example.com.cn/disclosure/2021/2021-03-02/1614650000_123456.pdf"));
        assertEquals("zh", Language.detect("如有疑问请联系 investor.relations@example-group.com 或致电公司。"));
        assertEquals("en", Language.detect("Read the full filing at https://www.example.com/ir/2021/annual-report.pdf today."));
    }

    @Test
    void aPageThatIsOneLongRunOfLettersIsReadInOnePass() {
        // Two million characters: a scan that restarted at every position would take hours, not milliseconds.
        assertEquals("en", Language.detect("ab1.".repeat(500_000)));
        assertEquals("zh", Language.detect("营收" + "x".repeat(10) + "增长".repeat(1_000_000)));
        assertEquals("zh", Language.ofLine("A.B-".repeat(500_000), "zh", null), "capitals only: no English prose");
    }

    @Test
    void aChineseArticleWhoseLastLineIsALinkIsOneChineseRun() {
        String text = "星岭科技发布年报，全年营业收入增长12%。\n来源：http://www.example.cn/notice/2021/0302/8841.pdf";
        List<?> runs = NlpPipeline.runs(text, "zh");
        assertEquals(1, runs.size(), runs.toString());
        assertEquals("zh", Language.detect(text));
    }

    @Test
    void aChineseHeadingThatIsMostlyALatinNameStaysChinese() {
        String text = "星岭科技宣布收购一家美国软件公司。\n关于Northwind Analytics：\n该公司成立于2015年。\n"
                + "Northwind Analytics旗下拥有Blue Harbor Software、Pine Ridge Data Systems和Cedar Point Labs等公司。";
        assertEquals(1, NlpPipeline.runs(text, "zh").size());
    }

    @Test
    void anEnglishParagraphInAChineseArticleIsStillEnglish() {
        String text = "星岭科技发布年报。\nThe company said revenue rose 12 percent in the year.";
        assertEquals(2, NlpPipeline.runs(text, "zh").size());
    }
}
