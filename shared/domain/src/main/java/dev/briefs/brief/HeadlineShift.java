package dev.briefs.brief;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * What the story changed.
 *
 * @param before   the state before the news
 * @param after    the state after it
 * @param trigger  what caused the change
 * @param evidence the sentences that support each part; null in briefs made before evidence was recorded
 */
public record HeadlineShift(String before, String after, String trigger,
                            @JsonInclude(JsonInclude.Include.NON_NULL) ShiftEvidence evidence) {

    public static final HeadlineShift EMPTY = new HeadlineShift("", "", "");

    /** A headline shift whose evidence is not located yet. */
    public HeadlineShift(String before, String after, String trigger) {
        this(before, after, trigger, null);
    }

    public HeadlineShift withEvidence(ShiftEvidence sentenceIds) {
        return new HeadlineShift(before, after, trigger, sentenceIds);
    }

    /**
     * The ids of the sentences that support each part of a headline shift.
     *
     * @param before  for {@link HeadlineShift#before()}
     * @param after   for {@link HeadlineShift#after()}
     * @param trigger for {@link HeadlineShift#trigger()}
     */
    public record ShiftEvidence(List<Integer> before, List<Integer> after, List<Integer> trigger) {

        public static final ShiftEvidence NONE = new ShiftEvidence(List.of(), List.of(), List.of());

        public ShiftEvidence {
            before = before == null ? List.of() : List.copyOf(before);
            after = after == null ? List.of() : List.copyOf(after);
            trigger = trigger == null ? List.of() : List.copyOf(trigger);
        }
    }
}
