package dev.briefs.engine.extractive;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who answers an interview's questions: the person its introduction is about, not whoever it names last. A
 * headline that names a person of the introduction names the interviewee ("Ann Roe: «…»", "Ann Roe on her first
 * month"), unless the questions stand in a section of their own (an interview set below a report); otherwise the
 * introduction (the text before the first question, in the questions' own section) names the interviewee more often
 * than a voice it quotes in passing ("Mayor Ann Roe voted for it. … “We will fight,” says club chair Bo Li."); among
 * equals, the subject of the last sentence naming a person is the interviewee ("Ann Roe took over in May. We asked
 * her why."). A press conference's transcript heads each speaker's questions with a line that is only their name
 * ("JANE ROE (coach)", "Jane Roe, coach"): that line names who answers them, whoever the introduction is about.
 */
final class Interviewee {

    /** A line that is only a name, in any case, with the role in brackets or after a comma or dash, or a colon. */
    private static final Pattern NAME_LINE = Pattern.compile(
            "([\\p{L}\\p{M}'’.-]+(?:\\s+[\\p{L}\\p{M}'’.-]+){0,4}?)\\s*(?:\\([^()]{1,60}\\)|[,–—]\\s*[^.!?:]{1,60})?\\s*:?");

    private Interviewee() {
    }

    /**
     * The cast member who answers the questions from the one in paragraph {@code question} on, or {@code latest} (the
     * subject of the last sentence naming a person before it, or -1) when the introduction names no person.
     */
    static int of(SegmentedArticle text, Cast cast, int question, int latest) {
        int headed = question > 0 ? nameLine(text, cast, text.paragraph(question - 1)) : -1;
        if (headed >= 0) {
            return headed;
        }
        SegmentedArticle.Paragraph asked = text.paragraph(question);
        int from = asked.start();
        for (int i = question - 1; i >= 0 && !text.paragraph(i).isHeading()
                && text.paragraph(i).heading().equals(asked.heading()); i--) {
            from = text.paragraph(i).start();
        }
        Map<Integer, Integer> named = new HashMap<>();
        for (Mention mention : cast.mentionsBetween(from, asked.start())) {
            if (!mention.quoted() && cast.member(mention.member()).person()) {
                named.merge(mention.member(), 1, Integer::sum);
            }
        }
        Set<Integer> headlined = asked.heading().isEmpty() ? inHeadline(text, cast, named.keySet()) : Set.of();
        return named.keySet().stream()
                .max(Comparator.<Integer>comparingInt(member -> headlined.contains(member) ? 1 : 0)
                        .thenComparingInt(named::get)
                        .thenComparingInt(member -> member == latest ? 1 : 0))
                .orElse(latest);
    }

    /** The members whose surname, the last word of the name, the headline writes. */
    private static Set<Integer> inHeadline(SegmentedArticle text, Cast cast, Set<Integer> members) {
        Set<String> words = new HashSet<>();
        for (Token word : Tokenizer.words(text.title(), 0, text.title().length())) {
            words.add(word.bare());
        }
        Set<Integer> headlined = new HashSet<>();
        for (int member : members) {
            String[] name = cast.name(member).split("\\s+");
            if (words.contains(name[name.length - 1])) {
                headlined.add(member);
            }
        }
        return headlined;
    }

    /**
     * The person a line names when it is nothing but their name and role ("STEVE ROE (coach)"), or -1: the full name
     * as the cast holds it, in any case, or the surname of one person alone.
     */
    private static int nameLine(SegmentedArticle text, Cast cast, SegmentedArticle.Paragraph line) {
        Matcher matcher = NAME_LINE.matcher(text.body()).region(line.start(), line.end());
        if (!matcher.matches()) {
            return -1;
        }
        List<String> written = Arrays.asList(Lexicon.lower(matcher.group(1)).split("\\s+"));
        int found = -1;
        for (int member = 0; member < cast.size(); member++) {
            List<String> name = Arrays.asList(Lexicon.lower(cast.name(member)).split("\\s+"));
            if (cast.member(member).person()
                    && (written.equals(name) || written.size() == 1 && written.getFirst().equals(name.getLast()))) {
                if (found >= 0) {
                    return -1; // a surname two people share names neither
                }
                found = member;
            }
        }
        return found;
    }
}
