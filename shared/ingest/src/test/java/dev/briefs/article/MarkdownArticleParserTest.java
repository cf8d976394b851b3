package dev.briefs.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownArticleParserTest {

    private static List<String> kinds(Article article) {
        return article.blocks().stream().map(b -> b.kind().name().charAt(0) + ": " + b.text()).toList();
    }

    @Test
    void readsFrontMatterHeadingsQuotesListsAndInlineMarkup() {
        Article article = new MarkdownArticleParser().parse("""
                ---
                title: "Robots paused after accident"
                author: Jane Doe
                ---

                # Robots paused after accident

                **Acme Robotics** halted its [forklift](https://example.org) rollout on *Wednesday*.

                > "We will not switch them back on until we know why," the chief executive said.

                ## What happens next

                - The audit is due by April 30.
                - The regulator will decide on penalties next month.

                ## Related

                - [Robots in warehouses: a timeline](https://example.org/a)
                - [Unions call for rules](https://example.org/b)
                """);
        assertEquals("Robots paused after accident", article.title());
        assertEquals("Jane Doe", article.metadata().byline());
        assertEquals(List.of(
                "P: Acme Robotics halted its forklift rollout on Wednesday.",
                "Q: \"We will not switch them back on until we know why,\" the chief executive said.",
                "H: What happens next",
                "L: The audit is due by April 30.",
                "L: The regulator will decide on penalties next month."), kinds(article));
    }

    @Test
    void theFirstHeadingIsTheTitleWithoutFrontMatterAndABylineLineIsMetadata() {
        Article article = new MarkdownArticleParser().parse("""
                # Port reopens

                By Sam Reyes

                The port reopened on Monday after the strike ended.
                """);
        assertEquals("Port reopens", article.title());
        assertEquals("Sam Reyes", article.metadata().byline());
        assertEquals(List.of("P: The port reopened on Monday after the strike ended."), kinds(article));
    }
}
