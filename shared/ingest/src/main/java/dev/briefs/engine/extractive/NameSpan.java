package dev.briefs.engine.extractive;

import java.util.List;

/**
 * A run of capitalised words in one paragraph ("UK Prime Minister Keir Starmer", "Coalition of the Willing"): the raw
 * material of names, before titles, places and sentence-initial words are told apart.
 *
 * @param paragraph       the paragraph index
 * @param tokens          all words of the paragraph
 * @param from            index of the run's first word in {@code tokens}
 * @param to              index after its last word
 * @param sentenceInitial whether the run opens a sentence (or a quotation), where any word is capitalised
 * @param quoted          whether the run stands inside a quotation
 */
record NameSpan(int paragraph, List<Token> tokens, int from, int to, boolean sentenceInitial, boolean quoted) {

    int start() {
        return tokens.get(from).start();
    }

    int end() {
        return tokens.get(to - 1).end();
    }

    Token token(int index) {
        return tokens.get(index);
    }
}
