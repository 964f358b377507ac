package io.factline.eval;

import io.factline.TestData;
import io.factline.content.SimHash;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The locked test split of the silver annotations is only ever scored: no rule, lexicon row, fixture or comment
 * may be drawn from its texts. This test looks for any passage of those texts (40 characters of English, 20 of
 * Chinese, whitespace folded) in the project's code, models, fixtures, sample corpora, scripts and documents;
 * the annotations themselves (silver/) quote them by design and are not searched. The published development gold
 * is an evaluation set too: its documents may be sample data (corpora/) but are quoted by no code, model or
 * fixture. Skipped where ../shared is absent.
 */
class LockedSplitTest {
    private static final int LATIN_WINDOW = 40, HAN_WINDOW = 20;
    private static final List<String> SEARCHED = List.of("src", "models", "corpora", "scripts", "docs", "README.md",
            "pom.xml", ".ci");
    private static SilverSet silver;

    @BeforeAll
    static void readTheSilverSet() {
        silver = SilverSet.read(Path.of("silver"), TestData.shared());
    }

    @Test
    void theLockedSplitIsLargeEnoughAndHalfOffTopicAtMost() {
        for (String lang : List.of("en", "zh")) {
            List<SilverSet.Doc> docs = silver.docs(SilverSet.TEST, lang);
            assertTrue(docs.size() >= 150, lang + ": " + docs.size() + " locked documents");
            long off = docs.stream().filter(SilverSet.Doc::offTopic).count();
            assertTrue(off * 4 >= docs.size(), lang + ": at least a quarter off-topic, " + off + " of " + docs.size());
        }
    }

    @Test
    void noPassageOfALockedDocumentIsWrittenInTheProject() throws IOException {
        Set<String> passages = new HashSet<>();
        for (SilverSet.Doc d : silver.docs(SilverSet.TEST, null)) passages.addAll(windows(d.article().text()));
        List<String> leaks = new ArrayList<>();
        for (String root : SEARCHED) {
            Path p = Path.of(root);
            if (!Files.exists(p)) continue;
            try (Stream<Path> files = Files.walk(p)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String text = read(f);
                    if (text == null) continue;
                    for (String w : windows(text)) {
                        if (passages.contains(w)) {
                            leaks.add(f + ": \u2026" + w + "\u2026");
                            break;
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), leaks, "passages of the locked split found in the project");
    }

    @Test
    void noLockedTextIsAlsoATrainText() {
        // The pools hold some texts twice under two ids: a twin in train is a locked text read in development. Twins
        // are texts equal once folded to lower-case letters and digits, or near-duplicates by the crawler's SimHash.
        Map<String, String> trainTexts = new HashMap<>();
        List<Long> trainHashes = new ArrayList<>();
        List<String> trainIds = new ArrayList<>();
        for (SilverSet.Doc d : silver.docs(SilverSet.TRAIN, null)) {
            trainTexts.put(SimHash.normalize(d.article().text()), d.id());
            SimHash.of(d.article().text()).ifPresent(h -> {
                trainHashes.add(h);
                trainIds.add(d.id());
            });
        }
        List<String> twins = new ArrayList<>();
        for (SilverSet.Doc d : silver.docs(SilverSet.TEST, null)) {
            String same = trainTexts.get(SimHash.normalize(d.article().text()));
            if (same != null) twins.add(d.id() + " = " + same);
            var hash = SimHash.of(d.article().text());
            if (hash.isEmpty() || same != null) continue;
            for (int i = 0; i < trainHashes.size(); i++) {
                if (SimHash.distance(hash.getAsLong(), trainHashes.get(i)) <= SimHash.MAX_DISTANCE) {
                    twins.add(d.id() + " ~ " + trainIds.get(i));
                }
            }
        }
        assertEquals(List.of(), twins, "locked documents with a twin in the train split");
    }

    @Test
    void noPassageOfADevGoldDocumentIsWrittenInCodeModelsOrFixtures() throws IOException {
        Path news = TestData.shared().resolve("news");
        GoldSet dev = GoldSet.read(news.resolve("gold-dev.jsonl"), news.resolve("gold-dev.docs"));
        Set<String> passages = new HashSet<>();
        new io.factline.ingest.InputReader(null).read(List.of(news.resolve("en").toString(), news.resolve("zh").toString(),
                news.resolve("headlines").toString()), a -> {
            if (dev.docs().contains(a.id())) passages.addAll(windows(a.text()));
        });
        List<String> leaks = new ArrayList<>();
        for (String root : List.of("src", "models", "scripts")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String text = read(f);
                    if (text == null) continue;
                    for (String w : windows(text)) {
                        if (passages.contains(w) && !w.isBlank()) {
                            leaks.add(f + ": \u2026" + w + "\u2026");
                            break;
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), leaks, "passages of the development gold's documents found in code, models or fixtures");
    }

    /** Every window of a fixed number of characters, over whitespace-folded text, in runs of one script. */
    static Set<String> windows(String text) {
        String t = text.replaceAll("\\s+", " ");
        Set<String> out = new HashSet<>();
        int i = 0;
        while (i < t.length()) {
            boolean han = isHan(t.charAt(i));
            int j = i;
            while (j < t.length() && (isHan(t.charAt(j)) == han || !Character.isLetter(t.charAt(j)))) j++;
            int size = han ? HAN_WINDOW : LATIN_WINDOW;
            for (int k = i; k + size <= j; k++) out.add(t.substring(k, k + size));
            i = j;
        }
        return out;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static String read(Path f) {
        try {
            byte[] bytes = Files.readAllBytes(f);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null; // a binary file (a picture, a gzip page)
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
