package dev.briefs.brief;

import java.util.List;

/**
 * The text a brief was made from, as the engines saw it (the title, then the body's blocks), split into numbered
 * sentences. The ids are what a brief's {@code evidence} lists cite: they count from 1 in reading order, the title
 * being sentence 1 when there is one. The JSON field names are an interface ({@code GET /briefs/{id}/article}).
 *
 * @param id        the brief's id
 * @param title     the article's headline
 * @param sentences every sentence of the title and body, in order
 */
public record ParsedArticle(String id, String title, List<Sentence> sentences) {

    public ParsedArticle {
        sentences = List.copyOf(sentences);
    }

    /**
     * One sentence, or one block where the block could not be split into sentences (a table row, a line of 20,000
     * words without a full stop).
     *
     * @param id   its number, from 1
     * @param text its text, whitespace-normalised
     */
    public record Sentence(int id, String text) {
    }
}
