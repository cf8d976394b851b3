package dev.briefs.engine;

import dev.briefs.article.Article;
import dev.briefs.brief.BriefContent;

/**
 * Turns a parsed article into the four parts of a brief. Implementations are thread-safe.
 */
public interface BriefEngine {

    /**
     * Briefs one article.
     *
     * @param article the parsed article; its body excludes boilerplate
     * @return the brief's content and the engine's account of itself
     */
    BriefContent brief(Article article);
}
