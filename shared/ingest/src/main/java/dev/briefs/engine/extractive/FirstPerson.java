package dev.briefs.engine.extractive;

/**
 * Whether words speak in the first person, as an interview's answer or a sound bite does: a pronoun or possessive of
 * it in their language ("I", "nous", "мы"; "j'ai": the pronoun before an apostrophe; not Italian "i", an article),
 * or, where the language drops the pronoun, a verb whose ending gives it ("podemos", "abbiamo"). A word with that
 * ending after an article or determiner is an adjective of the noun phrase it opens, not a verb: "los próximos
 * meses", "os mesmos".
 */
final class FirstPerson {

    private FirstPerson() {
    }

    /** Whether the text between {@code from} and {@code to} speaks in the first person, in {@code language}. */
    static boolean speaks(String body, int from, int to, String language) {
        Token before = null;
        for (Token word : Tokenizer.words(body, from, to)) {
            boolean pronoun = Lexicon.isFirstPerson(word.text().split("['’]")[0], language);
            if (pronoun || Lexicon.hasFirstPersonEnding(word.text(), language)
                    && (before == null || !Lexicon.isDeterminer(before.text(), language))) {
                return true;
            }
            before = word;
        }
        return false;
    }
}
