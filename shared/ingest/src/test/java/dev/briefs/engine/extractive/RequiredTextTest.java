package dev.briefs.engine.extractive;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The words a cue pattern needs, read off its opening. */
class RequiredTextTest {

    @Test
    void readsAPlainOpeningOrAGroupOfPlainAlternatives() {
        assertEquals(List.of("as recently as"), RequiredText.of("\\bas recently as\\b").anyOf());
        assertEquals(List.of("had "), RequiredText.of("\\bhad (?:long |once )?(?:been|dropped)\\b").anyOf());
        assertEquals(List.of("days", "weeks"), RequiredText.of("\\b(?:Days|weeks) (?:ago|earlier)\\b").anyOf());
        assertEquals(List.of("plan"), RequiredText.of("\\bplans?\\s+to").anyOf());
    }

    @Test
    void needsNothingWhereTheOpeningIsNotPlain() {
        assertEquals(List.of(), RequiredText.of("\\bafter|following\\b").anyOf());
        assertEquals(List.of(), RequiredText.of("(?:^|,\\s)after\\s+").anyOf());
        assertEquals(List.of(), RequiredText.of("\\b(?:last (?:week|year))\\b").anyOf());
        assertEquals(List.of(), RequiredText.of("\\b(?:a|\\d+) days\\b").anyOf());
        assertEquals(List.of(), RequiredText.of("(?:in|on)? May").anyOf());
        assertEquals(List.of(), RequiredText.of("(?<=\\s)when\\s+").anyOf());
        assertEquals(List.of(), RequiredText.of("\\b(?:)later").anyOf());
        assertTrue(RequiredText.of("\\d+ years").mayOccurIn("nothing here"));
    }

    @Test
    void turnsDownOnlyTextsThePatternCannotMatch() {
        List<String> regexes = List.of("\\bas recently as\\b", "\\b(?:days|weeks) (?:ago|earlier)\\b",
                "\\bplans?\\s+to", "\\buntil (?:recently|now)\\b", "\\bafter|before\\b");
        List<String> texts = List.of("As Recently As March, it ran.", "Two WEEKS AGO the plan to sell fell through.",
                "They plan to sell it until now.", "It stood until then, before the vote.", "Nothing of the kind.",
                "Até dias atrás, the PLANS TO sell stood.");
        for (String regex : regexes) {
            RequiredText required = RequiredText.of(regex);
            for (String text : texts) {
                boolean matches = Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(text).find();
                if (matches) {
                    assertTrue(required.mayOccurIn(Lexicon.lower(text)), regex + " in " + text);
                }
            }
        }
        assertFalse(RequiredText.of("\\bas recently as\\b").mayOccurIn(Lexicon.lower("Until recently, it ran.")));
        assertFalse(RequiredText.of("\\b(?:days|weeks) ago\\b").mayOccurIn(Lexicon.lower("A year ago it ran.")));
    }

    @Test
    void theFirstCharactersLeaveEveryMatchWhereItWas() {
        assertEquals("(?=[dDwW])", RequiredText.of("\\b(?:Days|weeks) (?:ago|earlier)\\b").firstCharacters());
        assertEquals("", RequiredText.of("(?<=\\s)when\\s+").firstCharacters(), "no words, no look-ahead");
        List<String> regexes = List.of("\\bas recently as\\b", "\\b(?:days|weeks) (?:ago|earlier)\\b", "\\bplans?\\s+to",
                "\\b(?:this|it|which) (?:follows|followed)\\s+", "\\bhad (?:long )?been\\b");
        String text = "As Recently As March, TWO WEEKS AGO, they Plan to sell; this follows it. It Followed what had "
                + "long been, and had been. Weeks earlier, days ago.";
        for (String regex : regexes) {
            Pattern plain = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            Pattern guarded = Pattern.compile(RequiredText.of(regex).firstCharacters() + regex, Pattern.CASE_INSENSITIVE);
            assertEquals(plain.matcher(text).results().map(m -> m.start() + "-" + m.end()).toList(),
                    guarded.matcher(text).results().map(m -> m.start() + "-" + m.end()).toList(), regex);
        }
    }
}
