package dev.briefs.engine;

import dev.briefs.article.Article;
import dev.briefs.brief.BriefContent;

/** Records the wall time of an engine in {@code engine.latencyMs}, unless the engine recorded it itself. */
public final class TimedBriefEngine implements BriefEngine {

    private final BriefEngine engine;

    public TimedBriefEngine(BriefEngine engine) {
        this.engine = engine;
    }

    @Override
    public BriefContent brief(Article article) {
        long start = System.nanoTime();
        BriefContent content = engine.brief(article);
        if (content.engine().latencyMs() != null) {
            return content;
        }
        return content.withEngine(content.engine().withLatency((System.nanoTime() - start) / 1_000_000));
    }
}
