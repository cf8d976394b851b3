package dev.briefs.story;

import dev.briefs.brief.Actor;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.Quote;
import dev.briefs.brief.Source;
import dev.briefs.store.BriefIds;

import java.time.Instant;
import java.util.List;

/** READY briefs made up for tests of the actor index and related briefs. */
public final class StoryBriefs {

    private StoryBriefs() {
    }

    public static Actor person(String name, String role) {
        return new Actor(name, role, Actor.PERSON, 2);
    }

    public static Actor organisation(String name) {
        return new Actor(name, "", Actor.ORGANISATION, 2);
    }

    /** A READY brief of the object {@code key}, created at {@code createdAt}. */
    public static Brief ready(String key, Instant createdAt, String title, String after, List<Actor> actors,
                              List<Quote> quotes) {
        Source source = new Source("bucket", key, "etag", null, 100L, null);
        return Brief.processing(BriefIds.of("bucket", key), source, createdAt).ready(source, title,
                new BriefContent(new HeadlineShift("before " + title, after, "trigger"), actors, quotes, List.of(),
                        EngineInfo.of("extractive", "test")), createdAt);
    }
}
