package dev.briefs.engine.extractive;

import dev.briefs.article.Block;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The quotations a headline or the deck under it prints with the speaker's name ("Ann Roe: «We will appeal»", "«We
 * will appeal», says Ann Roe", "„Wir gehen in Berufung“: Roe über das Urteil"). A body quotation that repeats most of
 * such words is the named speaker's, though the body attributes it only to a description nobody else resolves ("…,”
 * the coach said) or to no one: a headline quotes what the story quotes, and says whose it is.
 */
final class HeadlineQuotes {

    /** The fewest words a headline's quotation needs to be a statement rather than a scare-quoted word or two. */
    private static final int MIN_WORDS = 3;
    /** The share of its words a body quotation must repeat: a headline shortens a quotation and may reword a little. */
    private static final double MIN_SHARED = 2.0 / 3;

    private record Headlined(Set<String> words, String speaker) {
    }

    private final List<Headlined> quotes = new ArrayList<>();

    private HeadlineQuotes() {
    }

    /**
     * The quotations of the title and of the headings over the story (a page's kicker may stand in for its title, the
     * headline below it), each the one person's whose surname the line writes outside the marks; a line naming no one
     * or several people says no speaker.
     */
    static HeadlineQuotes over(SegmentedArticle text, Cast cast, int story) {
        HeadlineQuotes headlines = new HeadlineQuotes();
        headlines.addNamed(text, cast, text.title(), 0, text.title().length());
        for (SegmentedArticle.Paragraph paragraph : text.paragraphs()) {
            if (paragraph.start() >= story) {
                break;
            }
            if (paragraph.isHeading()) {
                headlines.addNamed(text, cast, text.body(), paragraph.start(), paragraph.end());
            }
        }
        return headlines;
    }

    private void addNamed(SegmentedArticle text, Cast cast, String line, int from, int to) {
        List<Quotation> quoted = Quotation.find(line, -1, from, to, Block.Kind.HEADING, text.language())
                .stream().filter(quotation -> quotation.form() == Quotation.Form.MARKED).toList();
        if (quoted.isEmpty()) {
            return;
        }
        Set<String> outside = new HashSet<>();
        for (Token word : Tokenizer.words(line, from, to)) {
            if (quoted.stream().noneMatch(quotation -> quotation.open() <= word.start() && word.end() <= quotation.end())) {
                outside.add(word.bare());
            }
        }
        Set<String> named = new HashSet<>();
        for (int member = 0; member < cast.size(); member++) {
            String[] name = cast.name(member).split("\\s+");
            if (cast.member(member).person() && outside.contains(name[name.length - 1])) {
                named.add(cast.name(member));
            }
        }
        if (named.size() == 1) {
            for (Quotation quotation : quoted) {
                add(quotation.text(line), named.iterator().next());
            }
        }
    }

    /**
     * Adds a quotation the deck prints with its speaker ("Espulso Roe al 33'. Bo Li: «…»"), if it reads as words
     * someone said: a name in marks (‘2026 Harbour Festival’) has no word in lower case.
     */
    void add(String words, String speaker) {
        Set<String> distinct = words(words);
        boolean said = Tokenizer.words(words, 0, words.length()).stream()
                .anyMatch(word -> Character.isLowerCase(word.text().charAt(0)));
        if (said && distinct.size() >= MIN_WORDS) {
            quotes.add(new Headlined(distinct, speaker));
        }
    }

    /** The speaker of the headline quotation most of whose words one of {@code quoted} repeats, or empty. */
    String speakerOf(List<String> quoted) {
        for (String words : quoted) {
            Set<String> body = words(words);
            for (Headlined headlined : quotes) {
                long shared = headlined.words().stream().filter(body::contains).count();
                if (shared >= MIN_SHARED * headlined.words().size()) {
                    return headlined.speaker();
                }
            }
        }
        return "";
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (Token word : Tokenizer.words(text, 0, text.length())) {
            words.add(Lexicon.lower(word.bare()));
        }
        return words;
    }
}
