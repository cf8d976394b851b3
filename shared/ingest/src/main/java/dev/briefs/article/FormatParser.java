package dev.briefs.article;

/** Parses decoded text of one format into an article. Implementations are stateless and thread-safe. */
public interface FormatParser {

    /**
     * Parses one document.
     *
     * @param text the decoded document
     * @return the article, with boilerplate removed; an article with no blocks when nothing usable was found
     */
    Article parse(String text);
}
