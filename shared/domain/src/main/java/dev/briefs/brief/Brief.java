package dev.briefs.brief;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.List;

/**
 * A stored brief. The JSON field names are an interface that clients read: keep them.
 *
 * @param id            stable id, derived from the source bucket and key
 * @param schemaVersion {@value #SCHEMA_VERSION} for briefs whose items carry {@code evidence}; null in older briefs
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
@JsonPropertyOrder({"id", "schemaVersion", "status", "source", "title", "published", "headlineShift", "actors", "quotes", "nextSteps", "engine",
        "error", "createdAt", "updatedAt"})
public record Brief(String id, Integer schemaVersion, BriefStatus status, Source source, String title, Publication published,
                    HeadlineShift headlineShift,
                    List<Actor> actors, List<Quote> quotes, List<NextStep> nextSteps, EngineInfo engine,
                    BriefError error, Instant createdAt, Instant updatedAt) {

    /** The version of the brief's JSON that this code writes: 2 added evidence. */
    public static final int SCHEMA_VERSION = 2;

    public Brief {
        actors = actors == null ? List.of() : List.copyOf(actors);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        nextSteps = nextSteps == null ? List.of() : List.copyOf(nextSteps);
    }

    /** A brief of the current {@link #SCHEMA_VERSION}. */
    public Brief(String id, BriefStatus status, Source source, String title, Publication published,
                 HeadlineShift headlineShift, List<Actor> actors, List<Quote> quotes, List<NextStep> nextSteps,
                 EngineInfo engine, BriefError error, Instant createdAt, Instant updatedAt) {
        this(id, SCHEMA_VERSION, status, source, title, published, headlineShift, actors, quotes, nextSteps, engine,
                error, createdAt, updatedAt);
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
        return new Brief(id, schemaVersion, status, source, title, publication, headlineShift, actors, quotes, nextSteps, engine, error,
                createdAt, updatedAt);
    }
}
