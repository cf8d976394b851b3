package dev.briefs.article.html;

import dev.briefs.article.ArticleMetadata;

/**
 * What the page says about itself: the cleaned headline and the article's metadata.
 *
 * @param title    the headline, without the site name; empty when the page has none
 * @param metadata the byline, publication date, language and canonical URL, each null when absent
 */
record PageMetadata(String title, ArticleMetadata metadata) {
}
