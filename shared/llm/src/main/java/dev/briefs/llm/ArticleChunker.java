package dev.briefs.llm;

import dev.briefs.article.Article;
import dev.briefs.article.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an article whose prompt would exceed the input limit into parts, on block boundaries, of similar size.
 * Nothing is dropped: a block larger than a whole part is split between sentences, and a sentence larger than a part
 * between words.
 */
final class ArticleChunker {

    /** Not worth a call: a part is never planned smaller than this, whatever the title costs. */
    private static final int MIN_ARTICLE_TOKENS_PER_PART = 200;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u2026][\"'\u201D\u2019\u00BB)]?)\\s+");

    private final int maxInputTokens;
    private final int promptOverheadTokens;

    /**
     * @param maxInputTokens       the most a whole prompt (instructions and article) may cost
     * @param promptOverheadTokens what the instructions cost without the article's title and text
     */
    ArticleChunker(int maxInputTokens, int promptOverheadTokens) {
        this.maxInputTokens = maxInputTokens;
        this.promptOverheadTokens = promptOverheadTokens;
    }

    /** The parts of {@code article}: one, the whole article, when it fits. */
    List<ArticleChunk> split(Article article) {
        int budget = Math.max(MIN_ARTICLE_TOKENS_PER_PART,
                maxInputTokens - promptOverheadTokens - TokenEstimate.of(article.title()));
        List<Block> pieces = new ArrayList<>();
        int total = 0;
        for (Block block : article.blocks()) {
            for (Block piece : fitting(block, budget)) {
                pieces.add(piece);
                total += cost(piece);
            }
        }
        if (total <= budget) {
            return List.of(new ArticleChunk(1, 1, article.title(), article.blocks()));
        }
        List<List<Block>> groups = null;
        for (int parts = (int) Math.ceil((double) total / budget); groups == null; parts++) {
            groups = pack(pieces, budget, total / (double) parts, parts);
        }
        List<ArticleChunk> chunks = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            chunks.add(new ArticleChunk(i + 1, groups.size(), article.title(), groups.get(i)));
        }
        return chunks;
    }

    /**
     * The pieces packed into at most {@code parts} groups of about {@code target} each, or null when they do not go
     * into so few. Equal parts rather than full parts and a scrap, so that each part keeps context of its own: a piece
     * joins the current group when at least half of it falls within the target and all of it within the budget.
     */
    private static List<List<Block>> pack(List<Block> pieces, int budget, double target, int parts) {
        List<List<Block>> groups = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        int size = 0;
        for (Block piece : pieces) {
            int cost = cost(piece);
            if (!current.isEmpty() && (size + cost > budget || size + cost / 2.0 > target)) {
                groups.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(piece);
            size += cost;
        }
        groups.add(current);
        return groups.size() <= parts ? groups : null;
    }

    /** The block itself when it fits in a part, else its sentences (or words) packed into pieces that do. */
    private static List<Block> fitting(Block block, int budget) {
        if (cost(block) <= budget) {
            return List.of(block);
        }
        List<String> units = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(block.text())) {
            if (TokenEstimate.of(sentence) <= budget) {
                units.add(sentence);
            } else {
                units.addAll(List.of(sentence.split(" ")));
            }
        }
        List<Block> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String unit : units) {
            if (!piece.isEmpty() && TokenEstimate.of(piece + " " + unit) > budget) {
                pieces.add(new Block(block.kind(), piece.toString()));
                piece.setLength(0);
            }
            piece.append(piece.isEmpty() ? "" : " ").append(unit);
        }
        if (!piece.isEmpty()) {
            pieces.add(new Block(block.kind(), piece.toString()));
        }
        return pieces;
    }

    /** A block's cost in the prompt, with the blank line that separates it from the next. */
    private static int cost(Block block) {
        return TokenEstimate.of(block.text()) + 1;
    }
}
