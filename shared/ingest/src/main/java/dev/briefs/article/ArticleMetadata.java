package dev.briefs.article;

import dev.briefs.brief.Publication;

/**
 * What a page says about itself, where it says it. Every field may be null.
 *
 * @param byline       the author line
 * @param published    the publication date as the page gives it (ISO-8601 where it can be normalised)
 * @param language     the BCP 47 language tag
 * @param canonicalUrl the canonical URL of the page
 */
public record ArticleMetadata(String byline, String published, String language, String canonicalUrl) {

    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null);

    /** What the brief says of its publication, or null when the article said nothing about it. */
    public Publication publication() {
        return equals(NONE) ? null : new Publication(byline, published, language, canonicalUrl);
    }
}
