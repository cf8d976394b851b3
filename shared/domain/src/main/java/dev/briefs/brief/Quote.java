package dev.briefs.brief;

/**
 * A verbatim quotation.
 *
 * @param speaker who said it, as named in the article
 * @param text    the words exactly as in the article, without the surrounding quotation marks
 */
public record Quote(String speaker, String text) {
}
