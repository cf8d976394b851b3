package dev.briefs.verify;

import dev.briefs.article.Article;
import dev.briefs.article.ArticleFormat;
import dev.briefs.article.ArticleParser;
import dev.briefs.article.Block;
import dev.briefs.brief.Actor;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.Quote;
import dev.briefs.brief.Verification;
import dev.briefs.brief.Verification.DroppedItem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BriefVerifierTest {

    private static final EngineInfo ENGINE = EngineInfo.of("openai", "test-model");

    private final BriefVerifier verifier = new BriefVerifier();

    private static Article article(String title, String... paragraphs) {
        return new Article(title, Arrays.stream(paragraphs).map(Block::paragraph).toList(), ArticleFormat.TEXT, null);
    }

    private static BriefContent brief(List<Actor> actors, List<Quote> quotes, List<NextStep> nextSteps) {
        return new BriefContent(HeadlineShift.EMPTY, actors, quotes, nextSteps, ENGINE);
    }

    private static Actor person(String name) {
        return new Actor(name, "", Actor.PERSON, 0);
    }

    private static Actor organisation(String name) {
        return new Actor(name, "", Actor.ORGANISATION, 0);
    }

    private BriefContent quotesOnly(Article article, Quote... quotes) {
        return verifier.verify(article, brief(List.of(person("Rachel Reeves")), List.of(quotes), List.of()));
    }

    @Nested
    class Quotes {

        private final Article article = article("Reeves sets out budget",
                "Rachel Reeves said: \u201cWe will  fix the foundations of the economy,\u201d adding that it\u2019s \u201cnot\n"
                        + "a time for half-measures\u201d.",
                "She called the plan \u00abambitious \u2014 but fair\u00bb.");

        @Test
        void keepsAQuoteWhoseOnlyDifferencesAreWhitespaceAndQuoteMarks() {
            BriefContent result = quotesOnly(article,
                    new Quote("Rachel Reeves", "it's \"not a time for half-measures\""));

            assertEquals(List.of(new Quote("Rachel Reeves", "it\u2019s \u201cnot a time for half-measures\u201d", List.of(2))),
                    result.quotes(), "the kept text is the article's own characters, layout whitespace collapsed");
            assertEquals(0, result.engine().verification().droppedQuotes());
        }

        @Test
        void stripsSurroundingQuotationMarksAndEllipses() {
            BriefContent result = quotesOnly(article,
                    new Quote("Rachel Reeves", "\u201cWe will fix the foundations\u201d"),
                    new Quote("Rachel Reeves", "...fix the foundations of the economy\u2026"));

            assertEquals(List.of("We will fix the foundations", "fix the foundations of the economy"),
                    result.quotes().stream().map(Quote::text).toList());
        }

        @Test
        void forgivesOneTrailingFullStopWhereTheArticleHasAComma() {
            BriefContent result = quotesOnly(article,
                    new Quote("Rachel Reeves", "We will fix the foundations of the economy."));

            assertEquals(List.of("We will fix the foundations of the economy"),
                    result.quotes().stream().map(Quote::text).toList(),
                    "the stored quote is the part that occurs verbatim, without the invented full stop");
        }

        @Test
        void matchesGuillemetsAsQuotationMarks() {
            BriefContent result = quotesOnly(article, new Quote("Rachel Reeves", "\"ambitious \u2014 but fair\""));

            assertEquals(List.of("ambitious \u2014 but fair"), result.quotes().stream().map(Quote::text).toList());
        }

        @Test
        void dropsQuotesThatDifferInAnythingButWhitespaceAndQuoteMarks() {
            BriefContent result = quotesOnly(article,
                    new Quote("Rachel Reeves", "We will fix the foundations of our economy"),
                    new Quote("Rachel Reeves", "ambitious - but fair"),
                    new Quote("Rachel Reeves", "we will fix the foundations"),
                    new Quote("Rachel Reeves", "We will fix ... the economy"),
                    new Quote("Rachel Reeves", "\u201c \u201d"));

            assertEquals(List.of(), result.quotes());
            Verification verification = result.engine().verification();
            assertEquals(5, verification.droppedQuotes(), "a changed word, a dash, case, an elision, nothing at all");
            assertTrue(verification.dropped().stream().allMatch(item -> item.kind().equals("quote")
                    && item.reason().contains("verbatim")));
            assertEquals("Rachel Reeves: \"We will fix the foundations of our economy\"",
                    verification.dropped().getFirst().value());
        }

        @Test
        void aQuoteMayNotBeCompletedFromBoilerplate() {
            Article parsed = new ArticleParser().parse(("""
                    # Reeves sets out budget

                    Rachel Reeves told MPs the budget would "fix the foundations" of the economy after a difficult
                    year for the public finances and for households across the country.

                    ## Read also

                    - Starmer says "no return to austerity"
                    - Markets rally on budget day
                    """).getBytes(StandardCharsets.UTF_8), "budget.md", null);

            BriefContent result = verifier.verify(parsed, brief(List.of(person("Rachel Reeves")),
                    List.of(new Quote("Rachel Reeves", "fix the foundations"),
                            new Quote("Rachel Reeves", "no return to austerity")), List.of()));

            assertEquals(List.of("fix the foundations"), result.quotes().stream().map(Quote::text).toList());
            assertEquals(1, result.engine().verification().droppedQuotes());
        }
    }

    @Nested
    class Actors {

        private final Article article = article("STARMER UNVEILS PLAN",
                "Sir Keir Starmer's government published the plan on Monday. Starmer said the Bank of England",
                "had been consulted. Edinburgh councillors welcomed it; the Treasury did not comment.");

        @Test
        void keepsNamesTheArticleContainsAndDropsTheRest() {
            BriefContent result = verifier.verify(article, brief(List.of(person("Keir Starmer"),
                    organisation("Bank of England"), person("Ed Davey"), organisation("Bank Of England")),
                    List.of(), List.of()));

            assertEquals(List.of("Keir Starmer", "Bank of England"),
                    result.actors().stream().map(Actor::name).toList());
            Verification verification = result.engine().verification();
            assertEquals(2, verification.droppedActors());
            assertEquals(new DroppedItem("actor", "Ed Davey", "\"Ed Davey\" does not occur in the article"),
                    verification.dropped().getFirst());
            assertEquals("Bank Of England", verification.dropped().get(1).value(),
                    "case inside a name must match");
        }

        @Test
        void aNameMustStandAsWholeWords() {
            BriefContent result = verifier.verify(article, brief(List.of(person("Ed"), person("Star")),
                    List.of(), List.of()));

            assertEquals(List.of(), result.actors(), "Ed is not in Edinburgh, Star is not in Starmer");
        }

        @Test
        void toleratesPossessivesAndAFirstLetterOfAnotherCase() {
            BriefContent result = verifier.verify(article, brief(List.of(person("Starmer\u2019s"),
                    organisation("The Treasury")), List.of(), List.of()));

            assertEquals(List.of("Starmer", "The Treasury"), result.actors().stream().map(Actor::name).toList());
        }

        @Test
        void theTitleCountsAsTheArticleEvenInCapitals() {
            Article titled = article("MUSK QUITS TESLA BOARD", "The chief executive said little else.");

            BriefContent result = verifier.verify(titled, brief(List.of(person("Musk"), organisation("Tesla")),
                    List.of(), List.of()));

            assertEquals(List.of("Musk", "Tesla"), result.actors().stream().map(Actor::name).toList());
            assertEquals(1, result.actors().getFirst().mentions());
        }

        @Test
        void aNameThatAppearsOnlyInTheReadAlsoListIsUnsupported() {
            Article parsed = new ArticleParser().parse(("""
                    # Budget day

                    Rachel Reeves told MPs the budget would fix the foundations of the economy after a difficult
                    year for the public finances and for households across the country.

                    ## Read also

                    - Boris Johnson returns to the campaign trail
                    - Markets rally on budget day
                    """).getBytes(StandardCharsets.UTF_8), "budget.md", null);

            BriefContent result = verifier.verify(parsed, brief(
                    List.of(person("Rachel Reeves"), person("Boris Johnson")), List.of(), List.of()));

            assertEquals(List.of("Rachel Reeves"), result.actors().stream().map(Actor::name).toList());
            assertEquals(1, result.engine().verification().droppedActors());
            assertEquals("Boris Johnson", result.engine().verification().dropped().getFirst().value());
        }

        @Test
        void countsMentionsByFullNameSurnameAndDefinedAbbreviation() {
            Article text = article("IMF warns Britain",
                    "The International Monetary Fund (IMF) said Rachel Reeves should act. Reeves declined.",
                    "The IMF's report, which Reeves's officials read, was blunt. Ed Miliband and David Miliband "
                            + "disagreed; Miliband spoke first.");

            BriefContent result = verifier.verify(text, brief(List.of(person("Rachel Reeves"),
                    organisation("International Monetary Fund"), person("Ed Miliband"), person("David Miliband")),
                    List.of(), List.of()));

            assertEquals(List.of(3, 3, 1, 1), result.actors().stream().map(Actor::mentions).toList(),
                    "Reeves x3; IMF in the title, the definition and the report; a shared surname counts for neither");
        }
    }

    @Nested
    class Speakers {

        private final Article article = article("Strike talks",
                "Union leader Mick Lynch said: \u201cWe are ready to talk.\u201d A Network Rail spokesperson said "
                        + "\u201cthe door is open\u201d. Lynch added: \u201cNot at any price.\u201d");

        @Test
        void aSpeakerIsAnActorByNameOrPartOfItOrIsNamedInTheArticle() {
            BriefContent result = verifier.verify(article, brief(List.of(person("Mick Lynch")),
                    List.of(new Quote("Lynch", "We are ready to talk."),
                            new Quote("Union leader Mick Lynch", "Not at any price."),
                            new Quote("Network Rail spokesperson", "the door is open")), List.of()));

            assertEquals(3, result.quotes().size());
            assertEquals(0, result.engine().verification().droppedSpeakers());
        }

        @Test
        void dropsAnUnsupportedSpeakerButKeepsItsQuoteWithoutOne() {
            BriefContent result = verifier.verify(article, brief(List.of(person("Mick Lynch")),
                    List.of(new Quote("Grant Shapps", "the door is open"), new Quote(" ", "Not at any price.")),
                    List.of()));

            assertEquals(List.of("the door is open", "Not at any price."),
                    result.quotes().stream().map(Quote::text).toList());
            assertEquals(List.of("", ""), result.quotes().stream().map(Quote::speaker).toList(),
                    "no speaker rather than a guessed one");
            Verification verification = result.engine().verification();
            assertEquals(1, verification.droppedSpeakers());
            assertEquals(0, verification.droppedQuotes());
            assertEquals(List.of(new DroppedItem("speaker", "Grant Shapps: \"the door is open\"",
                    "the speaker \"Grant Shapps\" is neither an actor nor named in the article; the quote is kept"
                            + " without a speaker")),
                    verification.dropped());
        }

        @Test
        void aRussianSpeakerIsNamedByFirstNameAndPatronymicAsTheStoryAddressesHer() {
            Article russian = article("Школа закрывается",
                    "Анна Сергеевна Белова открыла школу в 1988 году. В селе тогда жили двести семей.",
                    "Сейчас в школе девять учеников. Автобус будет возить их в соседнее село. Дорогу зимой чистят "
                            + "плохо. Родители написали письмо губернатору. Ответа пока нет.",
                    "Анна Сергеевна показывает кабинет. «Мне жалко детей», — говорит она.");
            BriefContent result = verifier.verify(russian, brief(List.of(person("Анна Сергеевна Белова")),
                    List.of(new Quote("Анна Сергеевна Белова", "Мне жалко детей")), List.of()));

            assertEquals(List.of("Анна Сергеевна Белова"), result.quotes().stream().map(Quote::speaker).toList());
        }

        @Test
        void dropsAFragmentOfAFewWordsWithItsUnsupportedSpeaker() {
            BriefContent result = verifier.verify(article, brief(List.of(person("Mick Lynch")),
                    List.of(new Quote("Grant Shapps", "ready to talk")), List.of()));

            assertEquals(List.of(), result.quotes(), "without its speaker, a fragment reads as a scare quote");
            assertEquals(List.of(new DroppedItem("speaker", "Grant Shapps: \"ready to talk\"",
                    "the speaker \"Grant Shapps\" is neither an actor nor named in the article")),
                    result.engine().verification().dropped());
        }

        @Test
        void aDroppedActorCannotVouchForItsQuote() {
            BriefContent result = verifier.verify(article, brief(List.of(person("Mick Lynch"), person("Eddie Dempsey")),
                    List.of(new Quote("Eddie Dempsey", "We are ready to talk.")), List.of()));

            assertEquals(List.of(""), result.quotes().stream().map(Quote::speaker).toList());
            assertEquals(1, result.engine().verification().droppedActors());
            assertEquals(1, result.engine().verification().droppedSpeakers());
        }
    }

    @Nested
    class NextSteps {

        private final Article article = article("Strike talks",
                "Mick Lynch said the RMT would ballot members next week. Talks resume on Monday.");

        @Test
        void keepsStepsWithAnArticleActorOrNoneAndDropsTheRest() {
            BriefContent result = verifier.verify(article, brief(List.of(person("Mick Lynch"), organisation("RMT")),
                    List.of(), List.of(new NextStep("RMT", "ballot members", "next week"),
                            new NextStep("", "talks resume", "on Monday"),
                            new NextStep("Department for Transport", "publish a plan", ""),
                            new NextStep("RMT", "  ", ""))));

            assertEquals(List.of(new NextStep("RMT", "ballot members", "next week", List.of(2)),
                    new NextStep("", "talks resume", "on Monday", List.of(3))), result.nextSteps());
            Verification verification = result.engine().verification();
            assertEquals(2, verification.droppedNextSteps());
            assertEquals(List.of("Department for Transport: publish a plan", "RMT: "),
                    verification.dropped().stream().map(DroppedItem::value).toList());
        }
    }

    @Test
    void keepsTheEngineInfoAndAddsTheVerification() {
        Article article = article("Title", "Nothing much happened to anyone today, said Jane Doe.");
        EngineInfo engine = new EngineInfo("anthropic", "claude", null, 12L, 100, 20, 1, null);
        BriefContent candidate = new BriefContent(HeadlineShift.EMPTY, List.of(person("Jane Doe")),
                List.of(), List.of(), engine);

        BriefContent result = verifier.verify(article, candidate);

        assertEquals(new HeadlineShift("", "", "", HeadlineShift.ShiftEvidence.NONE), result.headlineShift());
        assertEquals(engine.withVerification(new Verification(0, 0, 0, 0, List.of(), 1, List.of())), result.engine(),
                "Jane Doe cited nothing and is re-anchored to sentence 2");
        assertEquals(List.of(2), result.actors().getFirst().evidence());
    }
}
