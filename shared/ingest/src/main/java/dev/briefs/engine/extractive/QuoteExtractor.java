package dev.briefs.engine.extractive;

import dev.briefs.brief.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Returns the article's quotations, verbatim and without their marks, each with its speaker. The speaker is looked
 * for where newswriting puts it, in this order: after the quotation ("…,” said Dr. Amara Osei" / "…,” Osei said" /
 * "— Jane Doe"); before it in the same sentence ("Starmer said: “…”", "Witkoff called it “game-changing”",
 * "according to X"); in the paragraph that introduces a stand-alone quotation ("Macron warned:"); and, for a
 * quotation that carries on, with the speaker of the one before. Names resolve to the cast's full names, pronouns to
 * the person last named. Short unattributed fragments (scare quotes, titles) are left out.
 */
final class QuoteExtractor {

    static final int MAX_QUOTES = 12;
    /** More words than this between a quotation and its verb means the verb belongs to another clause. */
    private static final int MAX_ATTRIBUTION_WORDS = 10;
    private static final int MAX_UNATTRIBUTED_FRAGMENT_WORDS = 3;
    /** How far from a quotation its attribution may stand, which also keeps the work per quotation bounded. */
    private static final int MAX_ATTRIBUTION_CHARS = 400;

    private record Found(Quotation quotation, String speaker) {
    }

    private QuoteExtractor() {
    }

    static List<Quote> extract(ArticleText text, Cast cast) {
        String body = text.body();
        List<Found> found = new ArrayList<>();
        Found previous = null;
        List<Quotation> quotations = text.quotations();
        for (int i = 0; i < quotations.size(); i++) {
            Quotation quotation = quotations.get(i);
            Quotation next = i + 1 < quotations.size() ? quotations.get(i + 1) : null;
            String speaker = speaker(text, cast, quotation, previous, next);
            boolean fragment = quotation.words(body) <= MAX_UNATTRIBUTED_FRAGMENT_WORDS || !quotation.readsAsSpeech(body);
            if (fragment && !names(cast, speaker, quotation.open())) {
                // A fragment is only worth a quote when someone in the cast said it; a description is not enough.
                speaker = "";
            }
            Found current = new Found(quotation, speaker);
            previous = current;
            if (!speaker.isEmpty() || !fragment) {
                found.add(current);
            }
        }
        return select(body, found);
    }

    /** Whether {@code speaker} names someone: cast members, or a capitalised name, rather than a description. */
    private static boolean names(Cast cast, String speaker, int offset) {
        if (speaker.isEmpty()) {
            return false;
        }
        for (String name : speaker.split(",\\s*|\\s+and\\s+")) {
            if (cast.resolveName(name, offset) < 0 && !Character.isUpperCase(name.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Attributed quotations first, up to the limit, then shown in article order without repeats. */
    private static List<Quote> select(String body, List<Found> found) {
        List<Found> ranked = new ArrayList<>(found);
        ranked.sort(Comparator.comparing((Found f) -> f.speaker().isEmpty()));
        Set<String> seen = new HashSet<>();
        List<Found> chosen = new ArrayList<>();
        for (Found candidate : ranked) {
            if (chosen.size() < MAX_QUOTES && seen.add(candidate.quotation().text(body))) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(f -> f.quotation().open()));
        return chosen.stream().map(f -> new Quote(f.speaker(), f.quotation().text(body))).toList();
    }

    private static String speaker(ArticleText text, Cast cast, Quotation quotation, Found previous, Quotation next) {
        ArticleText.Paragraph paragraph = text.paragraph(quotation.paragraph());
        boolean opensParagraph = nextNonSpace(text, paragraph.start()) >= quotation.open();
        if (previous != null && !previous.quotation().closed() && opensParagraph
                && previous.quotation().paragraph() == quotation.paragraph() - 1) {
            return previous.speaker(); // a quotation running on from the paragraph before
        }
        Quotation before = previous != null && previous.quotation().paragraph() == quotation.paragraph()
                ? previous.quotation() : null;
        String speaker = after(text, cast, quotation, next);
        if (speaker.isEmpty()) {
            ArticleText.Sentence sentence = text.sentenceAt(quotation.open());
            int from = Math.max(sentence == null ? paragraph.start() : sentence.start(),
                    before == null ? paragraph.start() : before.end());
            speaker = introduced(text, cast, from, quotation.open());
        }
        if (speaker.isEmpty() && opensParagraph) {
            speaker = introducedByParagraphBefore(text, cast, quotation);
        }
        if (speaker.isEmpty() && previous != null && !previous.speaker().isEmpty()
                && previous.quotation().paragraph() >= quotation.paragraph() - 2
                && cast.mentionsBetween(previous.quotation().end(), quotation.open()).stream()
                .allMatch(m -> m.quoted() || !cast.member(m.member()).person()
                        || previous.speaker().contains(cast.name(m.member())))) {
            speaker = previous.speaker(); // the same speaker goes on until someone else is named
        }
        return speaker;
    }

    /** "…,” said Dr. Amara Osei", "…,” Osei said", "…,” he said", "… — Jane Doe". */
    private static String after(ArticleText text, Cast cast, Quotation quotation, Quotation next) {
        int from = quotation.end();
        int to = attributionEnd(text, quotation, next);
        int reach = MAX_ATTRIBUTION_WORDS;
        if (Tokenizer.words(text.body(), from, to).isEmpty()) {
            // “We will win.” Osei said. The attribution may stand in a sentence of its own, right after.
            ArticleText.Sentence nextSentence = text.sentenceAt(nextNonSpace(text, to));
            if (nextSentence == null || nextSentence.paragraph() != quotation.paragraph()) {
                return "";
            }
            to = Math.min(nextSentence.end(), from + MAX_ATTRIBUTION_CHARS);
            reach = 3;
        }
        List<Token> words = Tokenizer.words(text.body(), from, to);
        if (words.isEmpty()) {
            return "";
        }
        Token first = words.getFirst();
        String gap = text.text(from, first.start());
        if (Speech.isVerb(first.text()) || gap.contains("—") || gap.contains("–") || gap.strip().equals("-")) {
            int start = Speech.isVerb(first.text()) ? first.end() : first.start();
            SubjectFinder.Subject subject = SubjectFinder.find(text, cast, start, to);
            return subject != null && subject.leading() ? subject.text() : "";
        }
        for (int i = 0; i < words.size() && i <= reach; i++) {
            Token word = words.get(i);
            if (word.text().equals("that") || Speech.isParticiple(word.text())) {
                return "";
            }
            if (Speech.isVerb(word.text())) {
                SubjectFinder.Subject subject = SubjectFinder.find(text, cast, from, word.start());
                return subject != null && subject.leading() ? subject.text() : "";
            }
        }
        return "";
    }

    /** "Starmer said: “…”", "Witkoff called it “game-changing”", "according to the ministry, “…”". */
    private static String introduced(ArticleText text, Cast cast, int sentenceStart, int to) {
        int from = windowStart(text.body(), sentenceStart, to);
        List<Token> verbs = Speech.verbs(text, from, to);
        if (verbs.isEmpty()) {
            return "";
        }
        Token verb = verbs.getLast();
        if (Speech.isAccording(verb)) {
            SubjectFinder.Subject source = SubjectFinder.find(text, cast, verb.end() + " to".length(), to);
            return source == null ? "" : source.text();
        }
        // The subject of the verb nearest the quotation: "Witkoff said Putin called it “…”" is Putin's word.
        int start = verbs.size() > 1 ? verbs.get(verbs.size() - 2).end() : from;
        start = Math.max(start, lastClauseBreak(text.body(), start, verb.start()));
        SubjectFinder.Subject subject = SubjectFinder.find(text, cast, start, verb.start());
        if (subject == null && start > from) {
            subject = SubjectFinder.find(text, cast, from, verb.start());
        }
        if (subject == null) {
            // “It’s not over,” said Jo Park, “not by a long way.”: the speaker follows the verb.
            SubjectFinder.Subject after = SubjectFinder.find(text, cast, verb.end(), to);
            subject = after != null && after.leading() ? after : null;
        }
        return subject == null ? "" : subject.text();
    }

    /** A stand-alone quotation after "UK Prime Minister Keir Starmer reiterated:" or "Osei said the plan was late." */
    private static String introducedByParagraphBefore(ArticleText text, Cast cast, Quotation quotation) {
        if (quotation.paragraph() == 0) {
            return "";
        }
        ArticleText.Paragraph before = text.paragraph(quotation.paragraph() - 1);
        List<ArticleText.Sentence> sentences = text.sentencesOf(before.index());
        if (before.isHeading() || sentences.isEmpty()) {
            return "";
        }
        ArticleText.Sentence last = sentences.getLast();
        String speaker = introduced(text, cast, last.start(), last.end());
        if (speaker.isEmpty() && text.body().charAt(last.end() - 1) == ':') {
            SubjectFinder.Subject subject = SubjectFinder.find(text, cast, last.start(), last.end());
            speaker = subject == null ? "" : subject.text();
        }
        return speaker;
    }

    /** Where the last coordinated clause before {@code to} starts: after ", and", "; " or ", but". */
    private static int lastClauseBreak(String body, int from, int to) {
        String window = body.substring(from, to);
        int at = from;
        for (String joint : new String[] {", and ", "; ", ", but "}) {
            int index = window.lastIndexOf(joint);
            if (index >= 0) {
                at = Math.max(at, from + index + joint.length());
            }
        }
        return at;
    }

    private static int nextNonSpace(ArticleText text, int offset) {
        int i = offset;
        while (i < text.body().length() && Character.isWhitespace(text.body().charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The end of the sentence a quotation closes, or the start of the next quotation in it; attributions stand close
     * to their quotation, so no further than {@value #MAX_ATTRIBUTION_CHARS} characters.
     */
    private static int attributionEnd(ArticleText text, Quotation quotation, Quotation next) {
        ArticleText.Paragraph paragraph = text.paragraph(quotation.paragraph());
        ArticleText.Sentence sentence = text.sentenceAt(Math.max(quotation.open(), quotation.end() - 1));
        int end = sentence == null || sentence.end() < quotation.end() ? paragraph.end() : sentence.end();
        if (next != null && next.open() >= quotation.end() && next.open() < end) {
            end = next.open();
        }
        return Math.min(end, quotation.end() + MAX_ATTRIBUTION_CHARS);
    }

    /** The start of the attribution window before {@code to}: its sentence, but no more than the limit, at a space. */
    private static int windowStart(String body, int sentenceStart, int to) {
        if (to - sentenceStart <= MAX_ATTRIBUTION_CHARS) {
            return sentenceStart;
        }
        int start = to - MAX_ATTRIBUTION_CHARS;
        while (start < to && !Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        return start;
    }
}
