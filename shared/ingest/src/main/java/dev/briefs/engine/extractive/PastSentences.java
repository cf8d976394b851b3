package dev.briefs.engine.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences about long ago: those naming a year at least {@value #YEARS} years before the latest year the article
 * names ("The dam was designed in 1978 by the engineer Julián Sotomayor"). People named only there are history, not
 * actors of the story.
 */
final class PastSentences {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[6-9]\\d\\d|20\\d\\d)(?!\\d)");
    private static final int YEARS = 10;

    private final List<SegmentedArticle.Sentence> sentences;

    private PastSentences(List<SegmentedArticle.Sentence> sentences) {
        this.sentences = sentences;
    }

    static PastSentences of(SegmentedArticle text) {
        List<int[]> years = new ArrayList<>(); // offset and value of every year, from one scan of the body
        int latest = 0;
        Matcher year = YEAR.matcher(text.body());
        while (year.find()) {
            int value = Integer.parseInt(year.group(1));
            years.add(new int[] {year.start(), value});
            latest = Math.max(latest, value);
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
                old |= years.get(i)[1] <= latest - YEARS;
                recent |= years.get(i)[1] > latest - YEARS;
            }
            if (old && !recent) {
                past.add(sentence);
            }
        }
        return new PastSentences(List.copyOf(past));
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
