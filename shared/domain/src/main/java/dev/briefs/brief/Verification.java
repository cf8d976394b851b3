package dev.briefs.brief;

import java.util.List;

/**
 * What the verifier removed from an engine's answer because the article does not support it.
 *
 * @param droppedQuotes    quotes that do not occur verbatim in the article body
 * @param droppedActors    actors whose names do not occur in the body
 * @param droppedSpeakers  quotes whose speaker is neither an actor nor named in the body
 * @param droppedNextSteps next steps that were dropped
 * @param dropped          each dropped item with the reason
 */
public record Verification(int droppedQuotes, int droppedActors, int droppedSpeakers, int droppedNextSteps,
                           List<DroppedItem> dropped) {

    public Verification {
        dropped = List.copyOf(dropped);
    }

    /**
     * One dropped item.
     *
     * @param kind   {@code quote}, {@code actor}, {@code speaker} or {@code nextStep}
     * @param value  the item as the engine gave it
     * @param reason why it was dropped
     */
    public record DroppedItem(String kind, String value, String reason) {
    }
}
