package io.factline.nlp;

import io.factline.TestData;
import io.factline.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text without sentence ends (a flattened table, a block of links, a page that lost its punctuation) reaches the
 * tagger and the NER in parts of bounded length: as one sentence of thousands of tokens it took them minutes.
 */
class LongSentencesTest {
    @Test
    void aRunOnPageIsAnalysedInBoundedPartsAndKeepsItsFacts() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            text.append("the harbour board met again on day ").append(i + 1)
                    .append(" and talked about cranes, berths and the tide tables with the pilots ");
            if (i == 60) text.append("while Lakeside Mills said its revenue rose to $45 million in 2023 ");
        }
        Article page = Article.builder().id("run-on").lang("en").text(text.toString().strip())
                .published("2024-02-01").build();
        AnnotatedArticle a = TestData.pipeline().nlp().annotate(page);
        assertTrue(a.sentences().size() > 1, "one sentence of " + text.length() + " characters");
        for (Sentence s : a.sentences()) {
            assertTrue(s.tokens().size() <= LongSentences.MAX_TOKENS, s.tokens().size() + " tokens: " + s.text());
            assertEquals(page.text().substring(s.start(), s.end()), s.text(), "offsets point into the article");
        }
        List<String> money = a.sentences().stream().flatMap(s -> s.quantities().stream())
                .filter(q -> q.kind() == QuantityKind.MONEY).map(q -> q.currency() + " " + q.value()).toList();
        assertEquals(List.of("USD 4.5E7"), money, "the amount inside the run-on text is still read");
    }
}
