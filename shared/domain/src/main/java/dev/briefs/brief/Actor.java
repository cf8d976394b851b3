package dev.briefs.brief;

/**
 * A person or organisation that acts in the story.
 *
 * @param name     the full name as first written in the article
 * @param role     the role the article gives them (for example "UK Prime Minister"), or empty
 * @param type     {@code person} or {@code organisation}
 * @param mentions how many times the article mentions them
 */
public record Actor(String name, String role, String type, int mentions) {

    public static final String PERSON = "person";
    public static final String ORGANISATION = "organisation";
}
