package dev.briefs.engine.extractive;

import dev.briefs.engine.extractive.SubjectFinder.Subject;

import java.util.List;

/**
 * A quotation that a document speaks, with no subject ("„…“, heißt es in der Mitteilung des Konzerns", "«…», si legge
 * nel comunicato della Regione", "«…», — говорится в заявлении ведомства"), is the issuing organisation's: the one
 * named right after the document, else the one an organisation's noun there ("des Unternehmens") or the statement
 * introduced before stands for; never the document itself. A plural verb of speech with no subject before the office
 * it was said in ("«…», — сообщили в пресс-службе ГУ МЧС", "— пояснили в прокуратуре района") gives the words to
 * that office: the organisation named after its noun, else the public body as written.
 */
final class StatementAttributions {

    /** How far into the attribution the impersonal cue may stand ("si legge", "— говорится"). */
    private static final int MAX_CUE_WORDS = 2;
    /** How many function words may stand between the cue and the document ("es in der", "nel"). */
    private static final int MAX_DOCUMENT_GAP = 3;
    /** How many words name a public body the words speak from ("министерстве энергетики области"). */
    private static final int MAX_OFFICE_WORDS = 4;

    private StatementAttributions() {
    }

    /**
     * The organisation that issued the document the attribution {@code body[from, to)} cites; empty when none is
     * named (the quotation is still the document's, not the person named before); null when it cites no document.
     */
    static String issuer(SegmentedArticle text, Cast cast, int from, int to) {
        List<Token> words = Tokenizer.words(text.body(), from, to);
        int cue = 0;
        while (cue < words.size() && cue < MAX_CUE_WORDS && !Lexicon.isImpersonalCue(words.get(cue).text())) {
            cue++;
        }
        if (cue >= Math.min(words.size(), MAX_CUE_WORDS)) {
            return null;
        }
        for (int i = cue + 1; i < words.size() && i <= cue + 1 + MAX_DOCUMENT_GAP; i++) {
            Token word = words.get(i);
            if (OrganisationVoices.isDocument(word.text())) {
                Subject issuer = namedAfter(text, cast, word, to);
                if (issuer == null) {
                    issuer = OrganisationVoices.issuerOfLast(text, cast, word, word.start());
                }
                if (issuer == null) {
                    issuer = OrganisationVoices.speakingOrganisation(text, cast, word.start(), word.end());
                }
                return issuer == null ? "" : issuer.text();
            }
            if (Lexicon.isPublicBodyForm(word.text())) {
                Subject named = namedAfter(text, cast, word, to);
                return named != null ? named.text() : office(text, words, i);
            }
            if (!linking(word)) {
                return null;
            }
        }
        return null;
    }

    /**
     * A public body the words speak from, as written from its noun {@code words[at]} on with the complements that
     * name it, up to the first punctuation or function word: "«…», — пояснили в прокуратуре района" is the district
     * prosecutor's office's, not the person quoted before (the article names that office no other way).
     */
    private static String office(SegmentedArticle text, List<Token> words, int at) {
        int last = at;
        while (last + 1 < words.size() && last + 1 - at < MAX_OFFICE_WORDS
                && text.text(words.get(last).end(), words.get(last + 1).start()).isBlank()
                && !linking(words.get(last + 1))) {
            last++;
        }
        return text.text(words.get(at).start(), words.get(last).end());
    }

    /** A word between the cue and the document: "es", "in", "der", "nel". */
    private static boolean linking(Token word) {
        return Lexicon.isFunctionWord(word.text()) || Lexicon.isDeterminer(word.text())
                || Lexicon.isPreposition(word.text()) || Lexicon.isImpersonalCue(word.text());
    }

    /**
     * The organisation named right after the document, over function words and nouns of its voice ("des Konzerns
     * Brenner", "пресс-службы «Северного моста»"), or null.
     */
    private static Subject namedAfter(SegmentedArticle text, Cast cast, Token document, int to) {
        int end = document.end();
        for (Mention mention : cast.mentionsBetween(document.end(), to)) {
            boolean between = Tokenizer.words(text.body(), end, mention.start()).stream()
                    .allMatch(w -> linking(w) || Lexicon.isProxy(w.text()) || Lexicon.isOrgNoun(Lexicon.lower(w.text())));
            if (!between || mention.quoted() || cast.member(mention.member()).person()) {
                return null;
            }
            return new Subject(cast.name(mention.member()), List.of(mention.member()), document.start(),
                    mention.end(), true);
        }
        return null;
    }
}
