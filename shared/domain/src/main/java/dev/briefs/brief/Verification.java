package dev.briefs.brief;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * What the verifier removed from an engine's answer because the article does not support it.
 *
 * @param droppedQuotes    quotes that do not occur verbatim in the article body
 * @param droppedActors    actors whose names do not occur in the body
 * @param droppedSpeakers  speakers the body does not support (not an actor, not named, or not named near the quote);
 *                         their quotes are kept with an empty speaker unless they are fragments of a few words
 * @param droppedNextSteps next steps that were dropped
 * @param dropped          each dropped item with the reason
 * @param reanchored       items kept with other sentences than they cited, because their own did not support them;
 *                         null in briefs made before evidence was checked
 * @param support          the support score of each kept item checked by its words (next steps, the headline
 *                         shift's parts); null in briefs made before evidence was checked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(int droppedQuotes, int droppedActors, int droppedSpeakers, int droppedNextSteps,
                           List<DroppedItem> dropped, Integer reanchored, List<Support> support) {

    public Verification {
        dropped = List.copyOf(dropped);
        support = support == null ? null : List.copyOf(support);
    }

    /** A verification that did not check evidence. */
    public Verification(int droppedQuotes, int droppedActors, int droppedSpeakers, int droppedNextSteps,
                        List<DroppedItem> dropped) {
        this(droppedQuotes, droppedActors, droppedSpeakers, droppedNextSteps, dropped, null, null);
    }

    /**
     * One dropped item.
     *
     * @param kind   {@code quote}, {@code actor}, {@code speaker}, {@code nextStep}, {@code before}, {@code after}
     *               or {@code trigger}
     * @param value  the item as the engine gave it
     * @param reason why it was dropped
     */
    public record DroppedItem(String kind, String value, String reason) {
    }

    /**
     * How well the sentences an item cites support it: the share of the item's content words that they contain.
     *
     * @param kind  {@code nextStep}, {@code before}, {@code after} or {@code trigger}
     * @param item  the item's position in its list (0 for the parts of the headline shift)
     * @param score from 0 to 1, two decimals
     */
    public record Support(String kind, int item, double score) {
    }
}
