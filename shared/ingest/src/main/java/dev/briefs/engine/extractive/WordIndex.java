package dev.briefs.engine.extractive;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a whole text, scanned once, from which {@link Tokenizer#words} serves any range of it: the stages read
 * the body of an article range by range (each sentence by several stages), and a scan per range cost 6% of the
 * engine's time. A range gets the words a scan of it would give: the whole words inside it, and at an edge that
 * cuts a word, the part a scan of the range finds, scanned again.
 *
 * <p>Kept for the thread, keyed by the text's identity: a text of at least {@link #MIN_CHARS} characters (an
 * article's body, not a name or a line) is indexed when first read, and the last {@link #SLOTS} such texts keep their
 * index, so that a transcript's two bodies do not evict each other.
 */
final class WordIndex {

    static final int MIN_CHARS = 2000;
    private static final int SLOTS = 3;
    private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

    private final String text;
    private final Token[] tokens;

    private WordIndex(String text) {
        this.text = text;
        this.tokens = Tokenizer.scan(text, 0, text.length(), Integer.MAX_VALUE).toArray(Token[]::new);
    }

    /** The index of {@code text}, or null when it is too short for one to pay. */
    static WordIndex of(String text) {
        return text.length() < MIN_CHARS ? null : RECENT.get().index(text);
    }

    List<Token> words(int from, int to, int limit) {
        List<Token> words = new ArrayList<>();
        int i = firstEndingAfter(from);
        if (i < tokens.length && tokens[i].start() < from) {
            words.addAll(Tokenizer.scan(text, from, Math.min(tokens[i].end(), to), limit)); // cut at the start
            i++;
        }
        for (; i < tokens.length && tokens[i].end() <= to && words.size() < limit; i++) {
            words.add(tokens[i]);
        }
        if (i < tokens.length && tokens[i].start() < to && words.size() < limit) {
            words.addAll(Tokenizer.scan(text, tokens[i].start(), to, limit - words.size())); // cut at the end
        }
        return words;
    }

    /** The first word that ends after {@code offset}: a binary search, the words being in order. */
    private int firstEndingAfter(int offset) {
        int low = 0;
        int high = tokens.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens[middle].end() <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The indexes of the long texts one thread read last, newest first. */
    private static final class Recent {

        private final List<WordIndex> indexed = new ArrayList<>(SLOTS);

        WordIndex index(String text) {
            for (WordIndex index : indexed) {
                if (index.text == text) {
                    return index;
                }
            }
            WordIndex index = new WordIndex(text);
            if (indexed.size() == SLOTS) {
                indexed.removeLast();
            }
            indexed.addFirst(index);
            return index;
        }
    }
}
