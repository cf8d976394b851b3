package dev.briefs.engine.extractive;

import dev.briefs.article.NumberedSentences;
import dev.briefs.brief.Actor;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.Quote;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The engine's last step: each item gets the sentences it was drawn from. Every item the extractors return is text of
 * the article (a quotation, a name, a clause), so it is found where it stands; a clause the extractors trimmed is
 * placed in the sentence that holds most of its content words.
 */
final class EvidenceLocator {

    /** An actor cites the first sentences that name them: where they enter the story, not every mention. */
    static final int MAX_ACTOR_SENTENCES = 5;

    private EvidenceLocator() {
    }

    static BriefContent locate(BriefContent content, NumberedSentences sentences) {
        HeadlineShift shift = content.headlineShift();
        return new BriefContent(
                shift.withEvidence(new HeadlineShift.ShiftEvidence(clause(sentences, shift.before()),
                        clause(sentences, shift.after()), clause(sentences, shift.trigger()))),
                content.actors().stream().map(actor -> actor.withEvidence(
                        sentences.naming(actor.name(), MAX_ACTOR_SENTENCES))).toList(),
                content.quotes().stream().map(quote -> quote.withEvidence(quote(sentences, quote))).toList(),
                content.nextSteps().stream().map(step -> step.withEvidence(clause(sentences, step.action()))).toList(),
                content.engine());
    }

    /**
     * Where a quotation stands, and the sentence that names its speaker when that stands further back than the
     * quotation's neighbourhood ("Osei spoke first. He said the plan was late. “…,” he added."), or before the
     * questions of an interview, so the citation shows who "he" is.
     */
    private static List<Integer> quote(NumberedSentences sentences, Quote quote) {
        List<Integer> ids = clause(sentences, quote.text());
        String speaker = quote.speaker().strip();
        String surname = speaker.substring(speaker.lastIndexOf(' ') + 1);
        // A transcript's line over a speaker's answers writes the name in capitals: "JANE ROE (coach)".
        String shouted = surname.toUpperCase(Locale.ROOT);
        if (ids.isEmpty() || surname.isEmpty() || sentences.around(ids).stream()
                .anyMatch(id -> sentences.names(id, surname) || sentences.names(id, shouted))) {
            return ids;
        }
        int interview = sentences.interviewStart(ids.getFirst());
        int before = interview > 0 ? interview : ids.getFirst();
        int naming = Math.max(sentences.lastNaming(surname, before), sentences.lastNaming(shouted, before));
        return naming < 0 ? ids : Stream.concat(Stream.of(naming), ids.stream()).toList();
    }

    /** Where a piece of the article's text stands, or the sentence holding most of its words; none for "". */
    private static List<Integer> clause(NumberedSentences sentences, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Integer> verbatim = sentences.locate(text);
        return verbatim.isEmpty() ? sentences.bestSupport(text).ids() : verbatim;
    }
}
