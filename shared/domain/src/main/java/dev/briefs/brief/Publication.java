package dev.briefs.brief;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the article says about its own publication, where it says it (meta tags, JSON-LD, PDF properties, a byline).
 * Every field may be null.
 *
 * @param byline       the author line
 * @param date         the publication date, ISO-8601 where it could be normalised
 * @param language     the BCP 47 language tag
 * @param canonicalUrl the canonical URL of the page
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Publication(String byline, String date, String language, String canonicalUrl) {

}
