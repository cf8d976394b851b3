package dev.briefs.brief;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A verbatim quotation.
 *
 * @param speaker  who said it, as named in the article
 * @param text     the words exactly as in the article, without the surrounding quotation marks
 * @param evidence the ids of the article's sentences the words stand in, and first the one that names the speaker
 *                 when it stands further back (a "he added" refers to it); null in briefs made before evidence was
 *                 recorded
 */
public record Quote(String speaker, String text, @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> evidence) {

    public Quote {
        evidence = Evidence.copy(evidence);
    }

    /** A quote whose evidence is not located yet. */
    public Quote(String speaker, String text) {
        this(speaker, text, null);
    }

    public Quote withEvidence(List<Integer> sentenceIds) {
        return new Quote(speaker, text, sentenceIds);
    }
}
