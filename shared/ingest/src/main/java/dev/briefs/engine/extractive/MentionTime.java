package dev.briefs.engine.extractive;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a mention stands against the story's events: in them, in their background (the pluperfect, a sentence set in
 * an earlier month or year, an interviewer's question) or in history ("the late Ann Roe", "Roe once said").
 */
final class MentionTime {

    /** Verbs after a name that tell what it said long ago: "Roe had said", "as Roe once wrote". */
    private static final Set<String> BACKGROUND_SPEECH = Set.of("once", "famously");
    /** A preposition, then the month or year the sentence is set in: "In May,", "Nel 2019,", "Im Mai,". */
    private static final Pattern EARLIER_TIME = Pattern.compile("(?:In|En|Nel|Im|Em) (\\p{L}+|\\d{4}),");
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");

    private MentionTime() {
    }

    /** Where the name {@code tokens[from, to)} of {@code span} stands against the story's events. */
    static NameCandidate.Time of(SegmentedArticle text, NameSpan span, int from, int to) {
        String body = text.body();
        List<Token> tokens = span.tokens();
        if (late(tokens, span.from()) || SubjectClause.verbFollows(body, tokens, to, BACKGROUND_SPEECH::contains)) {
            return NameCandidate.Time.HISTORY;
        }
        return pluperfect(text, tokens, to) || inEarlierTime(text, tokens, from) || inQuestion(text, span)
                ? NameCandidate.Time.BACKGROUND : NameCandidate.Time.EVENTS;
    }

    /** Whether "the late" stands before the run: "the late Sen. Ann Roe". */
    private static boolean late(List<Token> tokens, int from) {
        return from >= 2 && tokens.get(from - 1).text().equals("late") && tokens.get(from - 2).text().equalsIgnoreCase("the");
    }

    /** Whether the pluperfect follows the name, which tells what came before the story: "Roe had said". */
    private static boolean pluperfect(SegmentedArticle text, List<Token> tokens, int to) {
        String body = text.body();
        return to + 1 < tokens.size() && ClauseTense.isPluperfectAuxiliary(text, tokens.get(to))
                && body.substring(tokens.get(to - 1).end(), tokens.get(to).start()).isBlank()
                && !tokens.get(to + 1).capitalised() && !Lexicon.isFunctionWord(tokens.get(to + 1).text());
    }

    /**
     * Whether the name's sentence opens with an earlier month or year, "In May, Roe said", "En 2019, Roe firmó": the
     * background of the story's events, which a news story tells by the day.
     */
    private static boolean inEarlierTime(SegmentedArticle text, List<Token> tokens, int from) {
        SegmentedArticle.Sentence sentence = text.sentenceAt(tokens.get(from).start());
        if (sentence == null) {
            return false;
        }
        Matcher opener = EARLIER_TIME.matcher(text.body())
                .region(sentence.start(), Math.min(sentence.end(), tokens.get(from).start()));
        return opener.lookingAt() && (Lexicon.isCalendarWord(opener.group(1)) || YEAR.matcher(opener.group(1)).matches());
    }

    /**
     * Whether the name stands in a paragraph that ends in a question, an interviewer's turn or a question to the
     * reader ("Your predecessor, Ann Roe, signed it. Have you spoken to her?"), which asks about it: no event.
     */
    private static boolean inQuestion(SegmentedArticle text, NameSpan span) {
        SegmentedArticle.Paragraph paragraph = text.paragraph(span.paragraph());
        SegmentedArticle.Sentence last = text.sentenceAt(paragraph.end() - 1);
        return last != null && text.isQuestion(last);
    }
}
