package dev.briefs.llm;

import dev.briefs.article.Article;
import dev.briefs.brief.Actor;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.HeadlineShift;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Stands in for the extractive engine: a recognisable brief, and a count of how often it was asked. */
final class StubExtractiveEngine implements dev.briefs.engine.BriefEngine {

    static final String MODEL = "stub-extractive-1";

    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public BriefContent brief(Article article) {
        calls.incrementAndGet();
        return new BriefContent(new HeadlineShift("", "", article.title()),
                List.of(new Actor("Extracted Actor", "", Actor.PERSON, 1)), List.of(), List.of(),
                EngineInfo.of("extractive", MODEL));
    }

    int calls() {
        return calls.get();
    }
}
