package dev.briefs.brief;

import java.util.List;

/**
 * The four parts of a brief, as an engine produces them, with the engine's account of itself.
 *
 * @param headlineShift what the story changed
 * @param actors        who acts in it
 * @param quotes        verbatim quotations with speakers
 * @param nextSteps     what happens next
 * @param engine        which engine made it
 */
public record BriefContent(HeadlineShift headlineShift, List<Actor> actors, List<Quote> quotes,
                           List<NextStep> nextSteps, EngineInfo engine) {

    public BriefContent {
        headlineShift = headlineShift == null ? HeadlineShift.EMPTY : headlineShift;
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        nextSteps = List.copyOf(nextSteps);
    }

    public BriefContent withEngine(EngineInfo info) {
        return new BriefContent(headlineShift, actors, quotes, nextSteps, info);
    }
}
