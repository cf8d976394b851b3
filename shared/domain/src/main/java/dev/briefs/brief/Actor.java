package dev.briefs.brief;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A person or organisation that acts in the story.
 *
 * @param name     the full name as first written in the article
 * @param role     the role the article gives them (for example "UK Prime Minister"), or empty
 * @param type     {@code person} or {@code organisation}
 * @param mentions how many times the article mentions them
 * @param evidence the ids of the article's sentences that name them (see {@link ParsedArticle}); null in briefs made
 *                 before evidence was recorded
 */
public record Actor(String name, String role, String type, int mentions,
                    @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> evidence) {

    public static final String PERSON = "person";
    public static final String ORGANISATION = "organisation";

    public Actor {
        evidence = Evidence.copy(evidence);
    }

    /** An actor whose evidence is not located yet. */
    public Actor(String name, String role, String type, int mentions) {
        this(name, role, type, mentions, null);
    }

    public Actor withEvidence(List<Integer> sentenceIds) {
        return new Actor(name, role, type, mentions, sentenceIds);
    }
}
