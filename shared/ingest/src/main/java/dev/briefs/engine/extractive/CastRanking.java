package dev.briefs.engine.extractive;

import dev.briefs.brief.Actor;
import dev.briefs.brief.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Chooses the actors of a brief by their part in the story: the quotations they speak, the actions they are the
 * subject of (or the agent of, "released by Downing Street"), how often they are named and whether the lede names
 * them, so that the cap keeps the central ones. The brief lists them most mentioned first.
 * People and organisations named once in passing, history, and news outlets (which report rather than act) are no
 * actors.
 */
final class CastRanking {

    private static final int SPEAKING = 3;
    private static final int ACTING = 2;
    private static final int IN_LEDE = 2;
    /** How far before a name the copula that makes it a predicate may start ("являлась"). */
    private static final int MAX_COPULA_CHARS = 12;
    /** The most words a headline has. */
    private static final int MAX_HEADLINE_WORDS = 20;
    /** What joins a journalist's name to the outlet: "Ann Roe of the Ledger", "Ann Roe de El Diario". */
    private static final Pattern OF_THE = Pattern.compile("\\s+(?:of|for|at|de|di|von|du)\\s+(?:the\\s+)?");

    private record Ranked(CastMember member, int score) {
    }

    private CastRanking() {
    }

    /**
     * Whether a person is a journalist the story is told through: the role names the trade ("CNN's chief medical
     * correspondent") or a mention is followed by "of" an outlet ("Ann Roe of the Ledger reports").
     */
    private static boolean journalist(CastMember member, boolean[] namedWithOutlet) {
        if (!member.person()) {
            return false;
        }
        for (String word : member.role().split("[\\s,]+")) {
            if (Lexicon.isJournalist(word)) {
                return true;
            }
        }
        return namedWithOutlet[member.id()];
    }

    /** For each member, whether a mention of it is followed by "of" an outlet ("Ann Roe of the Ledger"): one pass. */
    private static boolean[] namedWithOutlet(SegmentedArticle text, Cast cast) {
        String body = text.body();
        boolean[] named = new boolean[cast.size()];
        List<Mention> mentions = cast.mentionsBetween(0, body.length());
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            int limit = Math.min(body.length(), mention.end() + 9);
            for (int j = i + 1; j < mentions.size() && mentions.get(j).start() < limit; j++) {
                Mention next = mentions.get(j);
                CastMember after = cast.member(next.member());
                if (next.start() >= mention.end() && !after.person() && Lexicon.isOutlet(after.name())
                        && OF_THE.matcher(body.substring(mention.end(), next.start())).matches()) {
                    named[mention.member()] = true;
                }
            }
        }
        return named;
    }

    /**
     * For each person no quotation is attributed to, whether every sentence the story names them in (outside
     * quotations) reports only a refusal to speak: "Commissioner Ann Roe declined to comment", "Le maire, Paul Roy,
     * n'a pas voulu dire si …", "war als Zeuge geladen, sagte aber nicht aus" (whose verb of speech is the refusal's
     * own). Other members are never only refusing, so their sentences go unread.
     */
    private static boolean[] onlyRefusing(SegmentedArticle text, Cast cast, int[] spoken) {
        int[] refusing = new int[cast.size()];
        boolean[] elsewhere = new boolean[cast.size()];
        for (Mention mention : cast.mentionsBetween(0, text.body().length())) {
            CastMember member = cast.member(mention.member());
            if (mention.quoted() || !member.person() || spoken[mention.member()] > 0) {
                continue;
            }
            SegmentedArticle.Sentence sentence = text.sentenceAt(mention.start());
            if (sentence != null && Refusals.reportsOnlyRefusal(text.text(sentence))) {
                refusing[mention.member()]++;
            } else {
                elsewhere[mention.member()] = true;
            }
        }
        boolean[] only = new boolean[cast.size()];
        for (int id = 0; id < only.length; id++) {
            // The mention index holds one span per run of words; the member's count holds every naming.
            only[id] = refusing[id] > 0 && !elsewhere[id] && refusing[id] >= cast.member(id).narrated();
        }
        return only;
    }

    static List<Actor> actors(SegmentedArticle text, Cast cast, List<Quote> quotes) {
        int[] spoken = new int[cast.size()];
        for (Quote quote : quotes) {
            if (quote.text().strip().indexOf(' ') < 0) {
                continue; // a one-word quotation is a label or a scare quote ("called her a “traitor”"), no speech
            }
            for (String name : QuoteExtractor.SPEAKER_LIST.split(quote.speaker())) {
                int id = name.isBlank() ? -1 : cast.resolveName(name, Integer.MAX_VALUE);
                if (id >= 0) {
                    spoken[id]++;
                }
            }
        }
        SegmentedArticle.Sentence lede = text.lede();
        // The story's own lede below a standfirst and byline; on most pages there is none and it is the lede itself,
        // whose sentence and paragraph are then not counted twice.
        SegmentedArticle.Sentence ownLede = text.storyLede();
        SegmentedArticle.Sentence storyLede = Objects.equals(ownLede, lede) ? null : ownLede;
        int ledeParagraph = paragraphOf(lede);
        int storyParagraph = paragraphOf(storyLede) == ledeParagraph ? -1 : paragraphOf(storyLede);
        // A title longer than a headline is a page's first paragraph taken for one, whose names may be in passing.
        boolean headline = text.title().split("\\s+").length <= MAX_HEADLINE_WORDS;
        boolean[] namedWithOutlet = namedWithOutlet(text, cast);
        boolean[] onlyRefusing = onlyRefusing(text, cast, spoken);
        List<Ranked> ranked = new ArrayList<>();
        for (int id = 0; id < cast.size(); id++) {
            CastMember member = cast.member(id);
            // The lede and the headline name the story's own actors, and so does the story's own lede below a
            // standfirst and byline ("Lusardi, il tribunale dice sì" … "di Ann Roe" … "Il Tribunale di Varenna ha
            // omologato …").
            boolean inTitle = headline && inHeadline(text.title(), member.name());
            long inLedeParagraph = timesNarrated(text, ledeParagraph, cast, id);
            long inStoryParagraph = timesNarrated(text, storyParagraph, cast, id);
            boolean opening = inLedeParagraph > 0 || inStoryParagraph > 0 || inTitle;
            boolean speaks = spoken[id] > 0;
            // Later sentences of the lede's paragraph name background too ("its electric Gran Turismo is striking",
            // "despite the Supreme Court ban"): a name with no part of its own opens the story only where the lede
            // sentence or the headline gives it, or the paragraph names it again.
            boolean opensStory = inTitle || inLedeParagraph > 1 || inStoryParagraph > 1
                    || narratedInSentence(text, lede, cast, id) || narratedInSentence(text, storyLede, cast, id);
            // Named once by the story itself (a speaker's mentions aside), or twice when no well-known institution,
            // without a part in it: in passing. The employer a source speaks for ("said Ann Roe, an analyst with the
            // firm Velda") takes part through them.
            boolean passing = member.narrated() < (Lexicon.isKnownOrganisation(member.name()) ? 2 : 3)
                    && member.speeches() == 0 && member.acting() == 0 && member.actedOn() == 0 && !opensStory
                    && (member.person() || !cast.employsSpeaker(member.name()));
            // An outlet is a conduit ("told NBC News", "NBC News reported") unless it acts in the story ("the Ledger
            // sued the council").
            boolean outlet = !member.person() && Lexicon.isOutlet(member.name()) && member.deeds() == 0;
            // Named once or twice, and only aside from the events ("In May, Roe said…"), even quoted: background.
            boolean aside = member.narrated() > 0 && member.narrated() <= 2 && member.aside() == member.narrated()
                    && !opening;
            // History is no actor, even quoted; nor an outlet whose words are its reporting ("a Reuters poll"), nor the
            // outlet's journalist it is cited through ("according to Ann Roe of the Ledger"), nor a person the story
            // only tried to reach ("Roe declined to comment"; a company that declines is still the one acting).
            if (member.past() || outlet || aside
                    || !speaks && (passing || journalist(member, namedWithOutlet) || onlyRefusing[id])) {
                continue;
            }
            ranked.add(new Ranked(member, SPEAKING * (spoken[id] + member.speeches())
                    + ACTING * (member.acting() + member.actedOn()) + member.mentions()
                    + (opening ? IN_LEDE : 0)));
        }
        // Whoever the brief quotes makes the cap first: a quote's speaker is central to the story by definition.
        ranked.sort(Comparator.comparing((Ranked r) -> spoken[r.member().id()] == 0)
                .thenComparingInt(r -> -r.score()).thenComparingInt(r -> r.member().first()));
        // The part decides who makes the cap; the brief lists them most mentioned first, then by first appearance.
        return ranked.stream().limit(Cast.MAX_ACTORS).map(Ranked::member)
                .sorted(Comparator.comparingInt((CastMember m) -> -m.mentions()).thenComparingInt(CastMember::first))
                .map(CastMember::toActor).toList();
    }

    /** The paragraph a sentence stands in, or -1 when there is no sentence. */
    private static int paragraphOf(SegmentedArticle.Sentence sentence) {
        return sentence == null ? -1 : sentence.paragraph();
    }

    /** Whether the headline writes the name whole, as words of its own ("Velda to cut 300 jobs"). */
    private static boolean inHeadline(String title, String name) {
        int at = title.indexOf(name);
        int end = at + name.length();
        return at >= 0 && (at == 0 || !Character.isLetterOrDigit(title.charAt(at - 1)))
                && (end == title.length() || !Character.isLetterOrDigit(title.charAt(end)));
    }

    /**
     * How often the story itself names the member in the paragraph (none for -1), outside quotations (a school «Ann
     * Roe» is none) and not as the predicate of a copula, which names whom the subject was rather than anyone in the
     * story ("Durante once años, Ana Roe fue Rita Lind, la heroína de la telenovela": a part she played).
     */
    private static long timesNarrated(SegmentedArticle text, int paragraph, Cast cast, int id) {
        if (paragraph < 0) {
            return 0;
        }
        SegmentedArticle.Paragraph block = text.paragraph(paragraph);
        return timesNarrated(text, block.start(), block.end(), cast, id);
    }

    /** How often the story itself names the member between two offsets, as {@link #timesNarrated} counts. */
    private static long timesNarrated(SegmentedArticle text, int start, int end, Cast cast, int id) {
        return cast.mentionsBetween(start, end).stream()
                .filter(mention -> mention.member() == id && !mention.quoted() && !predicate(text, mention)).count();
    }

    /** Whether the story itself names the member in the sentence, if there is one. */
    private static boolean narratedInSentence(SegmentedArticle text, SegmentedArticle.Sentence sentence, Cast cast, int id) {
        return sentence != null && timesNarrated(text, sentence.start(), sentence.end(), cast, id) > 0;
    }

    /** Whether a copula stands right before the mention: "fue Rita Lind", "was Rita Lind". */
    private static boolean predicate(SegmentedArticle text, Mention mention) {
        List<Token> before = Tokenizer.words(text.body(), Math.max(0, mention.start() - MAX_COPULA_CHARS), mention.start());
        return !before.isEmpty() && text.text(before.getLast().end(), mention.start()).equals(" ")
                && Lexicon.isCopula(before.getLast().text());
    }
}
