package dev.briefs.engine.extractive;

import dev.briefs.article.Block;
import dev.briefs.brief.NextStep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what the article says will happen: every sentence of a "What comes next" section, and elsewhere sentences
 * that look ahead ("will", "plans to", "is due to", "next week") outside quotations. Each becomes a step with the
 * sentence's subject as actor (resolved to a cast name), the clause after the subject (or after "will") as action,
 * and the time expression, if any. The best-supported steps are kept, in article order.
 */
final class NextStepExtractor {

    static final int MAX_STEPS = 6;
    private static final int MIN_WORDS = 5;
    /** A subject phrase longer than this is a clause, not an actor: the names in it are shown instead. */
    private static final int MAX_ACTOR_WORDS = 10;

    /** Words that look ahead. "will" is checked separately, since it is also a noun ("political will"). */
    private static final Map<String, Pattern> FORWARD = Lexicon.perLanguage(language -> Pattern.compile(
            "\\b(?:will|won[’']t|shall|(?:is|are)\\s+(?:due|expected|set|scheduled|slated|poised|likely|going)\\s+to"
                    + "|(?:is|are|was|were)\\s+(?:due|set|scheduled|slated)\\s+for"
                    + "|plans\\s+to|planning\\s+to|intends\\s+to|aims\\s+to|hopes\\s+to|vow(?:s|ed)?\\s+to"
                    + "|pledged\\s+to|promised\\s+to|readiness\\s+to|ready\\s+to|prepared\\s+to|seeks\\s+to"
                    + "|expects?\\s+to|looking\\s+ahead|sees|forecasts?|would|could|should|might|(?-i:may))\\b"
                    + Lexicon.cueAlternative("forward", language) + future(language),
            Pattern.CASE_INSENSITIVE));
    /** The future tense of the language's verbs, as its lexicon file's "[future]" endings give it. */
    private static String future(String language) {
        List<String> endings = Lexicon.cues("future", language);
        return endings.isEmpty() ? "" : "|(?<![\\p{L}\\p{N}])\\p{L}{2,}(?:" + String.join("|", endings) + ")(?![\\p{L}\\p{N}])";
    }

    /** Time words that make a sentence look ahead without marking where its subject ends. */
    private static final Pattern AHEAD = Pattern.compile(
            "(?i)\\b(?:next\\s+(?:week|month|year)|upcoming|later\\s+this\\s+(?:week|month|year)"
                    + "|in the (?:coming|next)(?: few)? (?:days|weeks|months))\\b");
    /** Cues of intent rather than plan: outside a "What next" section they need a date to count. */
    private static final Pattern WEAK = Pattern.compile(
            "(?i)(?:hopes?|vow(?:s|ed)?|pledged|promised|readiness|ready|prepared|seeks?|aims?)\\s+to"
                    + "|would|could|should|might|may|sees|expects?\\s+to|forecasts?|looking\\s+ahead");
    /** English modals, after which the action starts; the other languages' cues are verbs of the action itself. */
    private static final Pattern MODAL = Pattern.compile("(?i)will|won[’']t|shall|would|could|should|might|may");
    private static final Set<String> NOUN_WILL = Set.of("the", "political", "free", "good", "ill", "own", "his", "her",
            "their", "its", "of", "popular", "a", "our", "my", "your");
    /** Adverbs between "will" and its verb that the action leaves out ("will now travel"). */
    private static final Set<String> SKIPPED_ADVERBS = Set.of("now", "also", "then", "soon", "first", "still");
    private static final Pattern SCHEDULED = Pattern.compile(
            "(?i)\\b(?:due|scheduled|set|slated|expected|plans?|planning)\\s+to\\b|\\bwill\\s+(?:now\\s+|also\\s+)?"
                    + "(?:travel|meet|vote|decide|announce|hold|visit|publish|release|launch|begin|start|host|sign"
                    + "|attend|return|resume|review|consider|hear|rule|testify|present|open|close|finalise|finalize)\\b");

    private record Candidate(SegmentedArticle.Sentence sentence, int cueStart, int cueEnd, boolean modal, int score) {
    }

    private NextStepExtractor() {
    }

    static List<NextStep> extract(SegmentedArticle text, Cast cast) {
        List<Candidate> candidates = new ArrayList<>();
        SegmentedArticle.Sentence lede = text.lede();
        for (SegmentedArticle.Sentence sentence : text.sentences()) {
            SegmentedArticle.Paragraph paragraph = text.paragraph(sentence.paragraph());
            if (sentence.equals(lede) && !paragraph.inNextSection()) {
                continue; // the lede is the news itself, told as the headline shift
            }
            if (paragraph.kind() == Block.Kind.QUOTE || text.insideQuotation(sentence.start())
                    || ClauseTrimmer.words(text.text(sentence)) < MIN_WORDS) {
                continue;
            }
            Candidate candidate = candidate(text, cast, sentence, paragraph.inNextSection());
            if (candidate != null) {
                candidates.add(candidate);
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.score()));
        List<Candidate> chosen = new ArrayList<>(candidates.subList(0, Math.min(MAX_STEPS, candidates.size())));
        chosen.sort(Comparator.comparingInt(c -> c.sentence().start()));
        List<NextStep> steps = new ArrayList<>();
        for (Candidate candidate : chosen) {
            steps.add(step(text, cast, candidate));
        }
        return steps;
    }

    private static Candidate candidate(SegmentedArticle text, Cast cast, SegmentedArticle.Sentence sentence, boolean section) {
        Matcher cue = FORWARD.get(text.language()).matcher(text.body()).region(sentence.start(), sentence.end());
        int cueStart = -1;
        int cueEnd = -1;
        boolean modal = false;
        while (cue.find()) {
            if (!text.insideQuotation(cue.start()) && !nounWill(text.body(), cue)) {
                cueStart = cue.start();
                cueEnd = cue.end();
                modal = MODAL.matcher(cue.group()).matches();
                break;
            }
        }
        if (cueStart < 0 && !section && !AHEAD.matcher(text.text(sentence)).find()) {
            return null;
        }
        boolean weak = cueStart >= 0 && WEAK.matcher(text.text(cueStart, cueEnd)).matches();
        // An intent or a reported modal ("said on Wednesday it would…") looks ahead only with a time after it; the
        // check comes first because most such sentences have none, and reading times is the costly part.
        if (weak && !section && TimeExpressions.find(text, cueEnd, sentence.end()).isEmpty()) {
            return null;
        }
        boolean timed = !TimeExpressions.find(text, sentence.start(), sentence.end()).isEmpty();
        int score = (section ? 4 : 0) + (timed ? 2 : 0);
        SubjectFinder.Subject subject = SubjectFinder.find(text, cast, sentence.start(),
                cueStart < 0 ? sentence.end() : cueStart);
        if (subject != null && !subject.members().isEmpty()) {
            score += 2;
        }
        if (SCHEDULED.matcher(text.text(sentence)).find()) {
            score += 1;
        }
        if (!section && score < 2) {
            return null;
        }
        return new Candidate(sentence, cueStart, cueEnd, modal, score);
    }

    private static boolean nounWill(String body, Matcher cue) {
        if (!cue.group().equalsIgnoreCase("will")) {
            return false;
        }
        int end = cue.start();
        while (end > 0 && body.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(body.charAt(start - 1))) {
            start--;
        }
        return NOUN_WILL.contains(Lexicon.lower(body.substring(start, end)));
    }

    private static NextStep step(SegmentedArticle text, Cast cast, Candidate candidate) {
        SegmentedArticle.Sentence sentence = candidate.sentence();
        int subjectEnd = candidate.cueStart() < 0 ? sentence.end() : candidate.cueStart();
        SubjectFinder.Subject subject = SubjectFinder.find(text, cast, sentence.start(), subjectEnd);
        String actor = subject == null ? "" : QuoteExtractor.plausible(cast, actorName(text, cast, subject, subjectEnd),
                sentence.start());
        int actionStart;
        if (candidate.modal() && Lexicon.lower(text.text(candidate.cueStart(), candidate.cueEnd())).startsWith("won")) {
            actionStart = candidate.cueStart(); // keep the negation: "won't attend"
        } else if (candidate.modal()) {
            actionStart = afterAdverbs(text, candidate.cueEnd());
        } else if (subject != null && subject.leading()) {
            actionStart = afterApposition(text, subject.end(), sentence.end());
        } else if (candidate.cueStart() >= 0) {
            actionStart = candidate.cueStart(); // "…, la Regione stanzierà 2,4 milioni": the action from its verb
        } else {
            actionStart = sentence.start();
        }
        String action = ClauseTrimmer.trim(text.text(actionStart, sentence.end()));
        action = ClauseTrimmer.stripTrailingPunctuation(action);
        // The time after the cue is the step's ("If approved in April, building is due to begin in 2027").
        String when = candidate.cueStart() < 0 ? "" : TimeExpressions.find(text, candidate.cueStart(), sentence.end());
        if (when.isEmpty()) {
            when = TimeExpressions.find(text, sentence.start(), sentence.end());
        }
        return new NextStep(actor, action, when);
    }

    /**
     * The actor as a brief shows it: the names when they open the clause; otherwise the whole subject phrase with
     * the names written in full ("European leaders, including Keir Starmer and Emmanuel Macron").
     */
    private static String actorName(SegmentedArticle text, Cast cast, SubjectFinder.Subject subject, int subjectEnd) {
        if (subject.leading() || subject.members().isEmpty()) {
            return subject.text();
        }
        if (ClauseTrimmer.words(text.text(text.sentenceAt(subject.start()).start(), subjectEnd)) > MAX_ACTOR_WORDS) {
            return SubjectFinder.joinNames(cast, subject.members());
        }
        int sentenceStart = text.sentenceAt(subject.start()).start();
        int comma = text.body().lastIndexOf(", ", subject.start());
        int phraseStart = comma >= sentenceStart ? comma + 2 : sentenceStart; // after an opening adverbial
        StringBuilder phrase = new StringBuilder();
        int at = phraseStart;
        for (Mention mention : cast.mentionsBetween(phraseStart, subjectEnd)) {
            phrase.append(text.text(at, mention.start())).append(cast.name(mention.member()));
            at = mention.end();
        }
        phrase.append(text.text(at, subjectEnd));
        return phrase.toString().replaceAll("\\s*[—–]\\s*", ", ").replaceAll("[,\\s]+$", "").strip();
    }

    private static int afterAdverbs(SegmentedArticle text, int offset) {
        int at = offset;
        for (Token word : Tokenizer.words(text.body(), offset, Math.min(text.body().length(), offset + 40))) {
            if (!SKIPPED_ADVERBS.contains(word.text())) {
                return word.start();
            }
            at = word.end();
        }
        return at;
    }

    /** Skips an apposition after the subject: "John Healey, the defence secretary, said" continues at "said". */
    private static int afterApposition(SegmentedArticle text, int offset, int end) {
        String body = text.body();
        int at = offset;
        if (at < end && body.charAt(at) == ',') {
            int close = body.indexOf(',', at + 1);
            if (close > 0 && close < end) {
                at = close + 1;
            }
        }
        while (at < end && Character.isWhitespace(body.charAt(at))) {
            at++;
        }
        return at;
    }
}
