package dev.briefs.engine.extractive;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The words an index serves for a range are the words a scan of that range finds, at every kind of edge. */
class WordIndexTest {

    /** Joiners at every place a range may cut: inside a word, before and after one, doubled, at the end. */
    private static final String WORDS = "The U.S.-led talks in São Paulo — O’Brien's well-known “plan” (e.g. 2.5%) "
            + "ended at 9.30pm... Rock-’n’-roll? naïve co-op-- x-' end. ";

    @Test
    void aLongTextKeepsItsIndex() {
        String text = WORDS.repeat(WordIndex.MIN_CHARS / WORDS.length() + 1);
        WordIndex first = WordIndex.of(text);
        assertNotNull(first);
        WordIndex.of(new String(text));
        WordIndex.of(text.substring(1));
        assertSame(first, WordIndex.of(text), "two other texts read in between");
        assertNull(WordIndex.of(WORDS), "too short to pay");
    }

    @Test
    void everyRangeGetsTheWordsOfItsScan() {
        String text = WORDS.repeat(WordIndex.MIN_CHARS / WORDS.length() + 1);
        WordIndex index = WordIndex.of(text);
        for (int from = 0; from <= 2 * WORDS.length(); from++) {
            for (int to = from; to <= 2 * WORDS.length(); to++) {
                assertScanned(text, index, from, to, Integer.MAX_VALUE);
            }
            assertScanned(text, index, from, from + 40, 1);
            assertScanned(text, index, from, from + 40, 2);
        }
        Random random = new Random(11);
        for (int i = 0; i < 2000; i++) {
            int from = random.nextInt(text.length());
            assertScanned(text, index, from, from + random.nextInt(text.length() - from + 1), 1 + random.nextInt(20));
        }
        assertScanned(text, index, 0, text.length(), Integer.MAX_VALUE);
    }

    private static void assertScanned(String text, WordIndex index, int from, int to, int limit) {
        List<Token> scanned = Tokenizer.scan(text, from, to, limit);
        assertEquals(scanned, index.words(from, to, limit), () -> "[" + from + ", " + to + ") limit " + limit);
    }
}
