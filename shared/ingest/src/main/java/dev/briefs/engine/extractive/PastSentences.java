package dev.briefs.engine.extractive;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences about long ago: those naming a year at least {@value #YEARS} years before the latest year the article
 * names ("The dam was designed in 1978 by the engineer Julián Sotomayor"). People named only there are history, not
 * actors of the story. A year in a relative clause set off by commas dates that clause alone ("Ann Roe, who joined in
 * 1974 and is now its secretary, said"): the clause is long ago, the rest of the sentence is not dated by it. A year
 * in quotation marks is what a speaker says now, and dates nothing.
 */
final class PastSentences {

    private static final int FIRST_YEAR = 1600;
    private static final int LAST_YEAR = 2099;
    private static final int YEARS = 10;

    /** The body spans about long ago, as start and end offsets: whole sentences, and relative clauses in others. */
    private final List<int[]> spans;

    private PastSentences(List<int[]> spans) {
        this.spans = spans;
    }

    static PastSentences of(SegmentedArticle text) {
        List<int[]> years = years(text.body()); // offset and value of every year, from one scan of the body
        int latest = 0;
        for (int[] year : years) {
            latest = Math.max(latest, year[1]);
        }
        List<int[]> past = new ArrayList<>();
        int next = 0;
        for (SegmentedArticle.Sentence sentence : text.sentences()) {
            while (next < years.size() && years.get(next)[0] < sentence.start()) {
                next++;
            }
            boolean old = false;
            boolean recent = false;
            for (int i = next; i < years.size() && years.get(i)[0] < sentence.end(); i++) {
                if (text.insideQuotation(years.get(i)[0])) {
                    continue; // "dénonce des équipes qui travaillent « comme en 1985 »": said now, of now
                }
                // "has lived there since 1987" runs to now: its year dates nothing long ago.
                boolean since = years.get(i)[2] == 1;
                boolean oldYear = !since && years.get(i)[1] <= latest - YEARS;
                int[] clause = relativeClause(text, sentence, years.get(i)[0]);
                if (clause != null) {
                    if (oldYear) {
                        past.add(clause);
                    }
                    continue;
                }
                old |= oldYear;
                recent |= !oldYear;
            }
            if (old && !recent) {
                past.add(new int[] {sentence.start(), sentence.end()});
            }
        }
        return new PastSentences(List.copyOf(past));
    }

    /**
     * The span of the relative clause set off by commas that holds the offset, from its opening comma to its closing
     * one (", who joined in 1974 and is now its secretary,"), or null: the comma before the offset opens the
     * sentence's relative ([relatives]), and another closes the clause before the sentence ends.
     */
    private static int[] relativeClause(SegmentedArticle text, SegmentedArticle.Sentence sentence, int offset) {
        String body = text.body();
        int open = text.lastIndexOf(", ", sentence.start(), offset);
        if (open < 0) {
            return null; // no comma in the sentence before the year
        }
        int word = open + 2;
        int end = word;
        while (end < offset && Character.isLetter(body.charAt(end))) {
            end++;
        }
        int close = body.indexOf(',', offset);
        return end > word && Lexicon.isRelative(body.substring(word, end), text.language())
                && close >= 0 && close < sentence.end() ? new int[] {open, close} : null;
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

    /** Whether the body offset stands in a sentence, or a relative clause, about long ago. */
    boolean contains(int offset) {
        for (int[] span : spans) {
            if (span[0] <= offset && offset < span[1]) {
                return true;
            }
        }
        return false;
    }
}
