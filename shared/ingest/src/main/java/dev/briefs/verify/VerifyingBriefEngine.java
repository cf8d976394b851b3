package dev.briefs.verify;

import dev.briefs.article.Article;
import dev.briefs.brief.BriefContent;
import dev.briefs.engine.BriefEngine;

/**
 * Passes an engine's answer through the {@link BriefVerifier}, so that every stored brief, whatever made it, holds
 * only what the article supports and says what was dropped.
 */
public final class VerifyingBriefEngine implements BriefEngine {

    private final BriefEngine engine;
    private final BriefVerifier verifier = new BriefVerifier();

    public VerifyingBriefEngine(BriefEngine engine) {
        this.engine = engine;
    }

    @Override
    public BriefContent brief(Article article) {
        return verifier.verify(article, engine.brief(article));
    }
}
