package io.factline.content;

import io.factline.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One small page per phenomenon of article extraction ({@code content/cases.csv}). */
class MainTextFinderTest {
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/content/cases.csv", delimiter = '|')
    void extractsTheArticleAndNothingElse(String file, String mustContain, String mustNotContain, String title,
                                          String published) throws Exception {
        byte[] page;
        try (InputStream in = getClass().getResourceAsStream("/content/" + file)) {
            assertNotNull(in, file);
            page = in.readAllBytes();
        }
        Article a = ContentExtractor.fromHtml(page, null, null).article();
        assertTrue(a.text().contains(mustContain), file + ": article text kept\n" + a.text());
        assertFalse(a.text().contains(mustNotContain), file + ": furniture dropped\n" + a.text());
        if (title != null) assertEquals(title, a.title(), file + ": title");
        if (published != null) assertEquals(published, a.published(), file + ": published");
    }
}
