package dev.briefs.brief;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Something the story says will happen.
 *
 * @param actor    who will do it, or empty when the article does not say
 * @param action   what will happen
 * @param when     when, as the article puts it, or empty
 * @param evidence the ids of the article's sentences that say it; null in briefs made before evidence was recorded
 */
public record NextStep(String actor, String action, String when,
                       @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> evidence) {

    public NextStep {
        evidence = Evidence.copy(evidence);
    }

    /** A next step whose evidence is not located yet. */
    public NextStep(String actor, String action, String when) {
        this(actor, action, when, null);
    }

    public NextStep withEvidence(List<Integer> sentenceIds) {
        return new NextStep(actor, action, when, sentenceIds);
    }
}
