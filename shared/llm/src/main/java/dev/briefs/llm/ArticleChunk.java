package dev.briefs.llm;

import dev.briefs.article.Block;

import java.util.List;

/**
 * One part of an article small enough for one model call.
 *
 * @param number the part's position, from 1
 * @param of     how many parts the article was split into
 * @param title  the article's title, repeated in every part
 * @param blocks the part's blocks, in reading order
 */
public record ArticleChunk(int number, int of, String title, List<Block> blocks) {

    public ArticleChunk {
        blocks = List.copyOf(blocks);
    }

    /** Whether this is the whole article rather than a part of it. */
    public boolean isWhole() {
        return of == 1;
    }
}
