package dev.briefs.engine.extractive;

import dev.briefs.article.Block;
import dev.briefs.brief.HeadlineShift;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the story changed from its top: the state before (a sentence with "as recently as", "until", "had
 * been", "earlier"…), the state after (the lede's main clause) and the trigger (the clause after "that changed when",
 * "prompted by", "after"…, else the headline's own "after …"). Candidates near the top that share words with the
 * headline win. Every part is a clause of the article or its headline.
 */
final class HeadlineShiftExtractor {

    /**
     * A phrase that marks a sentence as telling the state before, or the cause.
     *
     * @param pattern   the phrase
     * @param weight    how surely it does
     * @param wholeRest for triggers: whether the cause runs to the end of the sentence rather than the clause
     */
    private record Cue(Pattern pattern, int weight, boolean wholeRest) {

        static Cue of(String regex, int weight, boolean wholeRest) {
            return new Cue(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), weight, wholeRest);
        }
    }

    private record Scored(String text, double score) {
    }

    private static final List<Cue> ENGLISH_BEFORE = List.of(
            Cue.of("\\bas recently as\\b", 4, false),
            Cue.of("\\buntil (?:recently|now|this|last|late|earlier)\\b", 4, false),
            Cue.of("\\buntil\\b", 3, false),
            Cue.of("\\bhad (?:long |previously |once |already )?(?:been|dropped|ditched|abandoned|rejected|shelved|ruled out|refused|resisted)\\b", 3, false),
            Cue.of("\\b(?:previously|formerly|originally|initially|at first|used to)\\b", 3, false),
            Cue.of("\\bonly (?:in|on|last|this|weeks|days|months|a (?:week|month|year))\\b", 3, false),
            Cue.of("\\bhad (?:\\p{L}+ly )?\\p{L}+ed\\b", 1, false),
            Cue.of("\\b(?:days|weeks|months|years) (?:ago|earlier)\\b", 2, false),
            Cue.of("\\bearlier\\b", 2, false),
            Cue.of("\\blast (?:week|month|year)\\b", 1, false),
            Cue.of("\\bwas (?:supposed|meant|expected|set) to\\b", 3, false),
            Cue.of("\\bhad (?:been )?(?:expected|hoped|planned|promised|predicted|forecast)\\b", 3, false),
            Cue.of("\\b(?:a|one|two|three|four|five|six|\\d+) (?:days?|weeks?|months?|years?|decades?) (?:ago|earlier)\\b", 2, false),
            Cue.of("\\bfor (?:years|decades|months)\\b", 2, false),
            Cue.of("\\b(?:previous|prior|former|last (?:season|time))\\b", 1, false),
            Cue.of("\\b(?:in|since) (?:19|20)\\d\\d\\b", 1, false),
            // A comparison with the earlier state: "worse than the last inspection showed" (stage "transcript").
            Cue.of("\\bthan (?:the |its |their )?(?:last|previous|prior|earlier)\\b", 2, false));
    /** A lede's consequence after its event: "…topped estimates, sending shares lower". */
    private static final Pattern CONSEQUENCE = Pattern.compile(",\\s+(?:sending|leaving|prompting|forcing|pushing|"
            + "putting|making|raising|dragging|lifting|giving|ending|bringing|triggering|sparking|dealing|handing)\\b");
    private static final List<Cue> ENGLISH_TRIGGER = List.of(
            Cue.of("\\b(?:that|this|which|everything|things|the (?:situation|picture|calculus|mood|equation)) (?:all )?"
                    + "(?:changed|shifted|turned|flipped) (?:when|after|as|with|once)\\s+", 6, true),
            Cue.of("\\b(?:prompted|triggered|sparked|driven|spurred|fuelled|fueled) by\\s+", 4, false),
            Cue.of("\\b(?:in response to|in the wake of|on the heels of|thanks to|as a result of|because of)\\s+", 3, false),
            Cue.of("\\b(?:comes|came) (?:after|as|amid)\\s+", 3, false),
            Cue.of("\\b(?:follows|followed)\\s+", 3, false),
            Cue.of("\\bbecause\\s+", 2, false),
            Cue.of("(?:^|,\\s|;\\s)(?:after|following)\\s+", 2, false),
            Cue.of("\\bafter\\s+", 1, false));
    /** Per language, the English cues and that language's own, which its lexicon file lists. */
    private static final Map<String, List<Cue>> BEFORE = Lexicon.perLanguage(language -> withCues(ENGLISH_BEFORE,
            Lexicon.cues("before", language), "", 3));
    private static final Map<String, List<Cue>> TRIGGER = Lexicon.perLanguage(language -> withCues(ENGLISH_TRIGGER,
            Lexicon.cues("trigger", language), "\\s+", 2));
    /** An opening adverbial of the lede that is not the news itself: "After consultations with X, ". */
    private static final Map<String, Pattern> LEDE_OPENER = Lexicon.perLanguage(language -> Pattern.compile(
            "^(?:(?:After|Following|With|Amid|Despite|In a|On \\p{Lu}\\p{L}+day|Earlier|Late on|Early on)\\b"
                    + Lexicon.cueAlternative("trigger", language) + ")[^,]{3,120},\\s+"));
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:—–]|\\.\\s|\\.$");
    private static final int CANDIDATE_SENTENCES = 15;
    private static final int MIN_CLAUSE_WORDS = 3;
    private static final int MIN_MAIN_CLAUSE_WORDS = 6;
    private static final int MAX_SENTENCE_CHARS = 2000;

    private HeadlineShiftExtractor() {
    }

    static HeadlineShift extract(SegmentedArticle text) {
        Set<String> headlineWords = contentWords(text.title());
        List<SegmentedArticle.Sentence> top = prose(text);
        SegmentedArticle.Sentence lede = text.lede();
        String after = lede == null ? ClauseTrimmer.stripTrailingPunctuation(text.title()) : ClauseTrimmer.stripTrailingPunctuation(ClauseTrimmer.trim(mainClause(text, lede)));
        Scored before = best(text, top, BEFORE.get(text.language()), headlineWords, lede, false);
        Scored trigger = best(text, top, TRIGGER.get(text.language()), headlineWords, lede, true);
        String triggerText = trigger != null ? trigger.text() : headlineCause(text.title());
        if (triggerText.isEmpty() && lede != null) {
            // No cause is named: the lede's event is what changed things, and its consequence (or the sentence
            // after it) the state now.
            String event = mainClause(text, lede);
            Matcher consequence = CONSEQUENCE.matcher(event);
            if (consequence.find()) {
                triggerText = event.substring(0, consequence.start());
                after = ClauseTrimmer.stripTrailingPunctuation(event.substring(consequence.start() + 1));
            } else {
                triggerText = after;
                after = following(text, top, lede, after);
            }
        }
        return new HeadlineShift(before == null ? "" : before.text(), after, ClauseTrimmer.stripTrailingPunctuation(triggerText));
    }

    private static List<Cue> withCues(List<Cue> english, List<String> phrases, String suffix, int weight) {
        if (phrases.isEmpty()) {
            return english;
        }
        List<Cue> cues = new java.util.ArrayList<>(english);
        cues.add(Cue.of(Lexicon.anyPhrase(phrases) + suffix, weight, false));
        return List.copyOf(cues);
    }

    /** The sentence after the lede, trimmed, as the state its event led to; {@code otherwise} when there is none. */
    private static String following(SegmentedArticle text, List<SegmentedArticle.Sentence> top, SegmentedArticle.Sentence lede,
                                    String otherwise) {
        int at = top.indexOf(lede);
        if (at < 0 || at + 1 >= top.size()) {
            return otherwise;
        }
        String next = ClauseTrimmer.stripTrailingPunctuation(ClauseTrimmer.trim(text.text(top.get(at + 1))));
        return ClauseTrimmer.words(next) < MIN_MAIN_CLAUSE_WORDS ? otherwise : next;
    }

    /** The first sentences of prose: no headings, block quotations or sentences inside quotations. */
    private static List<SegmentedArticle.Sentence> prose(SegmentedArticle text) {
        return text.sentences().stream()
                .filter(s -> text.paragraph(s.paragraph()).kind() == Block.Kind.PARAGRAPH
                        && !text.insideQuotation(s.start()))
                .limit(CANDIDATE_SENTENCES)
                .toList();
    }

    /** The lede without its dateline or an opening adverbial that only sets the scene. */
    private static String mainClause(SegmentedArticle text, SegmentedArticle.Sentence lede) {
        String sentence = text.text(text.ledeStart(lede), lede.end());
        Matcher opener = LEDE_OPENER.get(text.language()).matcher(sentence);
        if (opener.find() && ClauseTrimmer.words(sentence.substring(opener.end())) >= MIN_MAIN_CLAUSE_WORDS) {
            sentence = sentence.substring(opener.end());
        }
        return sentence;
    }

    /**
     * The best sentence by cue weight, plus a little per word shared with the headline (and, for a cause, for being
     * the lede), less a little per position.
     * Returns the trimmed sentence for the state before, the caused clause for a trigger.
     */
    private static Scored best(SegmentedArticle text, List<SegmentedArticle.Sentence> top, List<Cue> cues,
                               Set<String> headlineWords, SegmentedArticle.Sentence lede, boolean clause) {
        Scored best = null;
        for (int i = 0; i < top.size(); i++) {
            SegmentedArticle.Sentence sentence = top.get(i);
            if (sentence.equals(lede) && !clause) {
                continue; // the lede tells the state after, not before
            }
            // A run-on "sentence" of thousands of characters is read only as far as a clause could reach.
            String sentenceText = text.text(sentence.start(), Math.min(sentence.end(), sentence.start() + MAX_SENTENCE_CHARS));
            for (Cue cue : cues) {
                Matcher matcher = cue.pattern().matcher(sentenceText);
                if (!matcher.find() || text.insideQuotation(sentence.start() + matcher.start())) {
                    continue;
                }
                String result = clause ? cause(sentenceText, matcher.end(), cue.wholeRest())
                        : ClauseTrimmer.stripTrailingPunctuation(ClauseTrimmer.trim(sentenceText));
                if (ClauseTrimmer.words(result) < MIN_CLAUSE_WORDS) {
                    continue;
                }
                // A cause the lede itself gives ("…will stay open after the government agreed…") is the news's own.
                double ledeBonus = clause && sentence.equals(lede) ? 1 : 0;
                double score = cue.weight() + ledeBonus + overlap(headlineWords, sentenceText) - 0.1 * i;
                if (best == null || score > best.score()) {
                    best = new Scored(result, score);
                }
                break;
            }
        }
        return best;
    }

    /** The cause after a trigger phrase: to the end of its clause, or of the sentence for "that changed when". */
    private static String cause(String sentence, int from, boolean wholeRest) {
        if (wholeRest) {
            return ClauseTrimmer.stripTrailingPunctuation(ClauseTrimmer.trim(sentence.substring(from)));
        }
        Matcher end = CLAUSE_END.matcher(sentence);
        int to = end.find(from) ? end.start() : sentence.length();
        return ClauseTrimmer.stripTrailingPunctuation(sentence.substring(from, to));
    }

    /** The headline's own cause: "… now it’s back after US security promise" gives "US security promise". */
    private static String headlineCause(String title) {
        Matcher matcher = Pattern.compile("(?i)\\b(?:after|following|amid|as)\\s+(.{3,})$").matcher(title);
        return matcher.find() ? matcher.group(1) : "";
    }

    /** Half a point per word shared with the headline, at most two: a tie-breaker, not a cue. */
    private static double overlap(Set<String> headlineWords, String sentence) {
        int shared = 0;
        for (String word : contentWords(sentence)) {
            shared += headlineWords.contains(word) ? 1 : 0;
        }
        return Math.min(shared, 4) * 0.5;
    }

    /** Lower-case stems of the words of four letters or more that are not function words. */
    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (Token token : Tokenizer.words(text, 0, text.length())) {
            String word = Lexicon.lower(token.bare());
            if (word.length() >= 4 && !Lexicon.isFunctionWord(word)) {
                words.add(stem(word));
            }
        }
        return words;
    }

    private static String stem(String word) {
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (word.length() - suffix.length() >= 4 && word.endsWith(suffix)) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
