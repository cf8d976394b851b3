package dev.briefs.engine.extractive;

import dev.briefs.article.SentenceSplitter;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sentence splitter, the tokenizer, name keys, time expressions and the clause trimmer. */
class TextPrimitivesTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text, 0, text.length()).stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    @Test
    void splitsSentencesButNotAtAbbreviationsOrInitials() {
        assertEquals(List.of("Dr. Amara Osei met Donald J. Trump in the U.S. capital.", "“We agreed.”",
                        "Then they left on Sept. 3 for Paris!"),
                sentences("Dr. Amara Osei met Donald J. Trump in the U.S. capital. “We agreed.” Then they left on"
                        + " Sept. 3 for Paris!"));
    }

    @Test
    void tokenizesWordsWithInnerPunctuation() {
        List<String> words = Tokenizer.words("Zelenskyy’s game-changing O'Brien, U.S. (30,000)", 0, 48).stream()
                .map(Token::text).toList();
        assertEquals(List.of("Zelenskyy’s", "game-changing", "O'Brien", "U.S", "30", "000"), words);
        assertEquals("Zelenskyy", new Token("Zelenskyy’s", 0, 11).bare());
    }

    @Test
    void nameKeysIgnoreCaseInitialsPossessivesAndArticles() {
        assertEquals("donald trump", NameMatcher.key("Donald J. Trump’s"));
        assertEquals("times", NameMatcher.key("The Times"));
        assertEquals("von der leyen", NameMatcher.surnameOf("Ursula von der Leyen"));
        assertEquals("ann roe", NameMatcher.key("The  Ann \t J.  Roe "));
        assertEquals("roe", NameMatcher.surnameOf(" Ann\n Roe"));
        assertEquals("", NameMatcher.surnameOf("  Roe  "));
    }

    @Test
    void aSharedSurnameResolvesToThePersonNamedLast() {
        NameMatcher matcher = new NameMatcher();
        matcher.addName("Donald Trump", 0);
        matcher.addName("Melania Trump", 1);
        matcher.addSurname("Donald Trump", 0);
        matcher.addSurname("Melania Trump", 1);
        int[] lastSeen = new int[2];
        Arrays.fill(lastSeen, -1);
        assertEquals(0, matcher.resolve("Trump", lastSeen), "the first registered when neither was named yet");
        lastSeen[1] = 40;
        assertEquals(1, matcher.resolve("Trump’s", lastSeen));
        assertEquals(0, matcher.resolve("Donald Trump", lastSeen), "a full name is exact");
        assertEquals(-1, matcher.resolve("Donald", lastSeen), "given names are not surnames");
    }

    @Test
    void findsTimeExpressions() {
        for (String[] example : new String[][] {
                {"The board meets on Tuesday to vote.", "on Tuesday"},
                {"Results are due by April 30 at the latest.", "by April 30"},
                {"It opens on 1 March with a ceremony.", "on 1 March"},
                {"Talks resume next week in Geneva.", "next week"},
                {"A decision is expected in the coming weeks.", "in the coming weeks"},
                {"The line opens in early 2027 after works.", "in early 2027"},
                {"Troops deploy once fighting ends, officials said.", "once fighting ends"},
                {"It may rain, he said.", ""}}) {
            SegmentedArticle text = SegmentedArticle.of(TestFiles.article("", example[0]));
            assertEquals(example[1], TimeExpressions.find(text, 0, text.body().length()), example[0]);
        }
    }

    @Test
    void trimsLongSentencesToTheirMainClause() {
        String shortSentence = "The plan was effectively off the table.";
        assertEquals(shortSentence, ClauseTrimmer.trim(shortSentence));
        String longSentence = "As recently as this week, the newspaper reported the plan was effectively off the table,"
                + " replaced by scaled-back measures such as air patrols over the border, training local forces, and demining the"
                + " sea lanes.";
        assertEquals("As recently as this week, the newspaper reported the plan was effectively off the table",
                ClauseTrimmer.trim(longSentence));
    }

    @Test
    void tokenizesOnlyAsFarAsAskedWhenALimitIsGiven() {
        assertEquals(List.of("One", "two"), Tokenizer.words("One two, three four.", 0, 20, 2).stream()
                .map(Token::text).toList());
        assertEquals(4, Tokenizer.words("One two, three four.", 0, 20, 9).size());
    }

    @Test
    void sentencesAboutLongAgoNameOnlyYearsADecadeOrMoreBeforeTheLatest() {
        String[] sentences = {"The dam reopened in 2026.", "It was designed in 1978 by Julián Sotomayor.",
                "Its gauge read 20261 in 1960.", "A plan from 1985 was revived in 2024.", "The town dates from 1599."};
        SegmentedArticle text = SegmentedArticle.of(TestFiles.article("", String.join(" ", sentences)));
        PastSentences past = PastSentences.of(text);

        List<Boolean> longAgo = text.sentences().stream().map(sentence -> past.contains(sentence.start())).toList();
        assertEquals(List.of(false, true, true, false, false), longAgo,
                "a five-digit number is no year, nor is a year before 1600");
    }

    @Test
    void aYearInARelativeClauseSetOffByCommasDatesThatClauseAlone() {
        String body = "The choir sang in Cardiff in 2026. Ann Roe, who joined as a tenor in 1974, said it had never "
                + "sounded better. The hall, which opened in 1961, was full.";
        SegmentedArticle text = SegmentedArticle.of(TestFiles.article("", body));
        PastSentences past = PastSentences.of(text);

        assertFalse(past.contains(body.indexOf("Ann Roe")), "the speaker is no history: the clause's year is the clause's");
        assertTrue(past.contains(body.indexOf("tenor")));
        assertFalse(past.contains(body.indexOf("was full")));
        assertTrue(past.contains(body.indexOf("opened")));
    }
}
