package dev.briefs.brief;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.briefs.article.ArticleMetadata;

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

    /** The publication details of parsed metadata, or null when the article gave none. */
    public static Publication of(ArticleMetadata metadata) {
        if (metadata == null || metadata.equals(ArticleMetadata.NONE)) {
            return null;
        }
        return new Publication(metadata.byline(), metadata.published(), metadata.language(), metadata.canonicalUrl());
    }
}
