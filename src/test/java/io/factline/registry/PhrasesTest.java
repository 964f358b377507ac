package io.factline.registry;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhrasesTest {
    private static List<String> found(Phrases<String> p, String text) {
        return p.find(text, 0).stream().map(h -> h.start() + "-" + h.end() + ":" + h.value()).toList();
    }

    @Test
    void latinPhrasesMatchWholeWordsInAnyCaseHanPhrasesAnywhere() {
        Phrases<String> p = new Phrases<>();
        p.add("apple", false, "a");
        p.add("腾讯", false, "t");
        assertEquals(List.of("0-5:a"), found(p, "APPLE shares"));
        assertEquals(List.of(), found(p, "Pineapples and applesauce"));
        assertEquals(List.of("2-4:t"), found(p, "今年腾讯音乐"));
    }

    @Test
    void aLatinPhraseStartsAfterAnythingButALetterOrDigit() {
        Phrases<String> p = new Phrases<>();
        p.add("apple", false, "a");
        p.add("(nasdaq", false, "n");
        p.add("3m", false, "m");
        assertEquals(List.of("2-7:a"), found(p, "今年Apple的"));
        assertEquals(List.of("1-6:a", "7-14:n"), found(p, "«Apple (Nasdaq: AAPL)"));
        assertEquals(List.of("0-2:m"), found(p, "3M, é3M and 33M"), "no name starts after a letter (é) or a digit");
        assertEquals(List.of("5-7:m"), found(p, "Büro 3M"));
    }

    @Test
    void aCaseSensitiveNameMatchesAsWrittenCapitalisedOrInThePlural() {
        Phrases<String> p = new Phrases<>();
        p.add("iPod", true, "ipod");
        p.add("Next", true, "next");
        assertEquals(List.of("0-5:ipod"), found(p, "iPods sold well"));
        assertEquals(List.of("0-4:ipod"), found(p, "IPod sales"));
        assertEquals(List.of("4-8:next"), found(p, "Why Next fell"));
        assertEquals(List.of(), found(p, "the next quarter"));
    }

    @Test
    void hitsAtOneStartComeOneCharacterPhrasesFirstThenInTheOrderAdded() {
        Phrases<String> p = new Phrases<>();
        p.add("中国银行", false, "long");
        p.add("中国", false, "short");
        p.add("中", false, "one");
        p.add("国银", false, "inner");
        assertEquals(List.of("0-1:one", "0-4:long", "0-2:short", "1-3:inner"), found(p, "中国银行"));
        assertEquals(List.of("0-4:long"),
                p.findLongest("中国银行", 0).stream().map(h -> h.start() + "-" + h.end() + ":" + h.value()).toList());
    }

    @Test
    void manyPhrasesSharingAStartAreEachFound() {
        Phrases<Integer> p = new Phrases<>();
        for (int i = 0; i < 20_000; i++) p.add("中国" + Integer.toString(i, 36) + "集团", false, i);
        String text = "据悉，中国" + Integer.toString(12_345, 36) + "集团与中国" + Integer.toString(7, 36) + "集团签约。";
        List<Phrases.Hit<Integer>> hits = p.find(text, 100);
        assertEquals(List.of(12_345, 7), hits.stream().map(Phrases.Hit::value).toList());
        assertTrue(hits.get(0).start() == 103 && text.substring(3).startsWith(hits.get(0).text()), hits.toString());
    }
}
