package dev.briefs.engine.extractive;

import dev.briefs.article.Article;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.engine.BriefEngine;

import java.util.List;

/**
 * The default engine: briefs an article offline, by reading its structure rather than calling a model. Every part
 * of the brief is drawn from the article: quotations verbatim, actors as the article names them, the headline shift
 * and next steps as clauses of its sentences. Deterministic and stateless, hence thread-safe; linear in the length
 * of the article.
 */
public final class ExtractiveBriefEngine implements BriefEngine {

    /** The engine's name in {@link EngineInfo#provider()}. */
    public static final String PROVIDER = "extractive";
    /** The version reported as the engine's model; raise it when the output of the same article changes. */
    public static final String VERSION = "extractive-1.0";

    @Override
    public BriefContent brief(Article article) {
        ArticleText text = ArticleText.of(article);
        if (!Language.isEnglish(text.body())) {
            // Only the lede's main clause reads the same in any language; the rest needs English cues.
            HeadlineShift shift = HeadlineShiftExtractor.extract(text);
            return new BriefContent(new HeadlineShift("", shift.after(), ""), List.of(), List.of(), List.of(),
                    EngineInfo.of(PROVIDER, VERSION));
        }
        Cast cast = ActorExtractor.extract(text);
        return new BriefContent(
                HeadlineShiftExtractor.extract(text),
                cast.actors(),
                QuoteExtractor.extract(text, cast),
                NextStepExtractor.extract(text, cast),
                EngineInfo.of(PROVIDER, VERSION));
    }
}
