package dev.briefs.engine.extractive;

import java.util.List;
import java.util.Set;

/**
 * Reads the part a name plays in its clause and makes it a {@link NameCandidate}: whether it is the subject of a verb
 * of action or speech ({@link SubjectClause}, after an apposition: {@link Appositions}), the object of one
 * ({@link ObjectClause}), an outlet's reporting, and when it stands against the story's events ({@link MentionTime}).
 */
final class ClauseReader {

    /** Verbs of reporting that are no verbs of speech: what an outlet does when it only carries the story. */
    private static final Set<String> REPORTING = Set.of("reported", "reports", "report", "published", "publishes",
            "obtained", "revealed", "broadcast", "first", "contacted", "reviewed", "seen");
    /**
     * Who speaks or acts for a person or an organisation besides the proxies of {@link Lexicon#isProxy}: "Roe’s office
     * said", "Velda officials said", "Roe’s lawyers argued".
     */
    private static final Set<String> VOICES = Set.of("office", "officials", "lawyer", "lawyers", "attorney", "attorneys");
    /** How many words a role after a possessive may have: "Austria’s interior minister". */
    private static final int MAX_VOICE_WORDS = 3;

    private ClauseReader() {
    }

    /** The candidate {@code tokens[from, to)} of {@code span}, of {@code kind}, with its part in its clause. */
    static NameCandidate read(SegmentedArticle text, NameSpan span, NameCandidate.Kind kind, int from, int to,
                              String role) {
        List<Token> tokens = span.tokens();
        Token last = tokens.get(to - 1);
        String body = text.body();
        // "The Harbour Guild, founded in 1990, said", "the group Doctors for Reform, D4R, has offered": the verb after
        // the apposition is the name's.
        boolean described = Appositions.describedAsOrganisation(body, tokens, to);
        boolean apposed = Appositions.inApposition(text, span);
        int verb = SubjectClause.opensClause(text, span) || apposed || Appositions.introducedAsOrganisation(body, tokens, from)
                || described ? Appositions.verbAfterApposition(text, tokens, to, apposed) : -1;
        // "Officine Lusardi, l'azienda di…": two name words, but the apposition's head makes them an organisation.
        // "The engineering firm that inspected the bridge, Tarrant Structures, said": named in apposition to one.
        boolean organisation = kind == NameCandidate.Kind.NAME && described || kind == NameCandidate.Kind.PERSON
                && role.isEmpty() && (Appositions.headedByOrganisationNoun(body, tokens, to)
                || Appositions.apposedToOrganisationNoun(body, tokens, from));
        NameCandidate.Kind read = organisation ? NameCandidate.Kind.ORGANISATION : kind;
        boolean introduced = SubjectClause.introducedBySpeech(text, tokens, from) || SubjectClause.reportedAfter(body, tokens, to);
        // "Roe’s comments": a possessive qualifies the noun after it; "the plan, which Roe announced": background.
        boolean clauseSubject = !last.possessive() && !SubjectClause.inRelativeClause(text, span);
        boolean speaks = introduced || clauseSubject && (verb >= 0 && Speech.isVerb(tokens.get(verb).text())
                || SubjectClause.verbFollows(body, tokens, to, word -> Speech.isVerb(word)));
        boolean agent = SubjectClause.agent(tokens, from);
        // "Nadia Cruz’s office said", "Berrien County Health Department officials said": the name's voice speaks for it.
        // "Austria’s interior minister said": a state speaks through its office-holders.
        int voice = kind == NameCandidate.Kind.COUNTRY && !last.possessive() || SubjectClause.inRelativeClause(text, span)
                ? -1 : voiceEnd(body, tokens, to);
        boolean voiceSpeaks = voice > 0 && SubjectClause.verbFollows(body, tokens, voice, Speech::isVerb);
        boolean voiceActs = voiceSpeaks || voice > 0 && SubjectClause.verbFollows(body, tokens, voice, Lexicon::isActingVerb);
        return new NameCandidate(read, NameTyping.coreText(body, tokens, from, to), role, tokens.get(from).start(),
                last.end(), text.insideQuotation(tokens.get(from).start()), last.possessive(),
                clauseSubject && (SubjectClause.verbFollows(body, tokens, to, Lexicon::isActingVerb) || verb >= 0)
                        || introduced || voiceActs,
                clauseSubject && (SubjectClause.subject(body, tokens, to) || verb >= 0
                        || SubjectClause.pluralVerbAfterPair(body, span, to)) || agent || introduced || voiceActs,
                speaks || voiceSpeaks, agent || SubjectClause.verbFollows(body, tokens, to, REPORTING::contains),
                ObjectClause.located(tokens, from),
                ObjectClause.actedOn(body, tokens, span.from(), kind == NameCandidate.Kind.COUNTRY),
                MentionTime.of(text, span, from, to));
    }

    /**
     * The index after the noun that speaks for the name ending at {@code to}, or -1: one right after it ("Velda
     * officials", "Velda spokesman"), or after its possessive a role of up to three words ("Roe’s office", "Austria’s
     * interior minister", "Roe’s former lawyer").
     */
    private static int voiceEnd(String body, List<Token> tokens, int to) {
        boolean possessive = tokens.get(to - 1).possessive();
        int limit = Math.min(tokens.size(), to + (possessive ? MAX_VOICE_WORDS : 1));
        for (int j = to; j < limit; j++) {
            Token word = tokens.get(j);
            if (word.capitalised() || !body.substring(tokens.get(j - 1).end(), word.start()).isBlank()) {
                return -1;
            }
            if (VOICES.contains(word.text()) || Lexicon.isProxy(word.text()) || possessive && Lexicon.isRoleHead(word.text())) {
                return j + 1;
            }
            if (Lexicon.isFunctionWord(word.text())) {
                return -1; // "Roe’s comments to lawyers": the noun is no voice of hers
            }
        }
        return -1;
    }
}
