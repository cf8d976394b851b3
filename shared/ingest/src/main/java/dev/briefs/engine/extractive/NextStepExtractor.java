package dev.briefs.engine.extractive;

import dev.briefs.article.Block;
import dev.briefs.brief.NextStep;
import dev.briefs.brief.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what the article says will happen: every sentence of a "What comes next" section, and elsewhere sentences
 * that look ahead ("will", "plans to", "is due to", "next week") outside quotations, or inside one when a firm cue
 * comes with a time (a plan in an interview answer). Embedded questions, relative clauses and what would have
 * happened are no steps, nor are the older entries of a live blog. Each becomes a step with the subject of the cue's
 * clause as actor (resolved to a cast name), the clause after the subject (or after "will") as action, or the whole
 * clause when no actor can be named, and the time expression, if any. The best-supported steps are kept, in article
 * order.
 */
final class NextStepExtractor {

    static final int MAX_STEPS = 6;
    /**
     * Fewer steps than this with a time or a named actor, and the article's untimed plans fill up to it ("They also
     * plan to release the data"): an article that looks ahead mostly does so without a date.
     */
    static final int MIN_STEPS = 3;
    private static final int MIN_WORDS = 5;
    /** The languages that set most adjectives after their noun: "les agences régionales", "la giunta regionale". */
    private static final Set<String> ADJECTIVES_AFTER_NOUN = Set.of("es", "fr", "it", "pt");
    /** The adjectives after a noun that still belong to the subject phrase: "les agences régionales". */
    private static final int MAX_POSTNOMINAL_WORDS = 2;
    /** An action of fewer words is the cue alone, which closed its clause. */
    private static final int MIN_ACTION_WORDS = 2;
    /** A subject phrase longer than this is a clause, not an actor: the names in it are shown instead. */
    private static final int MAX_ACTOR_WORDS = 10;
    /** The longest description kept as the actor of a sentence without a forward cue: "The treasurer". */
    private static final int MAX_CUELESS_DESCRIPTION_WORDS = 4;

    /** An adverb between the verb and its cue of schedule: "the licence is now set to expire in May". */
    private static final String CUE_ADVERB = "(?:(?:now|also|still)\\s+)?";
    /** The time a party is given to act: "has 30 days to", "have until Friday to". */
    private static final String DEADLINE = "(?:has|have|had|was\\s+given|were\\s+given)\\s+(?:until\\s+\\p{L}+(?:\\s+\\d{1,2})?"
            + "|(?:\\d{1,3}|one|two|three|four|five|six|seven|ten|fourteen|thirty|sixty|ninety)\\s+(?:days|weeks|months))\\s+to";
    /** The English deadline and the language's own ([deadline]: "tem 60 dias para", "hat 30 Tage Zeit"). */
    private static final Map<String, Pattern> GIVEN_TIME = Lexicon.perLanguage(language -> Pattern.compile(DEADLINE
            + ClauseTense.alternative(ClauseTense.deadline(language)), Pattern.CASE_INSENSITIVE));
    /**
     * Words that look ahead. "will" is checked separately, since it is also a noun ("political will"). Every English
     * cue opens with a letter: the look-ahead for one turns each word's end down (half the places {@code \b} lets
     * through) before the cues are tried, and the look-behinds wait for their cue's first letter, so that they
     * are not read at every word. Together they halve the time of this pattern, the costliest of the stage.
     */
    private static final Map<String, Pattern> FORWARD = Lexicon.perLanguage(language -> Pattern.compile(
            "\\b(?=[a-z])(?:will|won[’']t|shall|(?:is|are)\\s+" + CUE_ADVERB + "(?:due|expected|set|scheduled|slated"
                    + "|poised|likely|going)\\s+to|(?:is|are|was|were)\\s+" + CUE_ADVERB + "(?:due|set|scheduled|slated|planned)\\s+for"
                    // an event awaited at a time: "a decision on cameras is expected in January"
                    + "|(?:is|are)\\s+" + CUE_ADVERB + "expected\\s+(?=(?:in|on|by|before|at|within|next|later|early|late"
                    + "|this|tomorrow|tonight)\\b)"
                    // not the noun ("with an aim to") nor a past intent denied ("did not intend to cause harm")
                    // not a plan given up: "has abandoned plans to build"
                    + "|(?=p)(?<!\\b(?:abandoned|scrapped|dropped|shelved|ditched|cancell?ed|axed|halted|no)\\s)plans?\\s+to"
                    + "|planning\\s+to|(?=i)(?<!\\bnot\\s|n[’']t\\s)intends?\\s+to"
                    + "|(?=a)(?<!\\b(?:an|the|its|their|our|his|her)\\s)aims?\\s+to|hopes\\s+to|vow(?:s|ed)?\\s+to"
                    + "|pledged\\s+to|promised\\s+to|readiness\\s+to|ready\\s+to|prepared\\s+to|seeks\\s+to"
                    + "|expects?\\s+to|looking\\s+ahead|sees|forecasts?|would|could|should|might|must|(?-i:may)"
                    // an event set for later: "the guild has called a public meeting on Thursday"
                    + "|(?:(?:has|have|had)\\s+)?(?:called|scheduled|set|convened)\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}?"
                    + "(?:meeting|vote|hearing|referendum|strike|walkout|protest|rally|session|ballot|election|inquiry"
                    + "|review|summit|debate|consultation)"
                    // a deadline: "the resort has 30 days to file a notice of appeal"
                    + "|" + DEADLINE + ")\\b"
                    + ClauseTense.alternative(ClauseTense.deadline(language))
                    + Lexicon.cueAlternative("forward", language) + ClauseTense.endingAlternative(ClauseTense.FUTURE, language)
                    + ClauseTense.endingAlternative(ClauseTense.CONDITIONAL, language),
            Pattern.CASE_INSENSITIVE));

    /**
     * A later event that something waits on: "held pending trial", "charges are still pending", "suspended until the
     * next legislative day".
     */
    private static final String AWAITED = "pending\\s+(?:trial|appeal|sentencing|review|an?\\s+\\p{L}+|the\\s+outcome)"
            + "|(?:still|remains?|are|is)\\s+pending|until\\s+the\\s+next\\s+\\p{L}+";
    /** The languages whose capitalised sentence openers may be names: German capitalises nouns, English is steps4's. */
    private static final Set<String> CAPITALISED_NOUNS = Set.of("en", "de", "");
    /**
     * Time words that make a sentence look ahead without marking where its subject ends; the letter they open with is
     * looked for first, as in {@link #FORWARD}.
     */
    private static final Pattern AHEAD = Pattern.compile(
            "(?i)\\b(?=[a-z])(?:(?=n)(?<!\\bthe\\s)next\\s+(?:week|month|year)|tonight|tomorrow|later\\s+today|upcoming|later\\s+this\\s+(?:week|month|year)"
                    + "|in the (?:coming|next)(?: few)? (?:days|weeks|months)|" + AWAITED + ")\\b");
    /** A sentence told as waiting on it is timed by it. */
    private static final Pattern AWAITING = Pattern.compile("(?i)\\b(?:" + AWAITED + ")\\b");
    /** Words that set a sentence in the past, where a time word ahead is the past's own future. */
    private static final Map<String, Pattern> TOLD_AS_PAST = Lexicon.perLanguage(language -> Pattern.compile(
            "(?i)\\b(?:earlier\\s+(?:this|that|in)|last\\s+(?:week|month|year|season)|the\\s+(?:day|week|month|year)\\s+before)\\b"
                    // langs3: the language's own ("seit", "la semana pasada")
                    + Lexicon.cueAlternative("past", language)
                    // a span counted back from the news: "two years ago", "hace un año", "год назад"
                    + ClauseTense.alternative(ClauseTense.elapsed(language))));
    /** Cues of intent rather than plan: outside a "What next" section they need a date to count. */
    private static final Map<String, Pattern> WEAK = Lexicon.perLanguage(language -> Pattern.compile(
            "(?i)(?:(?:hopes?|vow(?:s|ed)?|pledged|promised|readiness|ready|prepared|seeks?|aims?)\\s+to"
                    + "|would|could|should|might|may|must|sees|expects?\\s+to|forecasts?)"
                    // langs5: the language's own modals of obligation ("muss", "debe"), steps only with a time
                    + Lexicon.cueAlternative("weak", language)
                    // steps6: the conditional, which reports a future ("présenteraient", "presentarían"), as "would"
                    + ClauseTense.endingAlternative(ClauseTense.CONDITIONAL, language)));
    /** The cues of plan or intent that make a step without a time or a named actor. */
    private static final Pattern UNTIMED_PLAN = Pattern.compile("(?i)(?:is|are)\\s+" + CUE_ADVERB + "(?:due|expected|set|scheduled|slated|poised"
            + "|likely|going)\\s+to|plans?\\s+to|planning\\s+to|intends?\\s+to|aims?\\s+to|hopes\\s+to|vow(?:s|ed)?\\s+to"
            + "|pledged\\s+to|promised\\s+to|prepared\\s+to|seeks\\s+to");
    /** The language's own cues of plan or intent ("wollen", "собирается", "entend"), which make a step without a time. */
    private static final Map<String, Set<String>> INTENT = Lexicon.perLanguage(language ->
            Lexicon.lookupSet(Lexicon.cues("intent", language)));
    /** The cues of a plan that a quotation tells without a time, as an untimed plan: "We plan to…", "we aim to…". */
    private static final Pattern QUOTED_PLAN = Pattern.compile("(?i)plans?\\s+to|planning\\s+to|intends?\\s+to|aims?\\s+to");
    /** The weak cues that only guess what may happen; the others tell an intent. */
    private static final Pattern SPECULATION = Pattern.compile("(?i)would|could|should|might|may|sees|forecasts?");
    /**
     * Verbs whose present tense, with a time after it, tells a fixed schedule in English news ("Lowe's reports
     * earnings Wednesday", "The trial opens on March 3"); other languages' futures are in their "[future]" endings.
     */
    private static final Set<String> SCHEDULE_VERBS = Set.of("hosts", "holds", "reports", "meets", "starts", "begins",
            "opens", "resumes", "reopens", "faces", "plays", "visits", "votes", "airs", "premieres", "debuts", "launches",
            "releases", "publishes", "closes", "ends", "expires", "testifies", "travels", "returns", "convenes");
    /**
     * The same verbs in the plural a team takes ("Rovers travel to Leeds next Saturday", "Kelsford host Ayr on
     * Tuesday"); most are nouns too ("a face mask", "Trump's visit on Saturday"), so they count only after a name.
     */
    private static final Set<String> PLURAL_SCHEDULE_VERBS = Set.of("host", "travel", "play", "meet", "visit", "face",
            "resume", "return");
    /** Events that are set for a date: named with one, they are ahead unless the sentence tells the past. */
    private static final Set<String> SCHEDULED_EVENTS = Set.of("election", "elections", "vote", "referendum", "hearing",
            "trial", "sentencing", "summit", "debate", "deadline", "launch", "premiere", "primary", "caucuses", "runoff",
            "ballot", "auction", "inauguration");
    /** Events held again and again, which "next" sets ahead: "the next meeting", "their next match". */
    private static final Set<String> RECURRING_EVENTS = Set.of("meeting", "session", "sitting", "match", "game",
            "fixture", "race", "round", "talks", "conference");
    /** The words between "next" and the event it sets ahead: "next policy meeting". */
    private static final int MAX_NEXT_EVENT_WORDS = 2;
    /** The words before an event that may date it: "the U.K.'s Dec. 12 election". */
    private static final int MAX_EVENT_DATE_WORDS = 4;
    /** English modals, after which the action starts; the other languages' cues are verbs of the action itself. */
    private static final Pattern MODAL = Pattern.compile("(?i)will|won[’']t|shall|would|could|should|might|may|must");
    private static final Set<String> NOUN_WILL = Set.of("the", "political", "free", "good", "ill", "own", "his", "her",
            "their", "its", "of", "popular", "a", "our", "my", "your");
    /** Words that open a sentence before its subject: "But the council…", "Now Assange faces…". */
    private static final Set<String> OPENING_CONNECTIVES = Set.of("but", "and", "now", "yet", "still", "also",
            "meanwhile", "instead");
    private static final List<String> COORDINATING = List.of(", and ", ", but ");
    /** What opens a relative clause set off by a comma: "…, which was published today". */
    private static final List<String> RELATIVE_OPENINGS = List.of(", which ", ", who ", ", where ");
    /** Conjunctions that join an action's clause to the one before it: "…, and the council will vote". */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "yet");
    /** Adverbs between "will" and its verb that the action leaves out ("will now travel"). */
    private static final Set<String> SKIPPED_ADVERBS = Set.of("now", "also", "then", "soon", "first", "still",
            "nonetheless", "likely", "probably", "eventually", "finally");
    /** Cues of a schedule, both alternatives behind one look-ahead for their first letter, as in {@link #FORWARD}. */
    private static final Pattern SCHEDULED = Pattern.compile(
            "(?i)\\b(?=[a-z])(?:(?:due|scheduled|set|slated|expected|plans?|planning)\\s+to\\b|will\\s+(?:now\\s+|also\\s+)?"
                    + "(?:travel|meet|vote|decide|announce|hold|visit|publish|release|launch|begin|start|host|sign"
                    + "|attend|return|resume|review|consider|hear|rule|testify|present|open|close|finalise|finalize"
                    + "|appeal|appear|face|stand\\s+trial|be\\s+(?:sentenced|extradited|arraigned|tried|charged))\\b)");
    /**
     * Words of a court's or a prosecutor's next step, which a modal of speculation still tells ("the ruling could be
     * appealed", "said the resort would appeal", "could face charges"): the law sets what may come next.
     */
    private static final Set<String> ENGLISH_LEGAL_STEPS = Set.of("appeal", "appealed", "appeals", "sentenced", "sentencing",
            "extradited", "extradition", "indicted", "prosecuted", "deported", "arraigned", "charged", "charges", "trial",
            "retrial");
    /** The same in each language, with its own words of recourse ([recourse]: "ricorso", "Berufung", "recurso"). */
    private static final Map<String, Set<String>> LEGAL_STEPS = Lexicon.perLanguage(language -> {
        Set<String> words = new java.util.HashSet<>(ENGLISH_LEGAL_STEPS);
        words.addAll(Lexicon.cues("recourse", language));
        return Lexicon.lookupSet(words);
    });
    private static final Pattern RECOURSE_MODAL = Pattern.compile("(?i)would|could|may");
    /** The words after the modal that name the legal step: "be extradited", "face charges". */
    private static final int RECOURSE_VERB_WORDS = 2;
    private static final String FACING = "faces ";
    /** What a present "faces" tells of a case still ahead: "Webb still faces nine state charges". */
    private static final Set<String> JEOPARDY = Set.of("charges", "charge", "counts", "trial", "retrial", "lawsuit",
            "lawsuits", "extradition", "deportation", "prosecution", "impeachment", "sentencing", "indictment");
    /** The words after "faces" in which its jeopardy is named: "faces up to ten years in prison on two counts". */
    private static final int MAX_JEOPARDY_WORDS = 8;

    /**
     * A sentence that looks ahead.
     *
     * @param sentence the sentence
     * @param cueStart where its forward cue starts, or -1 when only a time or a "What next" section makes it one
     * @param cueEnd   where the cue ends
     * @param modal    whether the action starts after the cue: an English modal, or the empty cue before a verb
     *                 of schedule
     * @param end      where the step's text ends: the sentence's end, or the end of the quotation it stands in
     * @param score    how surely it is a step
     * @param firm     whether it has a time or a named actor, or stands in a "What next" section; an untimed plan
     *                 ("plans to", "were prepared to", "will vote") of nobody named is only a step when the article
     *                 has too few firm ones
     */
    private record Candidate(SegmentedArticle.Sentence sentence, int cueStart, int cueEnd, boolean modal, int end, int score,
                             boolean firm) {
    }

    /** Words inside a clause before its modal that make it an embedded question: "unclear what X will do". */
    private static final Set<String> EMBEDDING = Set.of("what", "how", "whether", "which", "why", "where", "who",
            "whom", "if");
    /**
     * The same when they open the clause; "…, which is scheduled for February", "…, where she will speak" and
     * "If approved, …" are not questions.
     */
    private static final Set<String> OPENING_EMBEDDING = Set.of("what", "how", "whether", "why");
    /** Verbs of expecting that, like verbs of speech, take the clause of the step as their object. */
    private static final Set<String> EXPECTING_VERBS = Set.of("expects", "expect", "expected", "believes", "believe",
            "thinks", "think", "predicts", "predict", "estimates", "forecasts", "hopes", "fears", "projects");
    /** The most words of an attribution that closes a step's sentence: "…, a spokesperson for the city council said". */
    private static final int MAX_ATTRIBUTION_WORDS = 8;
    /** The words before its verb of speech: "said", "the mayor said", "ha detto il presidente", "a indiqué le maire". */
    private static final int MAX_WORDS_BEFORE_SPEECH_VERB = 3;
    /** The languages that set the finite verb second, its subject after it when a time opens the clause. */
    private static final Set<String> VERB_SECOND = Set.of("de");
    /** The words of the time that opens a verb-second clause before its verb: "Am kommenden Montag". */
    private static final int MAX_INVERTED_OPENING_WORDS = 4;
    /** The capitalised nouns of the subject after the verb: "die Stadtwerke", "der Kreistag Lindau". */
    private static final int MAX_INVERTED_SUBJECT_WORDS = 3;
    /** The longest subject phrase kept in front of an action whose actor the brief cannot name. */
    private static final int MAX_SUBJECT_PHRASE_WORDS = 8;
    /** Words that open a reported clause: "said that", "dijo que", "ha detto che", "sagte, dass", "сказал, что". */
    private static final Set<String> COMPLEMENTIZERS = Set.of("that", "que", "che", "dass", "что", "qu");
    /** Words a verb of speech may take as its object before "that": "told state lawmakers that". */
    private static final int MAX_SPEECH_OBJECT_WORDS = 6;
    /** Relative pronouns that, with a subject of their own before the modal, are its object. */
    private static final Set<String> OBJECT_RELATIVES = Set.of("which", "that", "whom");
    /** Relative pronouns, which stand for a subject named before them. */
    private static final Set<String> RELATIVES = Set.of("which", "that", "who", "whom");
    /** Modals that with "have" tell what did not happen: "would have objected". */
    private static final Set<String> COUNTERFACTUAL_MODALS = Set.of("would", "could", "should", "might", "may", "must");
    /** Verbs that need an object: straight after the modal a preposition shows the object was before ("the impact
     * it will have on"), so the clause is a relative one. */
    private static final Set<String> OBJECT_VERBS = Set.of("have", "do", "make");
    private static final Set<String> GAP_PREPOSITIONS = Set.of("on", "with", "about", "of", "for", "over");
    /** A label before a colon that names the actor of a "What next" line: "Thunder: Host the Lakers on Friday." */
    private static final Pattern LABEL = Pattern.compile("(\\p{Lu}[\\p{L}.'’&-]*(?:\\s+\\p{Lu}[\\p{L}.'’&-]*){0,3}):\\s+(?=\\p{L})");

    private NextStepExtractor() {
    }

    /**
     * The next steps of a text; {@code quotes} are its quotes with their speakers, who act in a plan they tell in the
     * first person ("“We will publish the rota on March 1,” said Ana Ruiz").
     */
    static List<NextStep> extract(SegmentedArticle text, Cast cast, List<Quote> quotes) {
        List<Candidate> candidates = new ArrayList<>();
        // What an older entry of a live blog expected has mostly happened by the newest: its steps count only when
        // the newer entries expect nothing.
        List<Candidate> older = new ArrayList<>();
        SegmentedArticle.Sentence lede = text.storyLede();
        LiveBlog blog = LiveBlog.of(text);
        for (SegmentedArticle.Sentence sentence : text.sentences()) {
            SegmentedArticle.Paragraph paragraph = text.paragraph(sentence.paragraph());
            List<Candidate> found = blog != null && blog.olderEntry(paragraph.index()) ? older : candidates;
            if (ClauseTrimmer.words(text.text(sentence)) < MIN_WORDS || text.isQuestion(sentence)) {
                continue; // a question ("But will we still call it that once it arrives?") asks, it plans nothing
            }
            // A block quotation repeats what the body says; only the narrative between its quotations is its own, or a
            // plan nothing else repeats (a plain-text paragraph that opens with a quotation reads as one: "“…?” said
            // Hill, who will testify Thursday.", "“We aim to build on this in future…”").
            Candidate candidate = paragraph.kind() == Block.Kind.QUOTE ? quotationsRestOrPlan(text, cast, sentence)
                    : text.insideQuotation(sentence.start()) ? quotedPlanOrRest(text, cast, sentence)
                    : candidate(text, cast, sentence, paragraph.inNextSection());
            if (candidate != null && sentence.equals(lede) && !paragraph.inNextSection() && !ledeSchedule(text, candidate)) {
                continue; // the lede is the news itself, told as the headline shift
            }
            if (candidate != null) {
                found.add(candidate);
            }
        }
        if (candidates.isEmpty()) {
            candidates.addAll(older);
        }
        // The firm steps by score, then the untimed plans by score and article order while too few are chosen.
        candidates.sort(Comparator.comparing((Candidate c) -> !c.firm()).thenComparingInt(c -> -c.score()));
        long firm = candidates.stream().filter(Candidate::firm).count();
        int kept = (int) Math.min(candidates.size(), Math.min(MAX_STEPS, Math.max(firm, MIN_STEPS)));
        List<Candidate> chosen = new ArrayList<>(candidates.subList(0, kept));
        chosen.sort(Comparator.comparingInt(c -> c.sentence().start()));
        List<NextStep> steps = new ArrayList<>();
        for (Candidate candidate : chosen) {
            NextStep step = step(text, cast, quotes, candidate);
            if (steps.stream().noneMatch(earlier -> sameMatter(earlier, step))) {
                steps.add(step);
            }
        }
        return steps;
    }

    /**
     * Where the clause of a cue ends: before a relative clause that follows it, whose time is its own ("…would likely
     * occur often, the team wrote in the paper, which was published today"), else at {@code end}.
     */
    private static int clauseEnd(SegmentedArticle text, int from, int end) {
        int clauseEnd = end;
        for (String relative : RELATIVE_OPENINGS) {
            // read only as far as a match could start before the clause's end, not on to the body's
            int limit = Math.min(text.body().length(), clauseEnd - 1 + relative.length());
            int at = from <= limit ? text.body().indexOf(relative, from, limit) : -1;
            if (at >= 0 && at < clauseEnd) {
                clauseEnd = at;
            }
        }
        return clauseEnd;
    }

    /**
     * Whether two steps tell the one case an actor faces, which a story retells ("Julian Assange faces 18 criminal
     * charges" and, further down, "Australian-born Assange faces a charge of conspiracy"); their other plans are steps
     * of their own.
     */
    private static boolean sameMatter(NextStep earlier, NextStep later) {
        return !later.actor().isEmpty() && lastWord(later.actor()).equals(lastWord(earlier.actor()))
                && earlier.action().startsWith(FACING) && later.action().startsWith(FACING);
    }

    /** The surname of a person, the head noun of anything else: "Australian-born Assange" and "Julian Assange" match. */
    private static String lastWord(String actor) {
        return actor.substring(actor.lastIndexOf(' ') + 1);
    }

    private static Candidate candidate(SegmentedArticle text, Cast cast, SegmentedArticle.Sentence sentence, boolean section) {
        Matcher cue = FORWARD.get(text.language()).matcher(text.body()).region(sentence.start(), sentence.end());
        int cueStart = -1;
        int cueEnd = -1;
        boolean modal = false;
        boolean embeddedCue = false;
        while (cue.find()) {
            if (text.insideQuotation(cue.start()) || nounWill(text.body(), cue)
                    || ClauseTense.nounByEnding(text, cue.start(), cue.end())) {
                continue;
            }
            if (pluperfectPlan(text, sentence, cue.start())) {
                return null; // a plan told in the pluperfect was made before the story, and its time is the past's
            }
            if (embedded(text, sentence, cue)) {
                embeddedCue = true; // a later time word ("unclear what it will do next year") makes no step either
            } else {
                cueStart = cue.start();
                cueEnd = cue.end();
                modal = MODAL.matcher(cue.group()).matches();
                break;
            }
        }
        boolean datedEvent = false;
        if (cueStart < 0 && !section && !embeddedCue) {
            Schedule schedule = schedule(text, sentence);
            if (schedule != null && schedule.verb() != null) {
                // an empty cue before the verb: the action starts at the verb, as it does after "will"
                cueStart = schedule.verb().start();
                cueEnd = cueStart;
                modal = true;
            }
            datedEvent = schedule != null && schedule.verb() == null;
        }
        if (cueStart < 0 && !section && !datedEvent && (embeddedCue || !AHEAD.matcher(text.text(sentence)).find()
                || TOLD_AS_PAST.get(text.language()).matcher(text.text(sentence)).find())) {
            return null; // "A year ago, NASA said the landers would fly as early as next year" is history
        }
        boolean weak = cueStart >= 0 && WEAK.get(text.language()).matcher(text.text(cueStart, cueEnd)).matches();
        // A weak cue looks ahead only with a time after it: a reported modal ("said on Wednesday it would…") is then
        // no step, an intent ("were prepared to fight the charges") at most an untimed plan. The check comes first
        // because most such sentences have no time, and reading times is the costly part.
        // not after a counterfactual ("…would have meant suspects could be extradited")
        boolean recourse = cueStart >= 0 && !embeddedCue && legalStep(text, sentence, cueStart, cueEnd, weak);
        boolean untimedWeak = weak && !recourse && !section
                && TimeExpressions.find(text, cueEnd, clauseEnd(text, cueEnd, sentence.end())).isEmpty();
        if (untimedWeak && SPECULATION.matcher(text.text(cueStart, cueEnd)).matches()) {
            return null;
        }
        // A deadline's span is the step's time: "has 30 days to appeal".
        boolean timed = cueStart >= 0 ? GIVEN_TIME.get(text.language()).matcher(text.text(cueStart, cueEnd)).matches()
                : AWAITING.matcher(text.text(sentence)).find();
        timed |= !TimeExpressions.find(text, sentence.start(), sentence.end()).isEmpty();
        int score = (section ? 4 : 0) + (timed ? 2 : 0);
        SubjectFinder.Subject subject = cueStart < 0 ? SubjectFinder.find(text, cast, sentence.start(), sentence.end())
                : SubjectFinder.find(text, cast, reportedClauseStart(text, sentence.start(), cueStart), cueStart);
        if (subject != null && !subject.members().isEmpty()) {
            score += 2;
        }
        boolean scheduled = recourse || SCHEDULED.matcher(text.text(sentence)).find();
        if (scheduled) {
            score += 1;
        }
        // An event named with its date but no plan ("…as they battle to win the Dec. 12 election") only fills.
        boolean firm = !datedEvent && (section || score >= 2 && !untimedWeak);
        if (!firm && !datedEvent && !(modal || recourse ? scheduled : untimedPlan(text, sentence, cueStart, cueEnd))) {
            return null; // "…and that will surprise no one": a bare modal of nobody named, at no time, is comment
        }
        return new Candidate(sentence, cueStart, cueEnd, modal, sentence.end(), score, firm);
    }

    /**
     * Whether a cue tells a step of the law, which needs no time: a word of {@link #LEGAL_STEPS} in its subject, from
     * the clause's comma or the sentence's start ("an appeal against the decision could be made"), or in the two words
     * after it ("would appeal", "could be extradited", "annuncia ricorso", "kündigt Berufung an"). Of the weak cues
     * only a modal of what can happen ("would", "could", "may") does; "might" and "should" only guess or advise.
     */
    private static boolean legalStep(SegmentedArticle text, SegmentedArticle.Sentence sentence, int cueStart, int cueEnd,
                                     boolean weak) {
        if (weak && !RECOURSE_MODAL.matcher(text.text(cueStart, cueEnd)).matches()) {
            return false;
        }
        int comma = text.lastIndexOf(", ", sentence.start(), cueStart);
        List<Token> words = new ArrayList<>(Tokenizer.words(text.body(),
                comma >= sentence.start() ? comma + 1 : sentence.start(), cueStart));
        List<Token> after = Tokenizer.words(text.body(), cueEnd, sentence.end());
        words.addAll(after.subList(0, Math.min(after.size(), RECOURSE_VERB_WORDS)));
        for (Token word : words) {
            if (LEGAL_STEPS.get(text.language()).contains(Lexicon.lower(word.bare()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a case still awaits the subject of "faces" in the words after it: charges, a trial, extradition. */
    private static boolean facesJeopardy(List<Token> words, int verb) {
        if (!words.get(verb).text().equals("faces")) {
            return false;
        }
        for (int i = verb + 1; i < words.size() && i <= verb + MAX_JEOPARDY_WORDS; i++) {
            if (JEOPARDY.contains(Lexicon.lower(words.get(i).bare()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an untimed cue tells somebody's plan ("They also plan to release the data", "were prepared to fight the
     * charges", "Die Gemeinden wollen dagegen klagen"): a cue of plan or intent, English or of the language's [intent],
     * after its subject; not a noun ("a plan to retire", "of planning to") nor a
     * readiness or an expectation ("looking ready to hit showrooms", "didn't expect to").
     */
    private static boolean untimedPlan(SegmentedArticle text, SegmentedArticle.Sentence sentence, int cueStart, int cueEnd) {
        if (cueStart < 0) {
            return false;
        }
        String cue = text.text(cueStart, cueEnd);
        if (!UNTIMED_PLAN.matcher(cue).matches()
                && !INTENT.get(text.language()).contains(Lexicon.lower(cue).replaceAll("\\s+", " "))) {
            return false;
        }
        List<Token> before = Tokenizer.words(text.body(), sentence.start(), cueStart);
        return !before.isEmpty() && !Lexicon.isDeterminer(before.getLast().text())
                && !Lexicon.isPreposition(before.getLast().text());
    }

    /**
     * What a sentence without a forward cue tells of a schedule: the verb of one told in the present ("Home Depot hosts
     * a call at 9 a.m.": a schedule verb after the first word, with a time after it), else an event named with its
     * date ("the Dec. 12 election", "Thursday's hearing"); null when it tells neither, or tells the past.
     */
    private static Schedule schedule(SegmentedArticle text, SegmentedArticle.Sentence sentence) {
        List<Token> words = Tokenizer.words(text.body(), sentence.start(), sentence.end());
        Schedule found = null;
        for (int i = 1; i < words.size() && found == null; i++) {
            Token word = words.get(i);
            if (text.insideQuotation(word.start())) {
                continue;
            }
            String before = words.get(i - 1).text();
            // "the reports", "of votes": after a determiner or a preposition the word is a plural noun
            boolean noun = Lexicon.isDeterminer(before) || Lexicon.isPreposition(before);
            boolean pluralAfterName = PLURAL_SCHEDULE_VERBS.contains(word.text()) && Character.isUpperCase(before.charAt(0))
                    && !before.endsWith("'s") && !before.endsWith("’s");
            if ((SCHEDULE_VERBS.contains(word.text()) || pluralAfterName) && !noun) {
                boolean ahead = facesJeopardy(words, i) || !TimeExpressions.find(text, word.end(), sentence.end()).isEmpty();
                found = ahead ? new Schedule(word) : null;
                break;
            }
            if (Lexicon.isScheduleVerb(word.text(), text.language()) && !noun) {
                // langs3: the time may stand before the verb too, where the language puts the verb second ("Am
                // Montag stimmt der Rat ab")
                found = TimeExpressions.find(text, sentence.start(), sentence.end()).isEmpty() ? null : new Schedule(word);
                break;
            }
            String lower = Lexicon.lower(word.text());
            if (SCHEDULED_EVENTS.contains(lower)
                    && !TimeExpressions.find(text, words.get(Math.max(0, i - MAX_EVENT_DATE_WORDS)).start(), word.start()).isEmpty()
                    || (SCHEDULED_EVENTS.contains(lower) || RECURRING_EVENTS.contains(lower)) && afterNext(words, i)) {
                found = new Schedule(null); // "the Dec. 12 election", "the bank's next policy meeting"
            }
        }
        return found == null || TOLD_AS_PAST.get(text.language()).matcher(text.text(sentence)).find() ? null : found;
    }

    /** Whether "next" stands a word or two before the word at {@code at}. */
    private static boolean afterNext(List<Token> words, int at) {
        for (int i = Math.max(0, at - MAX_NEXT_EVENT_WORDS); i < at; i++) {
            if (Lexicon.lower(words.get(i).text()).equals("next")) {
                return true;
            }
        }
        return false;
    }

    /** A schedule told without a forward cue: its verb in the present, or null for an event named with its date. */
    private record Schedule(Token verb) {
    }

    /**
     * Whether the lede's own forward cue sets a date ("The bridge will close to all traffic starting Monday"): the
     * news is then also the next thing to happen.
     */
    private static boolean ledeSchedule(SegmentedArticle text, Candidate candidate) {
        return candidate.cueStart() >= 0
                && !WEAK.get(text.language()).matcher(text.text(candidate.cueStart(), candidate.cueEnd())).matches()
                && !TimeExpressions.find(text, candidate.cueEnd(), candidate.end()).isEmpty();
    }

    /**
     * For a sentence that opens inside a quotation, the plan the quotation tells, else the narrative that follows one of
     * its quotations: a sentence of its own the splitter could not see ("»Wer nicht schwimmt, ertrinkt.« Der Verein
     * will bis Ende Februar Unterschriften sammeln."), or the quotation's attribution, whose clause may look ahead
     * too ("…?” said Hill, who will testify Thursday.").
     */
    private static Candidate quotedPlanOrRest(SegmentedArticle text, Cast cast, SegmentedArticle.Sentence sentence) {
        Candidate plan = quotedPlan(text, sentence);
        return plan != null ? plan : narrativeAfterQuotations(text, cast, sentence);
    }

    /**
     * For a sentence of a block quotation, the narrative between its quotations, else the plan its quotation tells
     * ("We aim to build on this…", a paragraph that is all quotation; "« Les écoles resteront fermées jeudi, a
     * indiqué le préfet. … »", a French quotation with its attribution inside): a pull quote repeats a plan the body
     * tells, so not when the body has the same words elsewhere.
     */
    private static Candidate quotationsRestOrPlan(SegmentedArticle text, Cast cast, SegmentedArticle.Sentence sentence) {
        Candidate rest = narrativeAfterQuotations(text, cast, sentence);
        if (rest != null || text.quotationAt(sentence.start()) == null) {
            return rest;
        }
        Candidate plan = quotedPlan(text, sentence);
        if (plan == null) {
            return null;
        }
        String said = ClauseTrimmer.stripTrailingPunctuation(text.text(plan.cueStart(), plan.end()));
        return text.body().indexOf(said) == text.body().lastIndexOf(said) ? plan : null;
    }

    /** The first step told in a stretch of narrative after a quotation of the sentence, up to the next one or its end. */
    private static Candidate narrativeAfterQuotations(SegmentedArticle text, Cast cast, SegmentedArticle.Sentence sentence) {
        List<Quotation> within = text.quotations().stream()
                .filter(q -> q.open() >= sentence.start() && q.end() < sentence.end()).toList();
        for (int i = 0; i < within.size(); i++) {
            int restEnd = i + 1 < within.size() ? within.get(i + 1).open() : sentence.end();
            Candidate rest = narrative(text, cast, sentence, within.get(i).end(), restEnd);
            if (rest != null) {
                return rest;
            }
        }
        return null;
    }

    private static Candidate narrative(SegmentedArticle text, Cast cast, SegmentedArticle.Sentence sentence, int from, int to) {
        int restStart = from;
        if (text.body().charAt(restStart) == '.') {
            restStart++; // »…«. Der Verein…
        }
        while (restStart < to && Character.isWhitespace(text.body().charAt(restStart))) {
            restStart++;
        }
        if (restStart >= to || text.insideQuotation(restStart) || ClauseTrimmer.words(text.text(restStart, to)) < MIN_WORDS) {
            return null;
        }
        return candidate(text, cast, new SegmentedArticle.Sentence(sentence.paragraph(), restStart, to), false);
    }

    /**
     * A plan told inside a quotation or an interview answer ("»Der Rat wird am 12. Februar entscheiden«", "A: The
     * trust will publish the rota on March 1"): a firm cue of the quotation with a time after it, or, as an untimed
     * plan that only fills, a cue of plan without one ("We aim to build on this by studying…"). Quoted hopes, fears
     * and bare futures are not steps, so the other weak cues and a quoted "will" without a time do not count.
     */
    private static Candidate quotedPlan(SegmentedArticle text, SegmentedArticle.Sentence sentence) {
        Quotation quotation = text.quotationAt(sentence.start());
        int from = Math.max(sentence.start(), quotation.textStart());
        int to = Math.min(sentence.end(), quotation.textEnd());
        if (from >= to) {
            return null;
        }
        Matcher cue = FORWARD.get(text.language()).matcher(text.body()).region(from, to);
        while (cue.find()) {
            String phrase = text.text(cue.start(), cue.end());
            boolean plan = QUOTED_PLAN.matcher(phrase).matches();
            if (WEAK.get(text.language()).matcher(phrase).matches() && !plan || nounWill(text.body(), cue)
                    || ClauseTense.nounByEnding(text, cue.start(), cue.end()) || embedded(text, sentence, cue)) {
                continue;
            }
            if (TimeExpressions.findQuoted(text, cue.end(), to).isEmpty()) {
                return plan ? new Candidate(sentence, cue.start(), cue.end(), false, to, 0, false) : null;
            }
            return new Candidate(sentence, cue.start(), cue.end(), MODAL.matcher(phrase).matches(), to, 2, true);
        }
        return null;
    }

    /**
     * Whether the cue stands in an embedded question, a condition or a relative clause of its sentence rather than
     * in its main clause: "It is unclear what Alden will do with the savings", "the impact it will have on TV".
     */
    private static boolean embedded(SegmentedArticle text, SegmentedArticle.Sentence sentence, Matcher cue) {
        String prefix = Lexicon.lower(text.text(sentence.start(), cue.start()));
        if (prefix.startsWith("whether ") || prefix.contains(" whether ")) {
            return true; // "…has yet to say whether tariffs on goods, including phones, would go into effect"
        }
        int clauseStart = Math.max(sentence.start(), text.lastIndexOf(", ", sentence.start(), cue.start()) + 1);
        List<Token> before = Tokenizer.words(text.body(), clauseStart, cue.start());
        for (int i = 1; i < before.size(); i++) {
            if (EMBEDDING.contains(Lexicon.lower(before.get(i).text()))) {
                return true;
            }
        }
        if (!before.isEmpty() && OPENING_EMBEDDING.contains(Lexicon.lower(before.getFirst().text()))) {
            return true;
        }
        if (before.size() >= 2 && OBJECT_RELATIVES.contains(Lexicon.lower(before.getFirst().text()))) {
            return true; // "…notice, which it says it will serve on Monday": the relative is the object, the action a fragment
        }
        List<Token> after = Tokenizer.words(text.body(), cue.end(), Math.min(sentence.end(), cue.end() + 40));
        if (after.size() < 2) {
            return false;
        }
        String verb = Lexicon.lower(after.get(0).text());
        String next = Lexicon.lower(after.get(1).text());
        return OBJECT_VERBS.contains(verb) && GAP_PREPOSITIONS.contains(next)
                || COUNTERFACTUAL_MODALS.contains(Lexicon.lower(cue.group())) && verb.equals("have") && !next.equals("to");
    }

    /**
     * Where the clause of a cue starts: after the last verb of speech before it (and its object and "that"), when
     * words stand between them ("Trump insisted the trade war will be worth it" is about the trade war); else
     * {@code from}. A pronoun straight after the verb stands for the speaker ("The ministry said it would…"), so
     * the clause is then read from {@code from}. Within it, a clause joined by a conjunction with its own subject.
     */
    private static int reportedClauseStart(SegmentedArticle text, int from, int cueStart) {
        return coordinatedClauseStart(text, reportedClause(text, from, cueStart), cueStart);
    }

    /**
     * Where a clause joined by ", and" or ", but" starts when a noun phrase of its own, opening on a determiner, is its
     * subject ("Traders met in the car park, and the stalls will reopen…"); {@code from} otherwise: for a list of names
     * ("Ann Roe, Ed Lim, and Mo Tan will testify"), and for a pronoun, which mostly stands for the first clause's
     * subject ("…, but they will for many").
     */
    private static int coordinatedClauseStart(SegmentedArticle text, int from, int cueStart) {
        int start = from;
        for (String conjunction : COORDINATING) {
            int at = text.lastIndexOf(conjunction, start, cueStart);
            if (at >= start) {
                start = at + conjunction.length();
            }
        }
        if (start == from) {
            return from;
        }
        List<Token> subject = Tokenizer.words(text.body(), start, cueStart);
        return !subject.isEmpty() && Lexicon.isDeterminer(subject.getFirst().text())
                ? subject.getFirst().start() : from;
    }

    private static int reportedClause(SegmentedArticle text, int from, int cueStart) {
        int start = from;
        for (Token verb : Speech.verbs(text, from, cueStart)) {
            if (!Speech.isAccording(verb)) {
                start = verb.end();
            }
        }
        for (Token word : Tokenizer.words(text.body(), start, cueStart)) {
            if (EXPECTING_VERBS.contains(Lexicon.lower(word.text()))) {
                start = word.end(); // "Edmunds expects 16.6 million vehicles will be sold"
            }
        }
        if (start == from) {
            return from;
        }
        List<Token> words = Tokenizer.words(text.body(), start, cueStart);
        int first = 0;
        for (int i = 0; i < words.size() && i <= MAX_SPEECH_OBJECT_WORDS; i++) {
            if (COMPLEMENTIZERS.contains(Lexicon.lower(words.get(i).text()))) {
                first = i + 1; // "told reporters that the council will…"
                break;
            }
        }
        if (first >= words.size() || pronounSubject(words.get(first).text())) {
            return from;
        }
        return words.get(first).start();
    }

    /**
     * Where the subject phrase of the cue's clause starts: after the verb that reports it, else after the clause's
     * comma, else at {@code from}; {@code otherwise} when that phrase is empty, a relative pronoun ("…, which is
     * scheduled for May") or longer than a subject.
     */
    private static int subjectPhraseStart(SegmentedArticle text, int from, int cueStart, int otherwise) {
        int start = reportedClauseStart(text, from, cueStart);
        if (start == from) {
            int comma = text.lastIndexOf(", ", from, cueStart);
            start = comma >= from ? comma + 2 : from;
        }
        List<Token> subject = Tokenizer.words(text.body(), start, cueStart);
        return subject.isEmpty() || subject.size() > MAX_SUBJECT_PHRASE_WORDS
                || RELATIVES.contains(Lexicon.lower(subject.getFirst().text())) ? otherwise : start;
    }

    private static boolean pronounSubject(String word) {
        return Lexicon.isPersonPronoun(word) || Lexicon.isThingPronoun(word) || Lexicon.lower(word).equals("they");
    }

    /**
     * Whether an auxiliary of the language's pluperfect ([pluperfect]) stands in the cue's clause before it: "Die
     * Staatsanwaltschaft hatte bereits im Sommer angekündigt, …" tells a plan made before the news, not a step.
     */
    private static boolean pluperfectPlan(SegmentedArticle text, SegmentedArticle.Sentence sentence, int cueStart) {
        int clauseStart = Math.max(sentence.start(), text.body().lastIndexOf(',', cueStart) + 1);
        return ClauseTense.pluperfect(text, clauseStart, cueStart);
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

    private static NextStep step(SegmentedArticle text, Cast cast, List<Quote> quotes, Candidate candidate) {
        SegmentedArticle.Sentence sentence = candidate.sentence();
        int from = candidate.end() < sentence.end() || text.insideQuotation(sentence.start())
                ? Math.max(sentence.start(), text.quotationAt(sentence.start()).textStart()) : sentence.start();
        Matcher label = LABEL.matcher(text.body()).region(from, candidate.end());
        if (candidate.cueStart() < 0 && label.lookingAt()) {
            String when = TimeExpressions.find(text, label.end(), candidate.end());
            return new NextStep(label.group(1), ClauseTrimmer.stripTrailingPunctuation(
                    ClauseTrimmer.trim(text.text(label.end(), candidate.end()))), when);
        }
        int subjectEnd = candidate.cueStart() < 0 ? candidate.end() : candidate.cueStart();
        SubjectFinder.Subject antecedent = candidate.cueStart() < 0 ? null
                : relativeAntecedent(text, cast, from, candidate.cueStart());
        SubjectFinder.Subject subject = antecedent != null ? antecedent : SubjectFinder.find(text, cast,
                candidate.cueStart() < 0 ? from : reportedClauseStart(text, from, subjectEnd), subjectEnd);
        if (subject != null && candidate.cueStart() < 0 && (!(subject.leading()
                && (!subject.members().isEmpty() || ClauseTrimmer.words(subject.text()) <= MAX_CUELESS_DESCRIPTION_WORDS))
                || subject.text().endsWith("'s") || subject.text().endsWith("’s"))) {
            // Without a cue the subject's end is unknown: a longer description runs into the action, and a possessive
            // belongs to the thing it owns ("The bank's next policy meeting is on March 14").
            subject = null;
        }
        if (subject != null && candidate.cueStart() >= 0 && !candidate.modal()
                && adjectivesUpTo(text, subject, candidate.cueStart())) {
            // "les agences régionales présenteraient": the adjectives after the noun belong to the subject
            subject = new SubjectFinder.Subject(text.text(subject.start(), subject.end())
                    + text.text(subject.end(), candidate.cueStart()).stripTrailing(), subject.members(), subject.start(),
                    candidate.cueStart(), subject.leading());
        }
        String speaker = candidate.cueStart() < 0 ? "" : firstPersonSpeaker(text, quotes, from, candidate);
        String actor = !speaker.isEmpty() ? speaker : subject == null || opensNounPhrase(text, subject, subjectEnd) ? ""
                : withoutOpening(OPENING_CONNECTIVES::contains, QuoteExtractor.plausible(cast,
                        actorName(text, cast, subject, subjectEnd), sentence.start()));
        int actionStart;
        if (candidate.modal() && Lexicon.lower(text.text(candidate.cueStart(), candidate.cueEnd())).startsWith("won")) {
            actionStart = candidate.cueStart(); // keep the negation: "won't attend"
        } else if (!speaker.isEmpty()) {
            actionStart = candidate.modal() ? afterAdverbs(text, candidate.cueEnd()) : candidate.cueStart();
        } else if (candidate.cueStart() >= 0 && actor.isEmpty()) {
            // Nobody the brief can name acts: the clause's own subject stays in the action ("16.6 million vehicles
            // will be sold this year"), not a verb phrase without one.
            actionStart = subjectPhraseStart(text, from, candidate.cueStart(),
                    candidate.modal() ? afterAdverbs(text, candidate.cueEnd()) : candidate.cueStart());
        } else if (candidate.modal()) {
            actionStart = afterAdverbs(text, candidate.cueEnd());
        } else if (subject != null && subject.leading() && !actor.isEmpty()) { // else the subject stays in the action
            actionStart = afterApposition(text, subject.end(), sentence.end());
            if (candidate.cueStart() >= 0 && ",;".indexOf(text.body().charAt(Math.min(actionStart, text.body().length() - 1))) >= 0) {
                // "Europa Clipper, which is scheduled to launch…": an apposition that never closes; the action is the cue's.
                actionStart = candidate.cueStart();
            }
        } else if (candidate.cueStart() >= 0) {
            actionStart = candidate.cueStart(); // "…, la Regione stanzierà 2,4 milioni": the action from its verb
        } else {
            actionStart = from;
        }
        int actionEnd = withoutAttribution(text, Math.max(actionStart, candidate.cueEnd()), candidate.end());
        String action = ClauseTrimmer.trim(text.text(actionStart, actionEnd));
        // "…, e as primeiras entregas estão previstas para junho": the language's conjunction goes as "and" does
        Predicate<String> conjunction = word -> CONJUNCTIONS.contains(word)
                || Lexicon.isCoordinator(word, text.language());
        action = withoutOpening(conjunction, ClauseTrimmer.stripTrailingPunctuation(action));
        if (ClauseTrimmer.words(action) < MIN_ACTION_WORDS && !actor.isEmpty() && candidate.modal()
                && candidate.cueEnd() > candidate.cueStart()) {
            // "The ministry said it would appeal": the modal and its verb are the action of the actor named.
            action = ClauseTrimmer.stripTrailingPunctuation(ClauseTrimmer.trim(text.text(candidate.cueStart(), actionEnd)));
        } else if (ClauseTrimmer.words(action) < MIN_ACTION_WORDS) {
            // A cue that closes its clause, a participle or an infinitive at the end ("Am Montag hat die Firma die
            // Schließung angekündigt"), acts on the words before it: the clause is the action.
            action = withoutOpening(conjunction, ClauseTrimmer.stripTrailingPunctuation(
                    ClauseTrimmer.trim(text.text(from, actionEnd))));
        }
        // The time after the cue is the step's ("If approved in April, building is due to begin in 2027").
        boolean quoted = candidate.end() < sentence.end() || text.insideQuotation(sentence.start());
        int clauseEnd = candidate.cueStart() < 0 ? sentence.end() : clauseEnd(text, candidate.cueStart(), sentence.end());
        String when = candidate.cueStart() < 0 ? "" : quoted ? TimeExpressions.findQuoted(text, candidate.cueStart(), candidate.end())
                : TimeExpressions.find(text, candidate.cueStart(), clauseEnd);
        if ((when.isEmpty() || TimeExpressions.isTimeOfDay(when)) && !quoted && antecedent == null) {
            // "From June 1, the unit will close between 10 p.m. and 7 a.m.": the date is the step's, the hours its own.
            // A cue told in the perfect dates the announcing before its auxiliary ("Am Montag hat die Firma … zum
            // Jahresende angekündigt"): the step's time is one after it, a time ahead, or none.
            int perfect = candidate.cueStart() < 0 ? -1 : ClauseTense.perfectAuxiliaryEnd(text, sentence.start(), candidate.cueStart());
            String first = TimeExpressions.find(text, perfect < 0 ? sentence.start() : perfect, clauseEnd);
            when = when.isEmpty() || !TimeExpressions.isTimeOfDay(first) ? first : when;
        }
        InvertedSubject inverted = actor.isEmpty() ? invertedSubject(text, from, candidate, actionEnd) : null;
        return inverted == null ? new NextStep(actor, action, when) : new NextStep(inverted.actor(), inverted.action(), when);
    }

    /**
     * The name a relative clause of the cue stands for, when a subject relative alone stands between its comma and
     * the cue and a name ends at the comma: "…, a point ahead of Millbrook Athletic, which will appeal the result",
     * "…, à frente da Estrela do Porto, que vai recorrer". The main clause's subject and its time are another's.
     */
    private static SubjectFinder.Subject relativeAntecedent(SegmentedArticle text, Cast cast, int from, int cueStart) {
        int comma = text.lastIndexOf(", ", from, cueStart);
        if (comma < from) {
            return null;
        }
        List<Token> between = Tokenizer.words(text.body(), comma + 1, cueStart);
        if (between.size() != 1 || !Lexicon.isSubjectRelative(between.getFirst().text(), text.language())) {
            return null;
        }
        Mention named = null;
        for (Mention mention : cast.mentionsBetween(from, comma)) {
            named = mention.end() == comma && !mention.quoted() ? mention : null;
        }
        return named == null ? null : new SubjectFinder.Subject(cast.name(named.member()), List.of(named.member()),
                named.start(), named.end(), true);
    }

    /**
     * The speaker of a quote whose plan its subject tells in the first person, the pronoun alone before the cue
     * ("“We will publish the rota on March 1,” said Ana Ruiz", "« Nous ferons le point demain »"): who says "we"
     * acts; "" when the cue's clause has another subject or the quote has no speaker.
     */
    private static String firstPersonSpeaker(SegmentedArticle text, List<Quote> quotes, int from, Candidate candidate) {
        Quotation quotation = text.quotationAt(candidate.cueStart());
        if (quotation == null) {
            return "";
        }
        int clauseStart = Math.max(Math.max(from, quotation.textStart()),
                text.lastIndexOf(", ", quotation.textStart(), candidate.cueStart()) + 1);
        List<Token> subject = Tokenizer.words(text.body(), clauseStart, candidate.cueStart());
        if (subject.size() != 1 || !Lexicon.isFirstPerson(subject.getFirst().text())) {
            return "";
        }
        String said = ClauseTrimmer.stripTrailingPunctuation(text.text(subject.getFirst().start(), candidate.end()).strip());
        for (Quote quote : quotes) {
            if (quote.text().contains(said)) {
                return quote.speaker();
            }
        }
        return "";
    }

    /** The subject a verb-second clause sets after its verb, as the step's actor, and the action without it. */
    private record InvertedSubject(String actor, String action) {
    }

    /**
     * "Am Montag wollen die Tarifparteien erneut verhandeln": in a language that sets its finite verb second
     * ({@link #VERB_SECOND}), a time that opens the clause puts the subject after the cue's verb, so the article and
     * the capitalised nouns after the cue are the actor and the cue with the rest the action; null when no time of at
     * most {@value #MAX_INVERTED_OPENING_WORDS} words stands before the cue, or no such subject follows it.
     */
    private static InvertedSubject invertedSubject(SegmentedArticle text, int from, Candidate candidate, int end) {
        if (!VERB_SECOND.contains(text.language()) || candidate.cueEnd() <= candidate.cueStart()
                || Tokenizer.words(text.body(), from, candidate.cueStart()).size() > MAX_INVERTED_OPENING_WORDS
                || TimeExpressions.find(text, from, candidate.cueStart()).isEmpty()) {
            return null;
        }
        List<Token> after = Tokenizer.words(text.body(), candidate.cueEnd(), end);
        int last = 0;
        while (last + 1 < after.size() && last < MAX_INVERTED_SUBJECT_WORDS && after.get(last + 1).capitalised()) {
            last++;
        }
        if (after.size() < last + 2 || last == 0 || !Lexicon.isDeterminer(after.getFirst().text())) {
            return null;
        }
        String rest = ClauseTrimmer.stripTrailingPunctuation(text.text(after.get(last + 1).start(), end).strip());
        return new InvertedSubject(text.text(after.getFirst().start(), after.get(last).end()),
                text.text(candidate.cueStart(), candidate.cueEnd()) + " " + rest);
    }

    /**
     * Where a step's text ends without the attribution that closes its sentence, which tells who said it, not what
     * happens: "The council will vote on Friday, the mayor said", "…, selon la mairie", "…, sagte ein Sprecher der
     * Gewerkschaft" end at their last comma; {@code end} when the words after the last comma after {@code from} are
     * more than {@value #MAX_ATTRIBUTION_WORDS} or hold no verb of speech (or "according to") among their first
     * {@value #MAX_WORDS_BEFORE_SPEECH_VERB}.
     */
    private static int withoutAttribution(SegmentedArticle text, int from, int end) {
        int comma = text.lastIndexOf(", ", from, end);
        if (comma < from) {
            return end;
        }
        List<Token> rest = Tokenizer.words(text.body(), comma + 1, end);
        if (rest.isEmpty() || rest.size() > MAX_ATTRIBUTION_WORDS) {
            return end;
        }
        List<Token> verbs = Speech.verbs(text, comma + 1, end);
        return !verbs.isEmpty() && rest.indexOf(verbs.getFirst()) < MAX_WORDS_BEFORE_SPEECH_VERB ? comma : end;
    }

    /**
     * Whether the subject is a lone capitalised word that opens its sentence with lower-case words after it, in a
     * language that writes its nouns in lower case (stage langs4): "Городская дума рассмотрит…", "Проектную
     * документацию компания рассчитывает…" open a noun phrase, whose first word only the sentence capitalises. The
     * clause's subject then stays in the action.
     */
    private static boolean opensNounPhrase(SegmentedArticle text, SubjectFinder.Subject subject, int subjectEnd) {
        if (!subject.members().isEmpty() || CAPITALISED_NOUNS.contains(text.language())) {
            return false;
        }
        SegmentedArticle.Sentence sentence = text.sentenceAt(subject.start());
        List<Token> words = Tokenizer.words(text.body(), subject.start(), subjectEnd);
        return sentence != null && words.size() >= 2 && words.getFirst().end() == subject.end()
                && !words.get(1).capitalised() && Tokenizer.words(text.body(), sentence.start(), subject.start()).isEmpty();
    }

    /**
     * Whether only adjectives stand between a leading subject without a name and its verb, in a language that sets
     * them after the noun: at most {@value #MAX_POSTNOMINAL_WORDS} lower-case words, no
     * function word, no punctuation.
     */
    private static boolean adjectivesUpTo(SegmentedArticle text, SubjectFinder.Subject subject, int verb) {
        if (!subject.leading() || !subject.members().isEmpty() || subject.end() >= verb
                || !ADJECTIVES_AFTER_NOUN.contains(text.language())) {
            return false;
        }
        String between = text.text(subject.end(), verb);
        List<Token> words = Tokenizer.words(text.body(), subject.end(), verb);
        return !words.isEmpty() && words.size() <= MAX_POSTNOMINAL_WORDS && between.matches("[\\p{Ll}\\s]+")
                && words.stream().noneMatch(word -> Lexicon.isFunctionWord(word.text()));
    }

    /**
     * The actor as a brief shows it: the names when they open the clause; otherwise the whole subject phrase with
     * the names written in full ("European leaders, including Keir Starmer and Emmanuel Macron").
     */
    private static String actorName(SegmentedArticle text, Cast cast, SubjectFinder.Subject subject, int subjectEnd) {
        if (subject.leading() && subject.members().size() == 1) {
            return cast.name(subject.members().getFirst()); // as the cast names them: "Australian-born Assange" is Julian Assange
        }
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
            if (mention.start() < at || mention.end() > subjectEnd) {
                continue; // a name inside another ("клуб «Ладога»" read as the club and as its name) is written once
            }
            phrase.append(text.text(at, mention.start())).append(cast.name(mention.member()));
            at = mention.end();
        }
        phrase.append(text.text(at, subjectEnd));
        return withoutTrailingAdverbs(phrase.toString().replaceAll("\\s*[—–]\\s*", ", ").replaceAll("[,\\s]+$", "").strip());
    }

    /** The phrase without the adverbs that stood between it and its verb: "Ray Hollis, still" is "Ray Hollis". */
    private static String withoutTrailingAdverbs(String phrase) {
        String rest = phrase;
        int space = rest.lastIndexOf(' ');
        while (space > 0 && SKIPPED_ADVERBS.contains(rest.substring(space + 1))) {
            rest = rest.substring(0, space).replaceAll("[,\\s]+$", "");
            space = rest.lastIndexOf(' ');
        }
        return rest;
    }

    /**
     * The phrase without a connective that opened its clause, a word {@code connectives} accepts: "Now Julian
     * Assange" is "Julian Assange", "and it will be the case again" is "it will be the case again".
     */
    private static String withoutOpening(Predicate<String> connectives, String phrase) {
        int space = phrase.indexOf(' ');
        return space > 0 && connectives.test(Lexicon.lower(phrase.substring(0, space))) ? phrase.substring(space + 1) : phrase;
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
