package dev.briefs.llm;

import dev.briefs.article.NumberedSentences.Sentence;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One part of an article small enough for one model call.
 *
 * @param number    the part's position, from 1
 * @param of        how many parts the article was split into
 * @param title     the article's title sentence, repeated in every part; null when the article has no title
 * @param sentences the part's body sentences, in reading order, numbered as in the whole article; a sentence too long
 *                  for one part comes in pieces that carry its number
 */
public record ArticleChunk(int number, int of, Sentence title, List<Sentence> sentences) {

    public ArticleChunk {
        sentences = List.copyOf(sentences);
    }

    /** Whether this is the whole article rather than a part of it. */
    public boolean isWhole() {
        return of == 1;
    }

    /** The ids of the sentences this part shows, the title's included. */
    Set<Integer> sentenceIds() {
        Set<Integer> ids = sentences.stream().map(Sentence::id).collect(Collectors.toSet());
        if (title != null) {
            ids.add(title.id());
        }
        return ids;
    }
}
