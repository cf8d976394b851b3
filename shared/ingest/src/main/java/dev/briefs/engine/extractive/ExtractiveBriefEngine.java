package dev.briefs.engine.extractive;

import dev.briefs.article.Article;
import dev.briefs.article.NumberedSentences;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.Quote;
import dev.briefs.engine.BriefEngine;

import java.util.List;
import java.util.Optional;

/**
 * The default engine: briefs an article offline, by reading its structure rather than calling a model. Every part
 * of the brief is drawn from the article: quotations verbatim, actors as the article names them, the headline shift
 * and next steps as clauses of its sentences, each with the sentences it was found in ({@link EvidenceLocator}).
 * Deterministic and stateless, hence thread-safe; linear in the length of the article.
 */
public final class ExtractiveBriefEngine implements BriefEngine {

    /** The engine's name in {@link EngineInfo#provider()}. */
    public static final String PROVIDER = "extractive";
    /** The version reported as the engine's model; raise it when the output of the same article changes. */
    public static final String VERSION = "extractive-3.14";

    /** The language the engine reads the article in: an ISO 639-1 code, or empty when it knows none of its cues. */
    public static String language(Article article) {
        return Language.detect(article.body());
    }

    @Override
    public BriefContent brief(Article article) {
        return EvidenceLocator.locate(extract(article), NumberedSentences.of(article));
    }

    private static BriefContent extract(Article article) {
        SegmentedArticle page = SegmentedArticle.of(article);
        Optional<Transcript> transcript = Transcript.read(page);
        if (transcript.isPresent()) {
            // A transcript's labels say who speaks: the journalists' turns tell the story, the others' are quotes.
            SegmentedArticle told = transcript.get().told();
            return content(told, transcript.get().said(),
                    TranscriptCast.build(told, transcript.get(), article.metadata().byline()),
                    TranscriptQuotes.extract(transcript.get()));
        }
        Cast cast = CastBuilder.build(page, article.metadata().byline());
        return content(page, page, cast, QuoteExtractor.extract(page, cast));
    }

    /** The brief of a text; its next steps are read from {@code plans}, the same text unless it is a transcript. */
    private static BriefContent content(SegmentedArticle text, SegmentedArticle plans, Cast cast, List<Quote> quotes) {
        return new BriefContent(
                HeadlineShiftExtractor.extract(text),
                CastRanking.actors(text, cast, quotes),
                quotes,
                NextStepExtractor.extract(plans, cast, quotes),
                EngineInfo.of(PROVIDER, VERSION));
    }
}
