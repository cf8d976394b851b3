package dev.briefs.engine.extractive;

import dev.briefs.article.Article;
import dev.briefs.article.ArticleFormat;
import dev.briefs.article.ArticleParser;
import dev.briefs.brief.Actor;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine on the bundled sample articles, one per input style, parsed as the pipeline parses uploads. */
class SampleArticlesTest {

    private final ExtractiveBriefEngine engine = new ExtractiveBriefEngine();

    private record Briefed(Article article, BriefContent brief) {

        Optional<Actor> actor(String name) {
            return brief.actors().stream().filter(a -> a.name().equals(name)).findFirst();
        }

        String speakerOf(String quoteStart) {
            return brief.quotes().stream().filter(q -> q.text().startsWith(quoteStart)).map(Quote::speaker).findFirst()
                    .orElseThrow(() -> new AssertionError("no quote starting " + quoteStart + " in " + brief.quotes()));
        }

        NextStep stepMentioning(String words) {
            return brief.nextSteps().stream().filter(s -> s.action().contains(words)).findFirst()
                    .orElseThrow(() -> new AssertionError("no step about " + words + " in " + brief.nextSteps()));
        }
    }

    private Briefed brief(String file) {
        byte[] bytes = TestFiles.bytes(TestFiles.repository("events/articles/" + file));
        Article article = new ArticleParser().parse(bytes, file, null);
        Briefed briefed = new Briefed(article, engine.brief(article));
        assertGrounded(briefed);
        return briefed;
    }

    /** Whatever the style, every quote and actor name is in the body and every headline-shift part in the article. */
    private static void assertGrounded(Briefed briefed) {
        String body = briefed.article().body();
        for (Quote quote : briefed.brief().quotes()) {
            assertTrue(body.contains(quote.text()), () -> "not verbatim: " + quote.text());
        }
        for (Actor actor : briefed.brief().actors()) {
            assertTrue(body.contains(actor.name()), () -> "not in body: " + actor.name());
        }
        String full = briefed.article().fullText();
        var shift = briefed.brief().headlineShift();
        for (String part : List.of(shift.before(), shift.after(), shift.trigger())) {
            assertTrue(full.contains(part), () -> "not drawn from the article: " + part);
        }
    }

    @Test
    void wireStory() {
        Briefed wire = brief("sample-wire-story.txt");
        assertEquals(ArticleFormat.TEXT, wire.article().format());
        assertEquals("Swiss Environment Minister", wire.actor("Claudia Berger").orElseThrow().role());
        assertEquals("Italian Deputy Environment Minister", wire.actor("Marco Ferrante").orElseThrow().role());
        assertEquals("climatologist at the University of Ghana", wire.actor("Amara Osei").orElseThrow().role(),
                "the apposition, without its relative clause");
        assertEquals(Actor.ORGANISATION, wire.actor("Alpenstrom AG").orElseThrow().type());
        assertTrue(wire.actor("Briefs Wire").isEmpty(), "the agency in the dateline is not an actor");
        assertTrue(wire.actor("Geneva").isEmpty() && wire.actor("GENEVA").isEmpty());

        assertEquals("Claudia Berger", wire.speakerOf("We were each watching"));
        assertEquals("Claudia Berger", wire.speakerOf("Now we will look through one window"), "second part, same speaker");
        assertEquals("Amara Osei", wire.speakerOf("Open data is necessary"), "“…,” said Dr. Amara Osei, a …");
        assertEquals("Amara Osei", wire.speakerOf("The glaciers are responding"), "quote after the attribution");
        assertEquals("Marco Ferrante", wire.speakerOf("A mayor in a small valley"), "“…,” Ferrante said");
        assertEquals("Lena Hoffmann", wire.speakerOf("This is the first time"), "told reporters: on the line before");

        NextStep turin = wire.stepMentioning("Turin");
        assertEquals("on March 12", turin.when());
        assertEquals("Alpine Glacier Data Alliance", turin.actor(), "“the alliance” resolves to its full name");
        assertEquals("Claudia Berger", wire.stepMentioning("Swiss parliament").actor());
        assertEquals("next month", wire.stepMentioning("Swiss parliament").when());

        assertTrue(wire.brief().headlineShift().before().startsWith("Until last year"));
        assertTrue(wire.brief().headlineShift().after().startsWith("Switzerland, Italy, Austria and France agreed"),
                "the dateline is not part of the lede");
        assertTrue(wire.brief().headlineShift().trigger().contains("record 6 percent"));
    }

    @Test
    void markdownPost() {
        Briefed post = brief("harbor-robotics-pause.md");
        assertEquals(ArticleFormat.MARKDOWN, post.article().format());
        assertEquals("Harbor Robotics pauses warehouse rollout after safety regulator steps in", post.article().title());
        assertEquals("chief executive of Harbor Robotics", post.actor("Priya Raman").orElseThrow().role());
        assertEquals(Actor.ORGANISATION, post.actor("Warehouse Workers Union").orElseThrow().type());
        assertTrue(post.actor("Harbor Robotics Inc").isPresent() || post.actor("Harbor Robotics Inc.").isPresent());

        assertEquals("Priya Raman", post.speakerOf("We built these machines"), "a block quotation after “…, said …”");
        assertEquals("Priya Raman", post.speakerOf("ready for any warehouse floor"), "“its chief executive” before she is named");
        assertEquals("Tom Becker", post.speakerOf("People told management"));
        assertEquals("Tom Becker", post.speakerOf("They were told"));
        assertEquals("Daniel Okafor", post.speakerOf("Our job now"), "“…,” Okafor told [a link]");
        assertEquals("Priya Raman", post.speakerOf("Nobody loses a paycheck"), "“…,” she said");

        assertEquals("by April 30", post.stepMentioning("independent audit").when());
        assertEquals("next month", post.stepMentioning("penalties").when());
        assertEquals("Warehouse Workers Union", post.stepMentioning("ballot members").actor());
        assertTrue(post.brief().headlineShift().before().startsWith("As recently as January"));
    }

    @Test
    void windows1252TextWithCurlyQuotesAndHardWraps() {
        Briefed local = brief("northbridge-tram-vote-cp1252.txt");
        assertTrue(local.article().body().contains("“shovel-ready”"), "windows-1252 quotes decode to curly quotes");
        assertTrue(local.article().body().contains("£310 million scheme this week"), "hard-wrapped lines are joined");
        assertEquals("Mayor", local.actor("Helen Whitcombe").orElseThrow().role());
        assertEquals(Actor.ORGANISATION, local.actor("Northbridge Transit Authority").orElseThrow().type());
        assertEquals(Actor.ORGANISATION, local.actor("Northbridge Chamber of Commerce").orElseThrow().type());

        assertEquals("Helen Whitcombe", local.speakerOf("I have spent six years"), "“…,” Whitcombe told the meeting");
        assertEquals("Helen Whitcombe", local.speakerOf("But I will not put a figure"));
        assertEquals("Helen Whitcombe", local.speakerOf("a blank cheque"), "a fragment after “Mayor … said”");
        assertEquals("Sofia Lindqvist", local.speakerOf("The first estimate"));
        assertEquals("Raj Patel", local.speakerOf("Residents in the east"), "“…,” said Councillor Patel");

        assertEquals("on 14 March", local.stepMentioning("revised business case").when());
        assertEquals("Northbridge Transit Authority", local.stepMentioning("£40 million grant").actor());
        assertEquals("in early 2027", local.stepMentioning("begin in early 2027").when(), "the time after the cue");
        assertTrue(local.brief().headlineShift().before().startsWith("Until the revised estimate"));
    }

    @Test
    void htmlPageWithClutter() {
        Briefed page = brief("riverside-hospital-wards.html");
        assertEquals(ArticleFormat.HTML, page.article().format());
        String body = page.article().body();
        for (String clutter : List.of("cookies", "Share on Facebook", "Advertisement", "Sign up", "Ambulance waits")) {
            assertFalse(body.contains(clutter), () -> "page furniture left in the body: " + clutter);
        }
        assertEquals("Health Secretary", page.actor("Miriam Castell").orElseThrow().role());
        assertEquals("chief executive of the Northvale Hospitals Trust", page.actor("Ethan Mbeki").orElseThrow().role());
        assertEquals(Actor.ORGANISATION, page.actor("Care Quality Commission").orElseThrow().type());

        assertEquals("Miriam Castell", page.speakerOf("These wards are not a line"));
        assertEquals("Miriam Castell", page.speakerOf("Closing them would have saved money"));
        assertEquals("Ethan Mbeki", page.speakerOf("We were asked to balance the books"), "a <blockquote> after “…, said …”");
        assertEquals("Grace O’Neill", page.speakerOf("Half my team"));
        assertEquals("Grace O’Neill", page.speakerOf("Today some of them"));

        assertEquals("on 1 March", page.stepMentioning("40 additional nurses").when());
        assertEquals("Northvale Hospitals Trust", page.stepMentioning("40 additional nurses").actor());
        assertTrue(page.brief().headlineShift().before().startsWith("Only in September"));
        assertTrue(page.brief().headlineShift().trigger().contains("£40 million funding package"));
    }
}
