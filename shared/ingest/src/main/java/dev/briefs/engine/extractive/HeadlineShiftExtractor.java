package dev.briefs.engine.extractive;

import dev.briefs.article.Block;
import dev.briefs.brief.HeadlineShift;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads what the story changed from its top: the state before (a sentence with "as recently as", "until", "had
 * been", "earlier"…, or weaker signs such as "already" and the pluperfect), the state after (the lede's main clause)
 * and the trigger (the clause after "that changed when", "prompted by", the lede's "after"…, else the headline's own
 * "after …", else the lede's event, or the event a scene-setting lede leads to). Candidates near the top that share
 * words with the headline win. A live blog is read from its newest entry, its state before from its oldest. Every
 * part is a clause of the article or its headline.
 */
final class HeadlineShiftExtractor {

    /**
     * A phrase that marks a sentence as telling the state before, or the cause.
     *
     * @param pattern   the phrase
     * @param weight    how surely it does
     * @param wholeRest for triggers: whether the cause runs to the end of the sentence rather than the clause
     * @param required  the words a sentence needs for the phrase to be in it, which turn most sentences down at once
     * @param notAhead  for states before: whether a sentence that looks ahead does not tell one with it ("During the
     *                  first two weeks, intake must not exceed…" is a rule, not how things stood)
     */
    private record Cue(Pattern pattern, int weight, boolean wholeRest, RequiredText required, boolean notAhead) {

        static Cue of(String regex, int weight, boolean wholeRest) {
            return of(regex, weight, wholeRest, false);
        }

        static Cue of(String regex, int weight, boolean wholeRest, boolean notAhead) {
            RequiredText required = RequiredText.of(regex);
            return new Cue(Pattern.compile(required.firstCharacters() + regex, Pattern.CASE_INSENSITIVE), weight,
                    wholeRest, required, notAhead);
        }
    }

    /** A candidate part of the shift: its text, how well it scored and the sentence it was read from. */
    private record Scored(String text, double score, SegmentedArticle.Sentence sentence, int cueStart) {
    }

    /** What a cue gives in a sentence: the text, and the body offset where the cue starts. */
    private record Found(String text, int cueStart) {
    }

    private static final List<Cue> ENGLISH_BEFORE = List.of(
            Cue.of("\\bas (?:recently|late) as\\b", 4, false),
            Cue.of("\\buntil (?:recently|now|this|last|late|earlier)\\b", 4, false),
            // not what waits on a later event: "suspended until the next sitting"
            Cue.of("\\buntil\\b(?!\\s+(?:the\\s+)?next\\b)", 3, false),
            Cue.of("\\bhad (?:long |previously |once |already )?(?:been|dropped|ditched|abandoned|rejected|shelved|ruled out|refused|resisted)\\b", 3, false),
            Cue.of("\\b(?:previously|formerly|originally|initially|at first|used to)\\b", 3, false),
            // a time only so recent ("only in 2019", "only last week"), not a place ("park only in marked bays")
            Cue.of("\\bonly (?:(?:in|on) (?:(?:19|20)\\d\\d|" + TimeExpressions.MONTH + "|" + TimeExpressions.WEEKDAY
                    + "|the (?:past|last))|last|this (?:week|month|year|season|spring|summer|autumn|fall|winter)|weeks|days"
                    + "|months|a (?:week|month|year))\\b", 3, false),
            // what the news undoes, told as its consequence: "…, reversing a decision it made in March"
            Cue.of("\\b(?:reversing|overturning|undoing|scrapping|abandoning|breaking with)\\s", 3, false),
            // the same told as a second clause: "…cut the rate to 31% and undid the rise of October"
            Cue.of("\\band (?:reversed|overturned|undid|scrapped|abandoned|broke with)\\s", 3, false),
            // The start of what the news continues: "cases first appeared in August".
            Cue.of("\\bfirst (?:appeared|emerged|surfaced|detected|identified|confirmed|reported|began|started|arrived"
                    + "|proposed|announced|introduced)\\b", 2, false),
            Cue.of("\\bhad (?:\\p{L}+ly )?\\p{L}+ed\\b", 1, false),
            // The irregular participles, which "-ed" misses: "the board had kept every route running" (en.txt).
            Cue.of("\\bhad (?:\\p{L}+ly )?"
                    + Lexicon.anyPhrase(Lexicon.cues("irregular-participles", HeadlineShiftExtractor.ENGLISH)), 1, false),
            // How long the old state lasted, which the news ends: "after a year of debate", "after decades of decline".
            Cue.of("\\bafter (?:(?:nearly|almost|more than|over|about) )?(?:(?:a|an|one|two|three|four|five|six|seven"
                    + "|eight|nine|ten|\\d{1,3}|several|many) )?(?:years?|months?|weeks?|decades?) of\\b", 1, false));
    /**
     * The English cues tried after the language's span counted back from the news ({@link #withElapsed}), which a
     * sentence's first matching cue weighs.
     */
    private static final List<Cue> ENGLISH_LATER_BEFORE = List.of(
            // "said earlier", "earlier this year", but not "her earlier hits"
            Cue.of("\\bearlier\\b(?!\\s+(?!(?:this|that|in|on|at|today|than|when|the|last)\\b)\\p{Ll})", 2, false),
            Cue.of("\\blast (?:week|month|year|night|" + TimeExpressions.WEEKDAY + ")\\b", 1, false),
            Cue.of("\\bwas (?:supposed|meant|expected|set) to\\b", 3, false),
            Cue.of("\\bhad (?:been )?(?:expected|hoped|planned|promised|predicted|forecast)\\b", 3, false),
            Cue.of("\\bfor (?:years|decades|months)\\b", 2, false),
            Cue.of("\\b(?:previous|prior|former|predecessor|last (?:season|time))\\b", 1, false),
            Cue.of("\\b(?:in|since) (?:19|20)\\d\\d\\b", 1, false),
            Cue.of("\\b(?:already|so far|to date)\\b", 1, false),
            Cue.of("\\b(?:in|over|during) the (?:past|last|previous) (?:\\p{L}+ )?(?:days|weeks|months|years)\\b", 2, false),
            // A comparison with the earlier state: "worse than the last inspection showed" (stage "transcript").
            Cue.of("\\bthan (?:the |its |their )?(?:last|previous|prior|earlier)\\b", 2, false),
            // A sentence that opens on a date of its own, below the lede, tells an earlier step ("On October 18, …").
            Cue.of("^(?:On|In|By|Since|Until) (?:" + TimeExpressions.MONTH + "|" + TimeExpressions.WEEKDAY + ")\\b", 1, false),
            // An earlier step told in the passive with its month: "He was arrested in April for a call he made".
            Cue.of("\\b(?:was|were) \\p{L}+(?:ed|en) (?:in|on) " + TimeExpressions.MONTH, 1, false),
            // What was believed until the news: "scientists have long suspected", "was widely thought to".
            Cue.of("\\b(?:long|previously|widely|once) (?:been )?(?:believed|thought|suspected|assumed)\\b", 2, false),
            Cue.of("\\b(?:scientists|researchers|experts|astronomers|doctors) (?:had |have )?(?:long )?"
                    + "(?:believed|believe|suspected|suspect|thought|assumed)\\b", 1, false));
    /**
     * Runs that a lede's clause sets against its news ("Stocks fell on Monday, snapping a five-day winning streak",
     * "…, pausing after five straight increases"): the state before there, but below the lede often the news itself
     * ("The Eagles snapped an 11-game losing streak").
     */
    private static final List<Cue> LEDE_BEFORE = List.of(
            Cue.of("\\b(?:straight|consecutive|successive) (?:\\p{L}+ )?\\p{L}+s\\b", 3, false),
            Cue.of("\\b(?:winning|losing) streak\\b", 3, false));
    /** A step dated with its month: "after a trial in September", "ate a wild rabbit on Nov. 5". */
    private static final Pattern MONTH_DATED = Pattern.compile("\\b(?:in|on|during|since) (?:\\d{1,2} )?" + TimeExpressions.MONTH + "(?=[\\s,.;])");
    private static final String ENGLISH = "en";
    /** The sentences after the lede read for its state after: the next, or the one after an aside. */
    private static final int MAX_FOLLOWING_SENTENCES = 2;
    /** Words that open a sentence leaning on the one before it, an aside or a continuation, not a state of its own. */
    private static final Set<String> LEANING_OPENERS = Set.of("And", "But", "Or", "Yes", "Well", "Like", "Oh");
    /** A lede's consequence after its event: "…topped estimates, sending shares lower". */
    private static final Pattern CONSEQUENCE = Pattern.compile(",\\s+(?:sending|leaving|prompting|forcing|pushing|"
            + "putting|making|raising|dragging|lifting|giving|ending|bringing|triggering|sparking|dealing|handing)\\b");
    private static final List<Cue> ENGLISH_TRIGGER = List.of(
            Cue.of("\\b(?:that|this|which|everything|things|the (?:situation|picture|calculus|mood|equation)) (?:all )?"
                    + "(?:changed|shifted|turned|flipped) (?:when|after|as|with|once)\\s+", 6, true),
            Cue.of("\\b(?:prompted|triggered|sparked|driven|spurred|fuelled|fueled) by\\s+", 4, false),
            Cue.of("\\b(?:in response to|in the wake of|on the heels of|thanks to|as a result of|because of)\\s+", 3, false),
            Cue.of("\\b(?:comes|came) (?:after|as|amid)\\s+", 3, false),
            // "The decision follows a review", not "followed by" or "the app follows the same plan".
            Cue.of("\\b(?:this|it|which|move|decision|announcement|news|ruling|vote|deal|step|change|report|order)"
                    + "\\s+(?:follows|followed)\\s+(?!by\\b)", 3, false),
            Cue.of("\\bbecause\\s+", 2, false),
            Cue.of("(?:^|,\\s|;\\s)(?:after|following)\\s+", 2, false),
            Cue.of("\\bafter\\s+", 1, false),
            // A lede's scene and the event that broke into it: "Owners were gathered on Tuesday when they were told…";
            // not a "When…" that opens the sentence with its time, nor "say when", "when asked", "when it comes to".
            // The word is looked for first, so that the look-behinds are read only before it (a quarter of the time).
            Cue.of("(?=when\\s)(?<=[\\p{L}\\p{N},]\\s)(?<!\\b(?:ask|asks|asked|know|knows|knew|unclear|decide|say|says"
                    + "|said)\\s)\\bwhen\\s+(?!asked\\b|it comes to\\b)", 1, false));
    /** Per language, the English cues and that language's own, which its lexicon file lists. */
    private static final Map<String, List<Cue>> BEFORE = Lexicon.perLanguage(language -> withCues(withCues(withSince(
            withUntilDay(withElapsed(withLasted(ENGLISH_BEFORE, language), language), language), language),
            Lexicon.cues("before", language), "", 3), Lexicon.cues("background", language), "", 1));
    /**
     * The weight of a sentence that opens on how long a state had lasted ("For decades, …", "Depuis nonante ans, …",
     * "Per anni …"): a sure cue, where the same span inside a sentence mostly describes someone ("who has worked there
     * for twelve years").
     */
    private static final int LASTED_WEIGHT = 3;
    /** The weight of a span counted back from the news: "a year ago", "hace un año", "vor drei Wochen". */
    private static final int ELAPSED_WEIGHT = 2;
    /** The least weight of a cue that makes a clause of the lede the state before: "until now", "had previously". */
    private static final int MIN_LEDE_CLAUSE_WEIGHT = 3;
    /** The sure cues that make a clause of the lede the state before: "until now", "had previously", a run. */
    private static final Map<String, List<Cue>> LEDE_CLAUSE = Lexicon.perLanguage(language -> Stream.concat(
            LEDE_BEFORE.stream(), BEFORE.get(language).stream()).filter(cue -> cue.weight() >= MIN_LEDE_CLAUSE_WEIGHT).toList());
    private static final Map<String, List<Cue>> TRIGGER = Lexicon.perLanguage(language -> withCues(ENGLISH_TRIGGER,
            Lexicon.cues("trigger", language), "\\s+", 2));
    /** What opens the headline's own cause, in English and in the language's [trigger] cues. */
    private static final Map<String, Pattern> HEADLINE_CAUSE = Lexicon.perLanguage(language -> Pattern.compile(
            "(?i)(?:\\b(?:after|following|amid|(?<as>as))" + Lexicon.cueAlternative("trigger", language)
                    + ")\\s+(?<cause>.{3,})$"));
    /**
     * A verb of a period beginning or drawing near ([period-verbs]), not one that leads another verb ("as cases begin
     * to rise", "start rising"): a headline's "as" clause with it tells when the news came, not what brought it.
     */
    private static final Pattern PERIOD_COMING = Pattern.compile(Lexicon.anyPhrase(Lexicon.cues("period-verbs", ENGLISH))
            + "(?!\\s+(?:to\\b|\\p{L}+ing\\b))");
    /**
     * An opening adverbial of the lede that is not the news itself: "After consultations with X, ", "Con 68 votos a
     * favor, " (the language's [trigger] and [circumstances] words). A tally runs on over the commas of its counts:
     * "With 68 votes in favour, 41 against and three abstentions, the council approved…" (lede8).
     */
    private static final Map<String, Pattern> LEDE_OPENER = Lexicon.perLanguage(language -> Pattern.compile(
            "^(?:(?:After|Following|With|Amid|Despite|In a|On \\p{Lu}\\p{L}+day|Earlier|Late on|Early on)\\b"
                    + Lexicon.cueAlternative("trigger", language) + Lexicon.cueAlternative("circumstances", language)
                    + ")[^,]{3,120}(?:,\\s+\\d[^,]{0,60})*,\\s+"));
    /**
     * Words that date a sentence's event as the news: its day, "today", "now", "this morning", "for the first time", "a
     * new study"; in the other languages their weekdays, [news-days] and [news-times] ("nesta manhã", "ce soir").
     */
    private static final Map<String, Pattern> NEWS_ANCHOR = Lexicon.perLanguage(language -> Pattern.compile(
            "\\b(?:" + TimeExpressions.WEEKDAY + "|today|yesterday|tonight|last night|(?<!until |till |up to )now|this (?:week|morning|afternoon"
                    + "|evening)|for the first time|(?:a|the) new (?:study|report|paper|survey|poll|analysis)"
                    // the perfect of a finding or a making: "scientists have discovered", "a team has created"
                    + "|(?:has|have) (?:now |just |recently )?(?:created|built|developed|discovered|found|unveiled|"
                    + "launched|released|published|identified|detected|completed|produced|mapped|measured|revealed"
                    + "|introduced|announced|taken the (?:covers|wraps) off))\\b"
                    + Lexicon.cueAlternative("weekdays", language) + Lexicon.cueAlternative("news-days", language)
                    + Lexicon.cueAlternative("news-times", language),
            Pattern.CASE_INSENSITIVE));
    /**
     * A season or a month within a sentence's first three words: "Last spring, …", "Au printemps, …", "Весной …", "Im
     * März hatte …" (the language's [months] and [seasons]).
     */
    private static final Map<String, Pattern> PERIOD_OPENING = Lexicon.perLanguage(language -> Pattern.compile(
            "(?:\\p{L}+\\s+){0,2}?(?:" + (ENGLISH.equals(language) ? "(?i:spring|summer|autumn|fall|winter)|" + TimeExpressions.MONTH
                    : Lexicon.anyPhrase(Stream.concat(Lexicon.months(language).stream(), Lexicon.cues("seasons", language).stream()).toList()))
                    + ")(?![\\p{L}\\p{N}])"));
    /** The language's "since" ([since]), which opens a sentence on the state that has held from a day on. */
    private static final Map<String, Pattern> SINCE_OPENING = Lexicon.perLanguage(language -> Pattern.compile(
            Lexicon.anyPhrase(Lexicon.cues("since", language))));
    /** The opening words of a sentence in which a "since" and a day make it a state held since the news. */
    private static final int MAX_SINCE_DAY_WORDS = 6;
    /** An opening adverbial that tells a step before the sentence's own: "After debuting the Juke two months ago, ". */
    private static final Pattern OPENING_STEP = Pattern.compile("(?:After|Following)\\s");
    /** A lede's opening adverbial that names the state it breaks with, up to its comma. */
    private static final Pattern BREAK_OPENER = Pattern.compile("^(?:Breaking (?:with|from)|Departing from|Reversing"
            + "|Abandoning|Overturning|In a (?:reversal|break|departure|U-turn) (?:of|with|from|on))\\s[^,]{3,120}(?=,)");
    /**
     * A lede's opening "after" and a run of a few counted things without something, up to its comma: "After eleven
     * matches without a win, ", "Dopo cinque giornate senza vittoria, ", "Après trois mois sans salaire, ". The run is
     * how long the old state held (the language's [trigger] and [without] words), which the news ends, not its cause.
     */
    private static final Map<String, Pattern> RUN_WITHOUT_OPENER = Lexicon.perLanguage(language -> Pattern.compile(
            "^(?:After|Following" + Lexicon.cueAlternative("trigger", language) + ")\\s+(?:[\\p{L}\\p{N}]+\\s+){1,3}"
                    + Lexicon.anyPhrase(Lexicon.cues("without", language)) + "\\s[^,]{3,120}(?=,)", Pattern.CASE_INSENSITIVE));
    /** A time where a cause would start: "after 7.40pm", "after March 3" are times, not events. */
    private static final Pattern TIME_FIRST = Pattern.compile(
            "(?:\\d|(?:" + TimeExpressions.MONTH + "|" + TimeExpressions.WEEKDAY + ")\\b)");
    /**
     * A span of time where a cause would start: "after nine hours of debate", "après trois heures de débat" tell how long
     * the news took, not what brought it (lede8): at most two words of count, then a unit ([units], [hours]).
     */
    private static final Map<String, Pattern> SPAN_FIRST = Lexicon.perLanguage(language -> Pattern.compile(
            "(?:(?:\\p{N}+|\\p{Ll}{1,8})\\s+){0,2}?" + Lexicon.anyPhrase(Stream.concat(Lexicon.cues("units", language).stream(),
                    Lexicon.cues("hours", language).stream()).toList())));
    /** How a fact-check opens its rating. */
    private static final List<String> VERDICT_OPENINGS = List.of("We rate the ", "We rate this ", "We rate that ",
            "We rate his ", "We rate her ", "We rate their ", "Our rating: ", "Our ruling: ");
    /** Words that open a clause of question as a sentence's subject ("How…", "Why…", "Whether…"). */
    private static final Set<String> OPEN_QUESTION_WORDS = Set.of("How", "Why", "Whether", "What");
    /** The sentences after a scene-setting lede in which its event may still be told. */
    private static final int MAX_SCENE_SENTENCES = 3;
    /** The opening words of a sentence in which its day tells it is the news: "Heute steht…", "On Monday the…". */
    private static final int MAX_NEWS_DAY_WORDS = 3;
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    /** Where a clause ends; the comma of a date ("September 11, 2001") does not end one. */
    private static final Pattern CLAUSE_END = Pattern.compile(",(?!\\s*\\d)|[;:—–]|\\.\\s|\\.$");
    private static final int CANDIDATE_SENTENCES = 15;
    /** The content words of the headline a sentence holds to restate it. */
    private static final int MIN_RESTATED_WORDS = 2;
    private static final int MIN_CLAUSE_WORDS = 3;
    /** The words a relative clause of the state before holds besides its relative and its cue: a verb and more. */
    private static final int MIN_RELATIVE_OWN_WORDS = 2;
    /** What sets a clause off inside a sentence: a comma (not a date's), a semicolon or a dash. */
    private static final Pattern CLAUSE_BOUND = Pattern.compile(",(?!\\s*\\d)\\s*|;\\s*|\\s[—–]\\s*");
    private static final int MIN_MAIN_CLAUSE_WORDS = 6;
    /** The least weight of a cause cue outside the lede: "prompted by", "in response to", "came after". */
    private static final int MIN_REMOTE_CAUSE_WEIGHT = 3;
    /** Words between a comma and a cause cue that still lead into the cause: ", weeks after", ", shortly after". */
    private static final int MAX_CAUSE_LEAD_WORDS = 2;
    private static final int MAX_SENTENCE_CHARS = 2000;

    private HeadlineShiftExtractor() {
    }

    static HeadlineShift extract(SegmentedArticle text) {
        Set<String> headlineWords = contentWords(text.title());
        List<SegmentedArticle.Sentence> top = prose(text);
        SegmentedArticle.Sentence lede = text.storyLede();
        List<SegmentedArticle.Sentence> earlier = top;
        LiveBlog blog = LiveBlog.of(text);
        List<SegmentedArticle.Sentence> newest = blog == null ? List.of() : within(text, blog.newest());
        if (!newest.isEmpty()) {
            // A live blog tells the news in its newest entry and how things stood in its oldest, wherever they stand.
            top = newest;
            lede = top.getFirst();
            earlier = within(text, blog.oldest());
        }
        // "Noch vor drei Wochen hatte X erklärt, …": a top told in the pluperfect is how things stood; the news is the
        // first sentence after it told with its day.
        SegmentedArticle.Sentence newsAfterTold = newest.isEmpty() ? newsAfterToldTop(text, top, lede) : null;
        SegmentedArticle.Sentence told = newsAfterTold == null ? null : lede;
        lede = newsAfterTold == null ? lede : newsAfterTold;
        String after = lede == null ? ClauseTrimmer.stripTrailingPunctuation(text.title()) : ClauseTrimmer.stripTrailingPunctuation(ClauseTrimmer.trim(mainClause(text, lede)));
        Scored before = best(text, earlier, BEFORE.get(text.language()), headlineWords, lede, false);
        if (before == null && earlier != top && !earlier.isEmpty()) {
            SegmentedArticle.Sentence first = earlier.getFirst();
            before = new Scored(ClauseTrimmer.stripTrailingPunctuation(ClauseTrimmer.trim(text.text(first))), 0, first, first.start());
        }
        // A cause told in a sentence about long ago ("…in the wake of the September 11, 2001 attacks") is history.
        PastSentences past = PastSentences.of(text);
        if (before == null) {
            before = brokenWith(text, lede);
        }
        if (before == null) {
            before = ledeClause(text, lede, LEDE_CLAUSE.get(text.language()));
            after = before == null ? after : withoutTrailingClause(text, lede, before, after);
        }
        if (before == null) {
            before = history(text, earlier, lede, past);
        }
        if (before == null && told != null) {
            before = new Scored(ClauseTrimmer.stripTrailingPunctuation(ClauseTrimmer.trim(text.text(told))), 0, told,
                    told.start());
        }

        Scored trigger = best(text, top.stream().filter(s -> !past.contains(s.start())).toList(),
                TRIGGER.get(text.language()), headlineWords, lede, true);
        if (trigger != null && before != null && within(before, trigger.cueStart())) {
            trigger = null; // "…, reversing a decision it made in March after a string of crashes": the old state's cause
        }
        if (trigger != null && trigger.sentence().equals(lede)) {
            after = beforeCause(text, lede, trigger.cueStart(), after);
        }
        String triggerText = trigger != null ? trigger.text() : headlineCause(text);
        SegmentedArticle.Sentence ended = triggerText.isEmpty() && before != null
                ? newsAfterStateBefore(text, top, lede, before.sentence()) : null;
        SegmentedArticle.Sentence news = triggerText.isEmpty() && ended == null && lede != null
                ? anchoredAfter(text, top, lede, before == null ? null : before.sentence()) : null;
        if (ended != null) {
            triggerText = ClauseTrimmer.trim(text.text(ended));
        } else if (news != null) {
            // A feature's opening sets the scene ("Getting to the Moon has been done"); the event comes after it, told
            // with its day ("NASA on Monday enlisted…"). The scene is the state the event changes.
            triggerText = ClauseTrimmer.trim(text.text(news));
            // Nothing else tells how things stood: the scene does, and what the event brought follows it. English, or a
            // page whose standfirst sums the news up over the scene ("L'académie a annoncé la fermeture…" over "Vingt
            // élèves…"): elsewhere fewer words anchor a lede, so a lede told as news may read as a scene.
            // A scene that looks ahead ("The band will look to ride … into a tour") is no state before.
            String consequence = before == null && (ENGLISH.equals(text.language()) || text.standfirst() != null)
                    && !ClauseTense.looksAhead(text.body(), lede.start(), lede.end(), text.language()) ? following(text, top, news, null) : "";
            if (!consequence.isEmpty()) {
                before = new Scored(after, 0, lede, lede.start());
                after = consequence;
            }
        } else if (triggerText.isEmpty() && lede != null) {
            // No cause is named: the lede's event is what changed things, and its consequence (or the sentence
            // after it) the state now.
            String event = mainClause(text, lede);
            Matcher consequence = CONSEQUENCE.matcher(event);
            if (consequence.find()) {
                triggerText = event.substring(0, consequence.start());
                after = ClauseTrimmer.stripTrailingPunctuation(event.substring(consequence.start() + 1));
            } else {
                triggerText = after;
                after = following(text, top, lede, before == null ? null : wholly(text, before));
                if (after.isEmpty()) {
                    // "Prices rise by 18%. Until now, the firm had ruled that out.": the event is the state now too;
                    // the headline, when it tells the event apart from the lede, names it.
                    String headline = ClauseTrimmer.stripTrailingPunctuation(text.title());
                    after = triggerText;
                    triggerText = headline.isEmpty() || headline.equalsIgnoreCase(after) ? after : headline;
                }
            }
        }
        String beforeText = before == null ? "" : before.text();
        SegmentedArticle.Sentence verdict = verdict(text);
        if (verdict != null) {
            // A fact-check tells the claim at its top and its finding at its end: the rating is the state now, and the
            // claim, when nothing else tells the state before, that state.
            beforeText = beforeText.isEmpty() ? after : beforeText;
            after = ClauseTrimmer.stripTrailingPunctuation(ClauseTrimmer.trim(text.text(verdict)));
        }
        if (beforeText.isEmpty()) {
            beforeText = datedStep(text, earlier, lede, after);
        }
        if (headlineWords.size() > MIN_RESTATED_WORDS && shared(headlineWords, triggerText) == 0
                && shared(headlineWords, after) == 0) {
            // What the shift found tells none of what the headline says changed: the top's restatement of the headline
            // does ("Tempête X : 85 000 foyers privés d'électricité" over a live page's newest "Le préfet a demandé…").
            // A headline of two content words or fewer is a label ("Evening Report"), which tells no change.
            triggerText = restatement(text, headlineWords, lede, before == null ? null : before.sentence()).orElse(triggerText);
        }
        return new HeadlineShift(beforeText, after, ClauseTrimmer.stripTrailingPunctuation(triggerText));
    }

    /**
     * When the lede tells how things stood (in the pluperfect, opening on a sure cue of the state before, or dated to a
     * year before a sentence on the news's day), the first of the {@value #MAX_SCENE_SENTENCES} sentences after it that
     * tells an event with its day and not in the pluperfect ("Am Montag hat das Unternehmen…", "Mardi, les
     * organisateurs ont…"), which is then the news; null otherwise. The state may take more than a sentence ("Depuis
     * nonante ans, on monte… Chaque matin, quatre trains… Ce sera fini. Le plan présenté mardi…"). A pluperfect scene
     * with no day after it, as a match report opens ("Als X nach dem Schlusspfiff auf dem Rasen lag, hatte er… Vor
     * 2.000 Zuschauern besiegte…"), gives way to the first sentence after it neither in the pluperfect nor looking ahead.
     */
    private static SegmentedArticle.Sentence newsAfterToldTop(SegmentedArticle text, List<SegmentedArticle.Sentence> top,
                                                              SegmentedArticle.Sentence lede) {
        if (lede == null || !top.contains(lede)) {
            return null;
        }
        boolean pluperfectLede = ClauseTense.pluperfectSentence(text, lede);
        if (!(pluperfectLede || opensOnStateBefore(text, lede) || datedBeforeTheNews(text, top, lede))) {
            return null;
        }
        SegmentedArticle.Sentence news = firstAfter(top, lede, sentence -> !ClauseTense.pluperfectSentence(text, sentence)
                && anchored(text, sentence) && !heldSinceADay(text, sentence));
        return news != null || !pluperfectLede ? news : firstAfter(top, lede,
                sentence -> !ClauseTense.pluperfectSentence(text, sentence) && !heldSinceADay(text, sentence)
                        && !ClauseTense.looksAhead(text.body(), sentence.start(), sentence.end(), text.language()));
    }

    /**
     * Whether the sentence opens on a "since" and a day, within its first {@value #MAX_SINCE_DAY_WORDS} words up to a
     * comma: it tells the state that has held since the news, its consequence, not the event ("Depuis lundi, ses 1 400
     * agents écrivent les prescriptions à la main", "Since Monday the 300 pupils have been taught in tents", "Seit Montag
     * …"), which the sentence after it then tells ("Dans la nuit de dimanche à lundi, un logiciel malveillant a…").
     */
    private static boolean heldSinceADay(SegmentedArticle text, SegmentedArticle.Sentence sentence) {
        int start = text.ledeStart(sentence);
        List<Token> opening = Tokenizer.words(text.body(), start, sentence.end());
        if (opening.isEmpty()) {
            return false;
        }
        int end = opening.get(Math.min(opening.size(), MAX_SINCE_DAY_WORDS) - 1).end();
        int comma = text.body().indexOf(',', start, end);
        end = comma < 0 ? end : comma;
        return SINCE_OPENING.get(text.language()).matcher(text.body()).region(start, end).lookingAt()
                && NEWS_ANCHOR.get(text.language()).matcher(text.body()).region(start, end).find();
    }

    /**
     * Whether the lede tells a year with no day of the news, and the sentence after it opens on the news's day within
     * its first {@value #MAX_NEWS_DAY_WORDS} words: "Als der Gemeinderat im Frühjahr 2021 den Neubau beschloss, war von
     * 24 Millionen die Rede. Heute steht der Rohbau…", "When the council approved the pool in 2019, it was to cost
     * £8m. On Monday…".
     */
    private static boolean datedBeforeTheNews(SegmentedArticle text, List<SegmentedArticle.Sentence> top,
                                              SegmentedArticle.Sentence lede) {
        int at = top.indexOf(lede);
        if (at + 1 >= top.size() || anchored(text, lede)) {
            return false;
        }
        if (YEAR.matcher(text.text(lede)).find()) {
            return opensOnNewsDay(text, top.get(at + 1));
        }
        // A lede that opens on a season or a month tells the first step of a chronicle, which may take a few sentences
        // to reach the news's day: "Весной оператор пообещал… К ноябрю жалобы… В воскресенье вышли…".
        return PERIOD_OPENING.get(text.language()).matcher(text.body()).region(text.ledeStart(lede), lede.end()).lookingAt()
                && firstAfter(top, lede, sentence -> opensOnNewsDay(text, sentence)) != null;
    }

    /** Whether the sentence tells the news's day within its first {@value #MAX_NEWS_DAY_WORDS} words. */
    private static boolean opensOnNewsDay(SegmentedArticle text, SegmentedArticle.Sentence sentence) {
        int start = text.ledeStart(sentence);
        List<Token> opening = Tokenizer.words(text.body(), start, sentence.end());
        int end = opening.isEmpty() ? sentence.end() : opening.get(Math.min(opening.size(), MAX_NEWS_DAY_WORDS) - 1).end();
        return NEWS_ANCHOR.get(text.language()).matcher(text.body()).region(start, end).find();
    }

    /**
     * Where no cause is named, the sentence straight after a sentence below the lede that opens on a sure cue of the
     * state before, when it opens on the news's day and tells an event, not a state since it nor a plan: the event that
     * ended the state, as {@link #newsAfterToldTop} reads a lede ("Até agora, a investigação contava apenas com
     * vestígios de tinta. Esta terça-feira, a PSR divulgou imagens de uma câmara de vigilância"); null otherwise.
     */
    private static SegmentedArticle.Sentence newsAfterStateBefore(SegmentedArticle text, List<SegmentedArticle.Sentence> top,
                                                                  SegmentedArticle.Sentence lede,
                                                                  SegmentedArticle.Sentence before) {
        int at = top.indexOf(before);
        if (at < 0 || at + 1 >= top.size() || lede == null || before.start() < lede.end()
                || !opensOnStateBefore(text, before)) {
            return null;
        }
        SegmentedArticle.Sentence next = top.get(at + 1);
        return !next.equals(lede) && opensOnNewsDay(text, next) && !heldSinceADay(text, next)
                && !ClauseTense.pluperfectSentence(text, next)
                && !ClauseTense.looksAhead(text.body(), next.start(), next.end(), text.language()) ? next : null;
    }

    /** The first of the {@value #MAX_SCENE_SENTENCES} sentences after {@code from} in the top that passes, or null. */
    private static SegmentedArticle.Sentence firstAfter(List<SegmentedArticle.Sentence> top, SegmentedArticle.Sentence from,
                                                        Predicate<SegmentedArticle.Sentence> test) {
        int at = top.indexOf(from);
        for (int i = at + 1; at >= 0 && i < top.size() && i <= at + MAX_SCENE_SENTENCES; i++) {
            if (test.test(top.get(i))) {
                return top.get(i);
            }
        }
        return null;
    }

    /**
     * Whether the lede's opening adverbial, up to its first comma if it has one, is a sure cue of the state before ("Il
     * y a encore quinze jours, le ministère assumait…", "As recently as March, the council insisted…", "Per anni il
     * riposo è stato guardato con sospetto"): the lede then tells how things stood, as one told in the pluperfect does.
     */
    private static boolean opensOnStateBefore(SegmentedArticle text, SegmentedArticle.Sentence lede) {
        int start = text.ledeStart(lede);
        int comma = text.body().indexOf(", ", start, lede.end());
        String opening = text.text(start, comma < 0 ? lede.end() : comma);
        String lowerCase = Lexicon.lower(opening);
        for (Cue cue : LEDE_CLAUSE.get(text.language())) {
            if (cue.required().mayOccurIn(lowerCase) && cue.pattern().matcher(opening).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** A fact-check's rating of the claim ("We rate the statement Mostly True."), the last one told, or null. */
    private static SegmentedArticle.Sentence verdict(SegmentedArticle text) {
        SegmentedArticle.Sentence verdict = null;
        for (SegmentedArticle.Sentence sentence : text.sentences()) {
            for (String opening : VERDICT_OPENINGS) {
                if (text.body().startsWith(opening, sentence.start()) && !text.insideQuotation(sentence.start())) {
                    verdict = sentence;
                }
            }
        }
        return verdict;
    }

    /**
     * What a lede opens by breaking with, the state before its news: "Breaking with decades of policy, the council…",
     * "In a reversal of its stance, …", or the run it ends, "After eleven matches without a win, Rovers…"; null when
     * it opens otherwise.
     */
    private static Scored brokenWith(SegmentedArticle text, SegmentedArticle.Sentence lede) {
        if (lede == null) {
            return null;
        }
        int start = text.ledeStart(lede);
        for (Pattern opening : List.of(BREAK_OPENER, RUN_WITHOUT_OPENER.get(text.language()))) {
            Matcher opener = opening.matcher(text.body()).region(start, lede.end());
            if (opener.lookingAt()) {
                return new Scored(opener.group(), 0, lede, start);
            }
        }
        return null;
    }

    /**
     * The clause of the lede that tells the state its news ends, when no other sentence does: "The council, which had
     * previously rejected the tower, approved it on Monday" gives "which had previously rejected the tower". Only a
     * sure cue counts ({@code cues}), in a clause set off by commas or dashes that leaves the lede a main clause of its
     * own; null otherwise.
     */
    private static Scored ledeClause(SegmentedArticle text, SegmentedArticle.Sentence lede, List<Cue> cues) {
        if (lede == null) {
            return null;
        }
        int start = mainClauseStart(text, lede);
        String sentence = text.text(start, lede.end());
        for (Cue cue : cues) {
            Matcher matcher = cue.required().mayOccurIn(Lexicon.lower(sentence)) ? cue.pattern().matcher(sentence) : null;
            while (matcher != null && matcher.find()) {
                if (text.insideQuotation(start + matcher.start())) {
                    continue;
                }
                Matcher opening = CLAUSE_BOUND.matcher(sentence).region(0, matcher.start());
                int from = 0;
                while (opening.find()) {
                    from = opening.end();
                }
                // A clause its conjunction sets off, as a comma does: "…to 31% and undid the October rise", "… y
                // deshizo así la suba"; the conjunction belongs to neither clause.
                int opens = from;
                List<Token> first = Tokenizer.words(sentence, matcher.start(), matcher.end(), 1);
                if (!first.isEmpty() && Lexicon.isCoordinator(Lexicon.lower(first.getFirst().text()), text.language())) {
                    opens = matcher.start();
                    from = Tokenizer.words(sentence, first.getFirst().end(), matcher.end(), 1).stream()
                            .mapToInt(Token::start).findFirst().orElse(matcher.end());
                }
                Matcher closing = CLAUSE_BOUND.matcher(sentence).region(matcher.end(), sentence.length());
                int to = closing.find() ? closing.start() : sentence.length();
                String clause = ClauseTrimmer.stripTrailingPunctuation(sentence.substring(from, to).strip());
                int rest = ClauseTrimmer.words(sentence) - ClauseTrimmer.words(clause);
                boolean ahead = ClauseTense.looksAhead(sentence, Math.min(from, matcher.start()), matcher.start(), text.language())
                        || ClauseTense.looksAhead(sentence, matcher.end(), to, text.language());
                if ((from > 0 || to < sentence.length()) && ClauseTrimmer.words(clause) >= MIN_CLAUSE_WORDS
                        && rest >= MIN_MAIN_CLAUSE_WORDS && !ahead) {
                    return new Scored(clause, 0, lede, start + opens);
                }
            }
        }
        return null;
    }

    /**
     * The lede's main clause up to the clause of the state before that closes it ("The council lifted its ban on
     * scooters" of "…, reversing a decision it made in March"); {@code otherwise} when too little comes before it.
     */
    private static String withoutTrailingClause(SegmentedArticle text, SegmentedArticle.Sentence lede, Scored clause,
                                                String otherwise) {
        String head = ClauseTrimmer.stripTrailingPunctuation(text.text(mainClauseStart(text, lede), clause.cueStart()).strip());
        return ClauseTrimmer.words(head) >= MIN_MAIN_CLAUSE_WORDS ? head : otherwise;
    }

    /** Whether the body offset stands inside the clause a part of the shift was read from. */
    private static boolean within(Scored part, int offset) {
        return part.sentence().start() <= part.cueStart() && part.cueStart() <= offset
                && offset < Math.min(part.sentence().end(), part.cueStart() + part.text().length());
    }


    /** Where no cue tells how things stood, the first sentence about long ago does: "The school opened in 1968." */
    private static Scored history(SegmentedArticle text, List<SegmentedArticle.Sentence> earlier,
                                  SegmentedArticle.Sentence lede, PastSentences past) {
        for (SegmentedArticle.Sentence sentence : earlier) {
            if (!sentence.equals(lede) && past.contains(sentence.start())) {
                return new Scored(ClauseTrimmer.stripTrailingPunctuation(ClauseTrimmer.trim(text.text(sentence))), 0,
                        sentence, sentence.start());
            }
        }
        return null;
    }

    /**
     * Where nothing else tells how things stood, the first sentence below the lede that dates a step with its month
     * and does not look ahead to it: "Following a two-day trial in September, a jury convicted him" before the
     * sentencing; not "the tour will open in June".
     */
    private static String datedStep(SegmentedArticle text, List<SegmentedArticle.Sentence> earlier,
                                    SegmentedArticle.Sentence lede, String after) {
        for (SegmentedArticle.Sentence sentence : earlier) {
            if (sentence.equals(lede) || sentence.start() < (lede == null ? 0 : lede.start())
                    || !MONTH_DATED.matcher(text.body()).region(sentence.start(), sentence.end()).find()) {
                continue;
            }
            boolean ahead = ClauseTense.looksAhead(text.body(), sentence.start(), sentence.end(), text.language());
            String step = ClauseTrimmer.stripTrailingPunctuation(ClauseTrimmer.trim(text.text(sentence)));
            if (!ahead && !step.equals(after)) {
                return step;
            }
        }
        return "";
    }

    /**
     * The first of the few sentences after a lede without a time of its own that tells its event with one (a day,
     * "today", "now", "for the first time", "a new study"), or null when the lede has one or none follows.
     */
    private static SegmentedArticle.Sentence anchoredAfter(SegmentedArticle text, List<SegmentedArticle.Sentence> top,
                                                           SegmentedArticle.Sentence lede, SegmentedArticle.Sentence before) {
        return anchored(text, lede) ? null : firstAfter(top, lede, sentence -> !sentence.equals(before)
                && !openQuestion(text, sentence) && anchored(text, sentence) && !heldSinceADay(text, sentence));
    }

    /**
     * Whether the sentence's subject is a question, which states a puzzle of the scene rather than an event: "How the
     * galaxies we observe today arose remains unsolved".
     */
    private static boolean openQuestion(SegmentedArticle text, SegmentedArticle.Sentence sentence) {
        List<Token> first = Tokenizer.words(text.body(), sentence.start(), Math.min(sentence.end(), sentence.start() + 12));
        return !first.isEmpty() && OPEN_QUESTION_WORDS.contains(first.getFirst().text());
    }

    private static boolean anchored(SegmentedArticle text, SegmentedArticle.Sentence sentence) {
        return NEWS_ANCHOR.get(text.language()).matcher(text.text(sentence)).find();
    }

    /**
     * The language's "until" before one of its weekdays, a state that held up to the news's day, as English "until"
     * is: "Hasta el jueves, el mercado descontaba…", "Bis Montag galt die Sperre".
     */
    private static List<Cue> withUntilDay(List<Cue> english, String language) {
        List<String> weekdays = Lexicon.weekdays(language);
        return weekdays.isEmpty() ? english : withCues(english, Lexicon.cues("until", language),
                "\\s+" + Lexicon.anyPhrase(weekdays), 3);
    }

    /**
     * The language's words for a state that held as late as a month or a year the news ends ([as-late-as]: "Noch im
     * Januar hatte X…", "Ещё в январе X называл…", as English "as recently as"), and for one that has held since a
     * year ([since]: "Seit 2019 waren die Tarife unverändert", as English "since 2019", weighed as it is).
     */
    private static List<Cue> withSince(List<Cue> english, String language) {
        List<String> months = Lexicon.months(language);
        if (months.isEmpty()) {
            return english;
        }
        String monthOrYear = "\\s+(?:(?:\\d{1,2}\\.?\\s+(?:de\\s+)?)?" + Lexicon.anyPhrase(months) + "|(?:19|20)\\d\\d\\b)";
        return withCues(withCues(english, Lexicon.cues("as-late-as", language), monthOrYear, 4),
                Lexicon.cues("since", language), "\\s+(?:19|20)\\d\\d\\b", 1);
    }

    /** The cues, and an opening on how long the state before had lasted in the language ({@link ClauseTense#lasted}). */
    private static List<Cue> withLasted(List<Cue> cues, String language) {
        return ClauseTense.lasted(language).map(lasted -> Stream.concat(cues.stream(),
                Stream.of(Cue.of("^(?:" + lasted.pattern() + ")", LASTED_WEIGHT, false, true))).toList()).orElse(cues);
    }

    /** The English cues, the language's span counted back from the news ({@link ClauseTense#elapsed}), the later ones. */
    private static List<Cue> withElapsed(List<Cue> cues, String language) {
        List<Cue> all = new java.util.ArrayList<>(cues);
        ClauseTense.elapsed(language).ifPresent(elapsed -> all.add(Cue.of(elapsed.pattern(), ELAPSED_WEIGHT, false)));
        all.addAll(ENGLISH_LATER_BEFORE);
        return List.copyOf(all);
    }

    private static List<Cue> withCues(List<Cue> english, List<String> phrases, String suffix, int weight) {
        if (phrases.isEmpty()) {
            return english;
        }
        List<Cue> cues = new java.util.ArrayList<>(english);
        cues.add(Cue.of(Lexicon.anyPhrase(phrases) + suffix, weight, false));
        return List.copyOf(cues);
    }

    /**
     * The state the lede's event led to: the page's standfirst, which sums the story up ("Environ 1 500 personnes ont
     * manifesté samedi contre la fermeture…" over "Ils étaient environ 1 500 … à défiler samedi"), else the sentence
     * after the lede, trimmed, or the one after that when the first is an aside (a link, or a sentence leaning on the
     * one before: "And the band will do it…", "Yes, the exclamation point is part of the name"); empty when there is
     * none, when it is short or when it is the state before.
     */
    private static String following(SegmentedArticle text, List<SegmentedArticle.Sentence> top, SegmentedArticle.Sentence lede,
                                    SegmentedArticle.Sentence before) {
        String summary = summary(text, lede, before);
        if (ClauseTrimmer.words(summary) >= MIN_MAIN_CLAUSE_WORDS) {
            return summary;
        }
        int at = top.indexOf(lede);
        for (int i = at + 1; at >= 0 && i < top.size() && i <= at + MAX_FOLLOWING_SENTENCES; i++) {
            if (top.get(i).equals(before)) {
                return "";
            }
            String next = ClauseTrimmer.stripTrailingPunctuation(ClauseTrimmer.trim(text.text(top.get(i))));
            if (!aside(next)) {
                return ClauseTrimmer.words(next) < MIN_MAIN_CLAUSE_WORDS ? "" : next;
            }
        }
        return "";
    }

    /**
     * The sentence the state before takes up whole, or null when it is a clause of it: the rest of a summary whose
     * relative clause tells the state before still sums up the news.
     */
    private static SegmentedArticle.Sentence wholly(SegmentedArticle text, Scored before) {
        String whole = ClauseTrimmer.stripTrailingPunctuation(ClauseTrimmer.trim(text.text(text.ledeStart(before.sentence()),
                before.sentence().end())));
        return before.text().length() < whole.length() && whole.contains(", " + before.text() + ",") ? null : before.sentence();
    }

    /** Whether a sentence is an aside rather than a state: it holds a link or opens on a word that leans on the last. */
    private static boolean aside(String sentence) {
        int space = sentence.indexOf(' ');
        return sentence.contains("http://") || sentence.contains("https://") || sentence.contains("www.")
                || space > 0 && LEANING_OPENERS.contains(sentence.substring(0, space).replaceAll("[,!]$", ""));
    }

    /**
     * The page's own summary of its story, trimmed: the standfirst over its byline, or a deck, the subhead that opens
     * the page straight above the lede ("Revenue up 9% to $412.6 million; orders reach a record"); empty when it has
     * neither or the summary is the state before.
     */
    private static String summary(SegmentedArticle text, SegmentedArticle.Sentence lede, SegmentedArticle.Sentence before) {
        SegmentedArticle.Sentence standfirst = text.standfirst();
        if (standfirst != null) {
            return standfirst.equals(before) || standfirst.equals(lede) ? ""
                    : ClauseTrimmer.stripTrailingPunctuation(ClauseTrimmer.trim(text.text(standfirst)));
        }
        SegmentedArticle.Paragraph first = text.paragraphs().getFirst();
        String deck = text.text(first.start(), first.end()).strip();
        return first.isHeading() && lede != null && lede.paragraph() == first.index() + 1 && !first.credit()
                ? ClauseTrimmer.stripTrailingPunctuation(deck) : "";
    }

    /**
     * The first sentences of prose: no headings, block quotations, pictures' captions, sentences inside quotations or
     * questions.
     */
    private static List<SegmentedArticle.Sentence> prose(SegmentedArticle text) {
        return text.sentences().stream().filter(s -> isProse(text, s)).limit(CANDIDATE_SENTENCES).toList();
    }

    /** The first sentences of prose in one entry of a live blog. */
    private static List<SegmentedArticle.Sentence> within(SegmentedArticle text, LiveBlog.Entry entry) {
        return text.sentences().stream().filter(s -> entry.holds(s.paragraph()) && isProse(text, s))
                .limit(CANDIDATE_SENTENCES).toList();
    }

    private static boolean isProse(SegmentedArticle text, SegmentedArticle.Sentence sentence) {
        SegmentedArticle.Paragraph paragraph = text.paragraph(sentence.paragraph());
        return paragraph.kind() == Block.Kind.PARAGRAPH && !text.caption(paragraph)
                && !text.insideQuotation(sentence.start()) && !text.isQuestion(sentence);
    }

    /** The lede without its dateline or an opening adverbial that only sets the scene. */
    private static String mainClause(SegmentedArticle text, SegmentedArticle.Sentence lede) {
        return text.text(mainClauseStart(text, lede), lede.end());
    }

    private static int mainClauseStart(SegmentedArticle text, SegmentedArticle.Sentence lede) {
        int start = text.ledeStart(lede);
        String sentence = text.text(start, lede.end());
        Matcher opener = LEDE_OPENER.get(text.language()).matcher(sentence);
        if (opener.find() && ClauseTrimmer.words(sentence.substring(opener.end())) >= MIN_MAIN_CLAUSE_WORDS) {
            return start + opener.end();
        }
        return start;
    }

    /**
     * The lede's state without the cause it gives: "The court suspended the works on Tuesday, after a residents'
     * appeal" is the state "The court suspended the works on Tuesday" and the trigger "a residents' appeal".
     * {@code otherwise} when the cause opens the main clause or leaves too short a state.
     */
    private static String beforeCause(SegmentedArticle text, SegmentedArticle.Sentence lede, int cueStart, String otherwise) {
        int start = mainClauseStart(text, lede);
        if (cueStart <= start) {
            return otherwise;
        }
        String head = text.text(start, cueStart);
        // "…on Friday, weeks after the trust said…": the measure of time belongs to the cause.
        int comma = head.lastIndexOf(", ");
        if (comma > 0 && ClauseTrimmer.words(head.substring(comma + 1)) <= MAX_CAUSE_LEAD_WORDS) {
            head = head.substring(0, comma);
        }
        head = ClauseTrimmer.stripTrailingPunctuation(ClauseTrimmer.trim(head));
        return ClauseTrimmer.words(head) < MIN_MAIN_CLAUSE_WORDS ? otherwise : head;
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
            // A run-on "sentence" of thousands of characters is read only as far as a clause could reach; a dateline
            // is no part of it ("VALDARNA – Per anni…" opens on its span).
            int from = text.ledeStart(sentence);
            String sentenceText = text.text(from, Math.min(sentence.end(), from + MAX_SENTENCE_CHARS));
            String lowerCase = Lexicon.lower(sentenceText);
            for (Cue cue : cues) {
                if (clause && cue.weight() < MIN_REMOTE_CAUSE_WEIGHT && !sentence.equals(lede)) {
                    // A bare "after" further down tells some earlier step of the story, not what changed it.
                    continue;
                }
                Found found = cue.required().mayOccurIn(lowerCase) ? match(text, from, sentenceText, cue, clause) : null;
                if (found == null) {
                    continue;
                }
                // A cause the lede itself gives ("…will stay open after the government agreed…") is the news's own.
                double ledeBonus = clause && sentence.equals(lede) ? 1 : 0;
                double score = cue.weight() + ledeBonus + overlap(headlineWords, sentenceText) - 0.1 * i;
                if (best == null || score > best.score()) {
                    best = new Scored(found.text(), score, sentence, found.cueStart());
                }
                break;
            }
        }
        return best;
    }

    /**
     * What one cue gives in one sentence, or null: the first of its matches outside quotations that leaves a clause
     * of {@value #MIN_CLAUSE_WORDS} words or more ("After 31 years, she is stepping down, weeks after the trust said…"
     * gives the second "after"'s cause).
     */
    private static Found match(SegmentedArticle text, int from, String sentenceText, Cue cue, boolean clause) {
        Matcher matcher = cue.pattern().matcher(sentenceText);
        while (matcher.find()) {
            if (text.insideQuotation(from + matcher.start())) {
                continue;
            }
            if (!clause && (openingOfNews(text, sentenceText, matcher.start()) || cue.notAhead()
                    && ClauseTense.looksAhead(sentenceText, 0, sentenceText.length(), text.language()))) {
                return null;
            }
            String result = clause ? cause(sentenceText, matcher.end(), cue.wholeRest())
                    : stateAround(sentenceText, matcher.start(), matcher.end(), text.language());
            if (ClauseTrimmer.words(result) >= MIN_CLAUSE_WORDS && !(clause && (TIME_FIRST.matcher(result).lookingAt()
                    || SPAN_FIRST.get(text.language()).matcher(result).lookingAt()))) {
                return new Found(result, from + matcher.start());
            }
            if (!clause) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the cue stands in a sentence's opening "After…" or "Following…" and the clause after it tells the news
     * with its anchor: "After debuting the Juke two months ago, Nissan has unveiled the new Sentra" is the event, not
     * the state before it.
     */
    private static boolean openingOfNews(SegmentedArticle text, String sentence, int cueStart) {
        int comma = sentence.indexOf(", ");
        return comma > cueStart && OPENING_STEP.matcher(sentence).lookingAt()
                && NEWS_ANCHOR.get(text.language()).matcher(sentence).region(comma, sentence.length()).find();
    }

    /**
     * The sentence that tells the state before, trimmed; when trimming would cut off its cue, the clause holding the
     * cue to the sentence's end ("…defended a decision that, she admitted, delays a project the towns have wanted
     * for a decade").
     */
    private static String stateAround(String sentence, int cueStart, int cueEnd, String language) {
        String relative = relativeClause(sentence, cueStart, cueEnd, language);
        if (!relative.isEmpty()) {
            return relative;
        }
        String trimmed = ClauseTrimmer.trim(sentence);
        if (cueStart < trimmed.length()) {
            return ClauseTrimmer.stripTrailingPunctuation(trimmed);
        }
        int comma = sentence.lastIndexOf(", ", cueStart);
        String clause = comma < 0 ? sentence : sentence.substring(comma + 2);
        return ClauseTrimmer.stripTrailingPunctuation(ClauseTrimmer.trim(clause));
    }

    /**
     * The relative clause set off by commas on both sides that holds the cue and words of its own besides, or empty:
     * such a clause tells what is already known, and the sentence's main clause the news, as a summary does ("Школу,
     * которая работала в селе с 1911 года, закрывают после каникул", "The pier, which has stood since 1890, will be
     * pulled down"); not a relative cut off by a stray comma after its time ("Kate Roe, who in 2008, won…").
     */
    private static String relativeClause(String sentence, int cueStart, int cueEnd, String language) {
        Matcher bound = CLAUSE_BOUND.matcher(sentence);
        int from = -1;
        while (bound.find() && bound.end() <= cueStart) {
            from = bound.end();
        }
        Matcher closing = CLAUSE_BOUND.matcher(sentence).region(cueStart, sentence.length());
        if (from < 0 || !closing.find()) {
            return "";
        }
        List<Token> first = Tokenizer.words(sentence, from, cueStart + 1, 1);
        String clause = sentence.substring(from, closing.start()).strip();
        int rest = ClauseTrimmer.words(sentence) - ClauseTrimmer.words(clause);
        int own = ClauseTrimmer.words(clause) - 1 - ClauseTrimmer.words(sentence.substring(cueStart, Math.min(cueEnd, closing.start())));
        return !first.isEmpty() && first.getFirst().start() == from && Lexicon.isRelative(Lexicon.lower(first.getFirst().text()), language)
                && own >= MIN_RELATIVE_OWN_WORDS && rest >= MIN_CLAUSE_WORDS ? clause : "";
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

    /**
     * The headline's own cause: "… now it’s back after US security promise" gives "US security promise", "El índice
     * se dispara tras el acuerdo de X" "el acuerdo de X". An "as" clause that tells a period coming is the news's time,
     * and the headline then names no cause: "Baggage handlers walk off as holiday rush begins", "… as election nears".
     */
    private static String headlineCause(SegmentedArticle text) {
        Matcher matcher = HEADLINE_CAUSE.get(text.language()).matcher(text.title());
        if (!matcher.find()) {
            return "";
        }
        String cause = matcher.group("cause");
        return matcher.group("as") != null && PERIOD_COMING.matcher(cause).find() ? "" : cause;
    }

    /** Half a point per word shared with the headline, at most two: a tie-breaker, not a cue. */
    private static double overlap(Set<String> headlineWords, String sentence) {
        return Math.min(shared(headlineWords, sentence), 4) * 0.5;
    }

    /** How many content words of the text the headline has. */
    private static int shared(Set<String> headlineWords, String text) {
        int shared = 0;
        for (String word : contentWords(text)) {
            shared += headlineWords.contains(word) ? 1 : 0;
        }
        return shared;
    }

    /**
     * The first sentence near the top that restates the headline ({@value #MIN_RESTATED_WORDS} of its content words
     * or more), trimmed: an item of a list ("L'essentiel", "Key points") or a sentence of prose from the lede on; not
     * the state before; the lede without its dateline. Prose above the lede is a caption or a teaser, not the story.
     */
    private static java.util.Optional<String> restatement(SegmentedArticle text, Set<String> headlineWords,
                                                          SegmentedArticle.Sentence lede, SegmentedArticle.Sentence before) {
        int story = lede == null ? 0 : lede.start();
        return text.sentences().stream()
                .filter(s -> !s.equals(before) && !text.insideQuotation(s.start())
                        && (text.paragraph(s.paragraph()).kind() == Block.Kind.LIST_ITEM
                        || isProse(text, s) && s.start() >= story))
                .limit(CANDIDATE_SENTENCES)
                .filter(s -> shared(headlineWords, text.text(s)) >= MIN_RESTATED_WORDS)
                .findFirst()
                .map(s -> ClauseTrimmer.stripTrailingPunctuation(ClauseTrimmer.trim(
                        text.text(s.equals(lede) ? text.ledeStart(s) : s.start(), s.end()))));
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
