package dev.briefs.render;

import dev.briefs.log.PrintableText;
import dev.briefs.brief.Actor;
import dev.briefs.brief.Brief;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.ParsedArticle;
import dev.briefs.brief.Publication;
import dev.briefs.brief.Quote;

import java.util.List;
import java.util.Set;

/** Renders a brief as Markdown, for terminals and for {@code Accept: text/markdown}. */
public final class BriefMarkdown {

    private BriefMarkdown() {
    }

    public static String render(Brief brief) {
        StringBuilder md = new StringBuilder();
        String key = PrintableText.of(brief.source().key());
        String title = brief.title() != null && !brief.title().isBlank() ? brief.title() : key;
        md.append("# ").append(oneLine(title)).append("\n\n");
        md.append("*").append(brief.status()).append("* · `").append(key).append("` · id `")
                .append(brief.id()).append('`');
        EngineInfo engine = brief.engine();
        if (engine != null) {
            md.append(" · engine ").append(engine.provider());
            if (engine.model() != null) {
                md.append(" (").append(engine.model()).append(')');
            }
        }
        md.append("\n\n");
        Publication published = brief.published();
        if (published != null && (published.byline() != null || published.date() != null)) {
            md.append(published.byline() == null ? "" : oneLine(published.byline()))
                    .append(published.byline() != null && published.date() != null ? " · " : "")
                    .append(published.date() == null ? "" : published.date()).append("\n\n");
        }
        if (brief.error() != null) {
            md.append("**Failed** (").append(brief.error().code()).append("): ").append(brief.error().message()).append("\n");
            return md.toString();
        }
        if (engine != null && engine.fallbackReason() != null) {
            md.append("> Fallback: ").append(oneLine(engine.fallbackReason())).append("\n\n");
        }
        HeadlineShift shift = brief.headlineShift();
        if (shift != null) {
            md.append("## Headline shift\n\n");
            HeadlineShift.ShiftEvidence evidence = shift.evidence();
            md.append("- **Before:** ").append(oneLine(shift.before()))
                    .append(sentences(evidence == null ? null : evidence.before())).append('\n');
            md.append("- **After:** ").append(oneLine(shift.after()))
                    .append(sentences(evidence == null ? null : evidence.after())).append('\n');
            md.append("- **Trigger:** ").append(oneLine(shift.trigger()))
                    .append(sentences(evidence == null ? null : evidence.trigger())).append("\n\n");
        }
        if (!brief.actors().isEmpty()) {
            md.append("## Actors\n\n");
            for (Actor actor : brief.actors()) {
                md.append("- **").append(actor.name()).append("**");
                if (actor.role() != null && !actor.role().isBlank()) {
                    md.append(" — ").append(oneLine(actor.role()));
                }
                md.append(" (").append(actor.type()).append(", ").append(actor.mentions())
                        .append(actor.mentions() == 1 ? " mention)" : " mentions)")
                        .append(sentences(actor.evidence())).append('\n');
            }
            md.append('\n');
        }
        if (!brief.quotes().isEmpty()) {
            md.append("## Quotes\n\n");
            for (Quote quote : brief.quotes()) {
                md.append("> “").append(oneLine(quote.text())).append("”\n> — ").append(oneLine(attribution(quote)))
                        .append(sentences(quote.evidence())).append("\n\n");
            }
        }
        if (!brief.nextSteps().isEmpty()) {
            md.append("## Next steps\n\n");
            for (NextStep step : brief.nextSteps()) {
                md.append("- ");
                if (step.actor() != null && !step.actor().isBlank()) {
                    md.append("**").append(oneLine(step.actor())).append("**: ");
                }
                md.append(oneLine(step.action()));
                if (step.when() != null && !step.when().isBlank()) {
                    md.append(" (").append(oneLine(step.when())).append(')');
                }
                md.append(sentences(step.evidence())).append('\n');
            }
        }
        return md.toString();
    }

    /** A brief's parsed article: its sentences numbered as the brief cites them, the cited ones in bold. */
    public static String article(Brief brief, ParsedArticle article) {
        Set<Integer> cited = BriefCitations.of(brief);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(oneLine(article.title())).append("\n\n");
        md.append("Parsed article of brief `").append(brief.id()).append("`; cited sentences in bold.\n\n");
        for (ParsedArticle.Sentence sentence : article.sentences()) {
            String text = oneLine(sentence.text());
            md.append(sentence.id()).append(". ").append(cited.contains(sentence.id()) ? "**" + text + "**" : text)
                    .append('\n');
        }
        return md.toString();
    }

    /** The sentence numbers an item cites, " [s2, s5]"; nothing for a brief made before evidence was recorded. */
    private static String sentences(List<Integer> evidence) {
        if (evidence == null || evidence.isEmpty()) {
            return "";
        }
        StringBuilder ids = new StringBuilder(" [");
        for (int i = 0; i < evidence.size(); i++) {
            ids.append(i == 0 ? "s" : ", s").append(evidence.get(i));
        }
        return ids.append(']').toString();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** Who said a quote, as a reader sees it: its speaker, or "unattributed" when the brief cannot tell. */
    static String attribution(Quote quote) {
        return quote.speaker() == null || quote.speaker().isBlank() ? "unattributed" : quote.speaker();
    }
}
