package io.factline.nlp;

import io.factline.TestData;
import io.factline.ingest.InputReader;
import io.factline.model.Article;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Chinese articles analysed on several threads at once (HanLP's segmenter shared, not locked) come out exactly as
 * analysed one after another: words, names, numbers and dates.
 */
class ChineseConcurrencyTest {
    @Test
    void analysingOnManyThreadsGivesWhatOneThreadGives() throws Exception {
        List<Article> articles = new ArrayList<>();
        new InputReader(null).readWithOrigins(
                List.of(TestData.corpora().resolve("news/zh-finance-tech-flashes.jsonl").toString()),
                (a, origin) -> articles.add(a));
        assertFalse(articles.isEmpty());
        NlpPipeline nlp = TestData.pipeline().nlp();
        List<String> alone = new ArrayList<>();
        for (Article a : articles) alone.add(describe(nlp.annotate(a)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 10; round++) {
                List<Future<String>> together = new ArrayList<>();
                for (Article a : articles) together.add(pool.submit(() -> describe(nlp.annotate(a))));
                for (int i = 0; i < articles.size(); i++) {
                    assertEquals(alone.get(i), together.get(i).get(), "article " + articles.get(i).id());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String describe(AnnotatedArticle a) {
        StringBuilder sb = new StringBuilder();
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) sb.append(t.word()).append('/').append(t.pos()).append(' ');
            sb.append("| ").append(s.entities()).append(" | ").append(s.quantities()).append(" | ").append(s.times())
                    .append('\n');
        }
        return sb.toString();
    }
}
