package dev.briefs.brief;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.List;

/**
 * A stored brief. The JSON field names are an interface that clients read: keep them.
 *
 * @param id            stable id, derived from the source bucket and key
 * @param status        PROCESSING, READY or FAILED
 * @param source        the object it was made from
 * @param title         the article's headline, once parsed
 * @param published     byline, date, language and canonical URL, where the article gives them
 * @param headlineShift what the story changed
 * @param actors        who acts in it
 * @param quotes        verbatim quotations
 * @param nextSteps     what happens next
 * @param engine        which engine made it
 * @param error         why it failed, only when FAILED
 * @param createdAt     when processing of this object version started
 * @param updatedAt     the last change of the record
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "status", "source", "title", "published", "headlineShift", "actors", "quotes", "nextSteps", "engine",
        "error", "createdAt", "updatedAt"})
public record Brief(String id, BriefStatus status, Source source, String title, Publication published,
                    HeadlineShift headlineShift,
                    List<Actor> actors, List<Quote> quotes, List<NextStep> nextSteps, EngineInfo engine,
                    BriefError error, Instant createdAt, Instant updatedAt) {

    public Brief {
        actors = actors == null ? List.of() : List.copyOf(actors);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        nextSteps = nextSteps == null ? List.of() : List.copyOf(nextSteps);
    }

    /** A record for an object whose processing has just started. */
    public static Brief processing(String id, Source source, Instant now) {
        return new Brief(id, BriefStatus.PROCESSING, source, null, null, null, null, null, null, null, null, now, now);
    }

    /** This record, READY with the given title and content. */
    public Brief ready(Source parsedSource, String parsedTitle, BriefContent content, Instant now) {
        return new Brief(id, BriefStatus.READY, parsedSource, parsedTitle, null, content.headlineShift(),
                content.actors(), content.quotes(), content.nextSteps(), content.engine(), null, createdAt, now);
    }

    /** This record, FAILED with the given reason. */
    public Brief failed(Source knownSource, BriefError reason, Instant now) {
        return new Brief(id, BriefStatus.FAILED, knownSource, title, published, null, null, null, null, engine, reason,
                createdAt, now);
    }

    /** This record with the article's publication details (null when it gave none). */
    public Brief withPublished(Publication publication) {
        return new Brief(id, status, source, title, publication, headlineShift, actors, quotes, nextSteps, engine, error,
                createdAt, updatedAt);
    }
}
