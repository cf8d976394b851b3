package dev.briefs.engine.extractive;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences about long ago: those naming a year at least {@value #YEARS} years before the latest year the article
 * names ("The dam was designed in 1978 by the engineer Julián Sotomayor"). People named only there are history, not
 * actors of the story.
 */
final class PastSentences {

    private static final int FIRST_YEAR = 1600;
    private static final int LAST_YEAR = 2099;
    private static final int YEARS = 10;

    private final List<SegmentedArticle.Sentence> sentences;

    private PastSentences(List<SegmentedArticle.Sentence> sentences) {
        this.sentences = sentences;
    }

    static PastSentences of(SegmentedArticle text) {
        List<int[]> years = years(text.body()); // offset and value of every year, from one scan of the body
        int latest = 0;
        for (int[] year : years) {
            latest = Math.max(latest, year[1]);
        }
        List<SegmentedArticle.Sentence> past = new ArrayList<>();
        int next = 0;
        for (SegmentedArticle.Sentence sentence : text.sentences()) {
            while (next < years.size() && years.get(next)[0] < sentence.start()) {
                next++;
            }
            boolean old = false;
            boolean recent = false;
            for (int i = next; i < years.size() && years.get(i)[0] < sentence.end(); i++) {
                // "has lived there since 1987" runs to now: its year dates nothing long ago.
                boolean since = years.get(i)[2] == 1;
                old |= !since && years.get(i)[1] <= latest - YEARS;
                recent |= since || years.get(i)[1] > latest - YEARS;
            }
            if (old && !recent) {
                past.add(sentence);
            }
        }
        return new PastSentences(List.copyOf(past));
    }

    /**
     * Every year 1600 to 2099 standing alone (four digits, no digit either side), as offset, value and whether a
     * span runs from it to now (1 after "since", else 0): a scan of the
     * digits, which is several times faster than a pattern tried at every character of the body.
     */
    private static List<int[]> years(String body) {
        List<int[]> years = new ArrayList<>();
        int at = 0;
        while (at < body.length()) {
            if (!isDigit(body.charAt(at))) {
                at++;
                continue;
            }
            int start = at;
            while (at < body.length() && isDigit(body.charAt(at))) {
                at++;
            }
            if (at - start == 4) {
                int value = Integer.parseInt(body, start, at, 10);
                if (value >= FIRST_YEAR && value <= LAST_YEAR) {
                    years.add(new int[] {start, value, afterSince(body, start) ? 1 : 0});
                }
            }
        }
        return years;
    }

    /** Whether the word before the year at {@code start} opens a span running to now ("since", "seit", "depuis"). */
    private static boolean afterSince(String body, int start) {
        int end = start;
        while (end > 0 && body.charAt(end - 1) == ' ') {
            end--;
        }
        int from = end;
        while (from > 0 && Character.isLetter(body.charAt(from - 1))) {
            from--;
        }
        return from < end && Lexicon.isSince(body.substring(from, end));
    }

    /** ASCII digits only, as a pattern's {@code \d} reads them. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the body offset stands in a sentence about long ago. */
    boolean contains(int offset) {
        for (SegmentedArticle.Sentence sentence : sentences) {
            if (sentence.start() <= offset && offset < sentence.end()) {
                return true;
            }
        }
        return false;
    }
}
