package dev.briefs.engine.extractive;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who answers an interview's questions: the person its introduction is about, not whoever it names last. A
 * headline that names a person of the introduction names the interviewee ("Ann Roe: «…»", "Ann Roe on her first
 * month"), unless the questions stand in a section of their own (an interview set below a report); otherwise the
 * introduction (the text before the first question, in the questions' own section) names the interviewee more often
 * than a voice it quotes in passing ("Mayor Ann Roe voted for it. … “We will fight,” says club chair Bo Li."); among
 * equals, the subject of the last sentence naming a person is the interviewee ("Ann Roe took over in May. We asked
 * her why.").
 */
final class Interviewee {

    private Interviewee() {
    }

    /**
     * The cast member who answers the questions from the one in paragraph {@code question} on, or {@code latest} (the
     * subject of the last sentence naming a person before it, or -1) when the introduction names no person.
     */
    static int of(SegmentedArticle text, Cast cast, int question, int latest) {
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
}
