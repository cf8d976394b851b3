package dev.briefs.brief;

/**
 * Something the story says will happen.
 *
 * @param actor  who will do it, or empty when the article does not say
 * @param action what will happen
 * @param when   when, as the article puts it, or empty
 */
public record NextStep(String actor, String action, String when) {
}
