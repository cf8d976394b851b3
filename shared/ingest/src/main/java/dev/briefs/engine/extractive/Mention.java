package dev.briefs.engine.extractive;

/**
 * One place where the article names a cast member.
 *
 * @param member     the member's id in its {@link Cast}
 * @param start      offset of the name in the body (titles excluded)
 * @param end        offset after the name (possessive ending included)
 * @param quoted     whether it stands inside a quotation
 * @param possessive whether it is written as a possessive ("Zelenskyy’s"), a modifier rather than a subject
 */
record Mention(int member, int start, int end, boolean quoted, boolean possessive) {
}
