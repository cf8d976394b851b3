package dev.briefs.llm;

import dev.briefs.article.NumberedSentences;
import dev.briefs.article.NumberedSentences.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article whose prompt would exceed the input limit into parts of similar size, on block boundaries where
 * it can. Nothing is dropped: a block larger than a whole part is split between its sentences, and a sentence larger
 * than a part between words, each piece keeping its sentence's number.
 */
final class ArticleChunker {

    /** Not worth a call: a part is never planned smaller than this, whatever the title costs. */
    private static final int MIN_ARTICLE_TOKENS_PER_PART = 200;

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

    /** The parts of an article: one, the whole article, when it fits. */
    List<ArticleChunk> split(NumberedSentences article) {
        Sentence title = article.count() > 0 && article.get(1).block() < 0 ? article.get(1) : null;
        List<Sentence> body = article.all().stream().filter(sentence -> sentence.block() >= 0).toList();
        int budget = Math.max(MIN_ARTICLE_TOKENS_PER_PART,
                maxInputTokens - promptOverheadTokens - (title == null ? 0 : cost(title)));
        List<List<Sentence>> units = new ArrayList<>();
        int total = 0;
        for (List<Sentence> block : blocks(body)) {
            for (List<Sentence> unit : fitting(block, budget)) {
                units.add(unit);
                total += cost(unit);
            }
        }
        if (total <= budget) {
            return List.of(new ArticleChunk(1, 1, title, body));
        }
        List<List<Sentence>> groups = null;
        for (int parts = (int) Math.ceil((double) total / budget); groups == null; parts++) {
            groups = pack(units, budget, total / (double) parts, parts);
        }
        List<ArticleChunk> chunks = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            chunks.add(new ArticleChunk(i + 1, groups.size(), title, groups.get(i)));
        }
        return chunks;
    }

    /** The sentences grouped by block, in order. */
    private static List<List<Sentence>> blocks(List<Sentence> body) {
        List<List<Sentence>> blocks = new ArrayList<>();
        for (Sentence sentence : body) {
            if (blocks.isEmpty() || blocks.getLast().getFirst().block() != sentence.block()) {
                blocks.add(new ArrayList<>());
            }
            blocks.getLast().add(sentence);
        }
        return blocks;
    }

    /**
     * The units packed into at most {@code parts} groups of about {@code target} each, or null when they do not go
     * into so few. Equal parts rather than full parts and a scrap, so that each part keeps context of its own: a unit
     * joins the current group when at least half of it falls within the target and all of it within the budget.
     */
    private static List<List<Sentence>> pack(List<List<Sentence>> units, int budget, double target, int parts) {
        List<List<Sentence>> groups = new ArrayList<>();
        List<Sentence> current = new ArrayList<>();
        int size = 0;
        for (List<Sentence> unit : units) {
            int cost = cost(unit);
            if (!current.isEmpty() && (size + cost > budget || size + cost / 2.0 > target)) {
                groups.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.addAll(unit);
            size += cost;
        }
        groups.add(current);
        return groups.size() <= parts ? groups : null;
    }

    /** The block whole when it fits in a part, else its sentences, a sentence too large cut between words. */
    private static List<List<Sentence>> fitting(List<Sentence> block, int budget) {
        if (cost(block) <= budget) {
            return List.of(block);
        }
        List<List<Sentence>> units = new ArrayList<>();
        for (Sentence sentence : block) {
            if (cost(sentence) <= budget) {
                units.add(List.of(sentence));
                continue;
            }
            StringBuilder piece = new StringBuilder();
            for (String word : sentence.text().split(" ")) {
                if (!piece.isEmpty() && cost(piece(sentence, piece + " " + word)) > budget) {
                    units.add(List.of(piece(sentence, piece.toString())));
                    piece.setLength(0);
                }
                piece.append(piece.isEmpty() ? "" : " ").append(word);
            }
            if (!piece.isEmpty()) {
                units.add(List.of(piece(sentence, piece.toString())));
            }
        }
        return units;
    }

    private static Sentence piece(Sentence sentence, String text) {
        return new Sentence(sentence.id(), sentence.block(), sentence.start(), sentence.end(), text);
    }

    /** What sentences cost in the prompt, with their numbers and the blank line after their block. */
    private static int cost(List<Sentence> sentences) {
        return sentences.stream().mapToInt(ArticleChunker::cost).sum() + 1;
    }

    private static int cost(Sentence sentence) {
        return TokenEstimate.of(BriefPrompt.numbered(sentence));
    }
}
