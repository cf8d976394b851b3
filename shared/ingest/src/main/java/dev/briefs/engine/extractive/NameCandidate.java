package dev.briefs.engine.extractive;

/**
 * One capitalised run read as a name: what {@link CandidateReader} makes of the text, and what {@link CastBuilder}
 * builds the cast from.
 *
 * @param kind       what the name is
 * @param core       the name as written, title and possessive ending removed
 * @param role       the role written with it, or empty
 * @param start      offset of the name
 * @param end        offset after it, possessive ending included
 * @param quoted     whether it stands inside a quotation
 * @param possessive whether it is written as a possessive
 * @param acting     whether a verb of action or speech follows it directly ("Russia launched")
 * @param subject    whether any verb follows it, as it does a sentence subject ("the hospital will close"), or it is
 *                   the agent after "by"
 * @param speaks     whether a verb of speech follows it ("Roe said", "Roe, the attorney, said") or introduces it
 *                   ("said Ann Roe", "according to Roe")
 * @param reports    whether a verb of reporting follows it ("NBC News reported") or it is the agent of a passive
 *                   ("reviewed by Reuters"): what an outlet does when it carries the story
 * @param located    whether a preposition of place stands before it ("in Rotterdam")
 * @param actedOn    whether a verb of action stands right before it, as before its object ("defeated Ann Roe")
 * @param time       where the name stands against the story's events: in them, in their background (the pluperfect,
 *                   "Roe had said"; a sentence set in an earlier month or year, "In May, Roe said"; an interviewer's
 *                   question) or in history ("the late Ann Roe", "Roe once said")
 */
record NameCandidate(Kind kind, String core, String role, int start, int end, boolean quoted,
                     boolean possessive, boolean acting, boolean subject, boolean speaks, boolean reports,
                     boolean located, boolean actedOn, Time time) {

    /** A name read without the sentence around it, as a transcript's speaker label is: history or in the events. */
    NameCandidate(Kind kind, String core, String role, int start, int end, boolean quoted, boolean possessive,
                  boolean acting, boolean subject, boolean speaks, boolean reports, boolean located, boolean actedOn,
                  boolean historical) {
        this(kind, core, role, start, end, quoted, possessive, acting, subject, speaks, reports, located, actedOn,
                historical ? Time.HISTORY : Time.EVENTS);
    }

    /** Where a name stands against the story's events. */
    enum Time { EVENTS, BACKGROUND, HISTORY }

    /** What a name is: a country acts only when it acts twice, a bare name only once it matches a full one. */
    enum Kind { PERSON, ORGANISATION, ACRONYM, COUNTRY, NAME }

    boolean singleWord() {
        return core.indexOf(' ') < 0;
    }

    /** This name as one of a list whose verb comes after {@code last}: "Ruiz and Cho said" makes both speak. */
    NameCandidate sharingVerbOf(NameCandidate last) {
        return new NameCandidate(kind, core, role, start, end, quoted, possessive, acting || last.acting,
                subject || last.subject, speaks || last.speaks, reports, located, actedOn, time);
    }

    /** This name as one of a list after a verb of speech: "said Ann Roe and Bo Lind", "said to be Ann Roe and Bo Lind". */
    NameCandidate sharingClauseOf(NameCandidate first) {
        return new NameCandidate(kind, core, role, start, end, quoted, possessive, acting || first.acting,
                subject || first.subject, speaks || first.speaks, reports, located, actedOn, time);
    }

    /** The part {@code core[from, to)} of this name, as a name of its own of kind {@code other}. */
    NameCandidate part(int from, int to, Kind other) {
        return new NameCandidate(other, core.substring(from, to), from == 0 ? role : "", start + from,
                to == core.length() ? end : start + to,
                quoted, to == core.length() && possessive, to == core.length() && acting,
                to == core.length() && subject, to == core.length() && speaks, reports, located && from == 0,
                actedOn && from == 0, time);
    }

    /** This name as the story's own words, though it stands in quotation marks ("ООО «Северный картон»"). */
    NameCandidate unquoted() {
        return new NameCandidate(kind, core, role, start, end, false, possessive, acting, subject, speaks, reports,
                located, actedOn, time);
    }

    /** This name as the subject of a verb the reader did not see after it, a verb of speech when {@code speech}. */
    NameCandidate subjectOf(boolean speech) {
        return new NameCandidate(kind, core, role, start, end, quoted, possessive, true, true, speaks || speech, reports,
                located, actedOn, time);
    }

    NameCandidate as(Kind other) {
        return new NameCandidate(other, core, role, start, end, quoted, possessive, acting, subject, speaks, reports, located, actedOn,
                time);
    }
}
