package dev.briefs.brief;

/**
 * What the story changed.
 *
 * @param before  the state before the news
 * @param after   the state after it
 * @param trigger what caused the change
 */
public record HeadlineShift(String before, String after, String trigger) {

    public static final HeadlineShift EMPTY = new HeadlineShift("", "", "");
}
