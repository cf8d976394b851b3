package dev.briefs.brief;

import java.util.List;

/** Evidence lists: sentence ids of a {@link ParsedArticle}, in reading order. */
final class Evidence {

    private Evidence() {
    }

    /** An immutable copy; null stays null, since it marks a brief made before evidence was recorded. */
    static List<Integer> copy(List<Integer> sentenceIds) {
        return sentenceIds == null ? null : List.copyOf(sentenceIds);
    }
}
