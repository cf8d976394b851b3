package dev.briefs.engine.extractive;

import dev.briefs.article.Article;
import dev.briefs.brief.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Returns the article's quotations, verbatim and without their marks, each with its speaker. The speaker is looked
 * for where newswriting puts it, in this order: after the quotation ("…,” said Dr. Amara Osei" / "…,” Osei said" /
 * "— Jane Doe"); before it in the same sentence ("Starmer said: “…”", "Witkoff called it “game-changing”",
 * "according to X"); in the paragraph that introduces a stand-alone quotation ("Macron warned:"); and, for a
 * quotation that carries on, with the speaker of the one before; an interview's answers are the interviewee's. Names
 * resolve to the cast's full names; a pronoun or a verb alone ("afirmó", "ha detto ai cronisti") to the subject the
 * discourse carries ({@link DiscourseSubjects}). Short unattributed fragments (scare quotes,
 * titles) are left out.
 */
final class QuoteExtractor {

    /** The most quotes a brief lists: one per {@value #WORDS_PER_QUOTE} words of a long article, at least 14. */
    static final int MAX_QUOTES = 24;
    private static final int MIN_QUOTES_KEPT = 14;
    /**
     * Words as {@link Article#wordCount} counts them, separated by whitespace: about 3% fewer than runs of word
     * characters ("don't", "U.S."), by which the limit was set at 100.
     */
    private static final int WORDS_PER_QUOTE = 96;
    /** More words than this between a quotation and its verb means the verb belongs to another clause. */
    private static final int MAX_ATTRIBUTION_WORDS = 10;
    private static final int MAX_UNATTRIBUTED_FRAGMENT_WORDS = 3;
    /** How many caption lines (of at most {@value #MAX_CAPTION_WORDS} words) may interrupt a quotation running on. */
    private static final int MAX_CAPTIONS = 3;
    private static final int MAX_CAPTION_WORDS = 12;
    /** How many words the subject of a clause closing a quotation's sentence may have ("…, Dr. Ana Ruiz said."). */
    private static final int MAX_CLOSING_SUBJECT_WORDS = 4;
    /** How many words a description between a verb of speech and the name after it may have. */
    private static final int MAX_DESCRIPTION_WORDS = 5;
    /** How far from a quotation its attribution may stand, which also keeps the work per quotation bounded. */
    private static final int MAX_ATTRIBUTION_CHARS = 400;
    /** How far back a name ending at a comma may start: the longest names of the cast. */
    private static final int MAX_NAME_CHARS = 80;

    /** Conjunctions that join a second verb to the subject of the quotation's own sentence (stage langs4). */
    private static final Set<String> COORDINATING = Set.of("and", "y", "e", "et", "ed", "und", "и");
    /**
     * A Romance gerund ("ricordando", "añadiendo", "lembrando", "en rappelant"), which opens a clause of its own with
     * the attribution's subject: after a comma it names no subject.
     */
    private static final Pattern GERUND = Pattern.compile("\\p{Ll}{2,}(?:ando|endo|indo|ant)");
    /**
     * A Romance infinitive by its ending, per language: after a preposition it opens a clause of its own ("ha chiesto
     * ai turisti di evitare la zona", "pidió a los vecinos evitar la zona"), whose nouns are its objects.
     */
    private static final Map<String, Pattern> INFINITIVE = Map.of(
            "it", Pattern.compile("\\p{Ll}{2,}(?:are|[^i]ere|ire)"),
            "es", Pattern.compile("\\p{Ll}{2,}(?:ar|er|ir)"),
            "pt", Pattern.compile("\\p{Ll}{2,}(?:ar|er|ir)"),
            "fr", Pattern.compile("\\p{Ll}{2,}(?:er|ir|re)"));
    /** Languages whose incise after a quotation inverts its subject after any verb ("…», calcule le retraité"). */
    private static final Set<String> INVERTING_INCISES = Set.of("fr", "es", "it", "pt", "de");
    /** What joins the names of a quote's several speakers: "Ann Roe, Bo Li and Cy Wu". */
    static final Pattern SPEAKER_LIST = Pattern.compile(",\\s*|\\s+and\\s+");

    private record Found(Quotation quotation, String speaker) {
    }

    private QuoteExtractor() {
    }

    static List<Quote> extract(SegmentedArticle text, Cast cast) {
        String body = text.body();
        List<Found> found = new ArrayList<>();
        Found previous = null;
        List<Quotation> quotations = text.quotations();
        SegmentedArticle.Sentence lede = text.storyLede();
        int story = lede == null ? 0 : lede.start();
        HeadlineQuotes headlines = HeadlineQuotes.over(text, cast, story);
        for (int i = 0; i < quotations.size(); i++) {
            Quotation quotation = quotations.get(i);
            Quotation next = nextSpoken(text, quotations, i);
            boolean fragment = quotation.words(body) <= MAX_UNATTRIBUTED_FRAGMENT_WORDS || !quotation.readsAsSpeech(body);
            if (named(text, quotation)) {
                continue; // "корреспонденту «Вечернего Заречинска»", "the song “Listen To The Music”": a name or title
            }
            String speaker = plausible(cast, speaker(text, cast, quotation, previous, next), quotation.open());
            if (unresolvedPersonDescription(speaker)) {
                speaker = "";
            }
            if (speaker.isEmpty() && !fragment && quotation.open() >= story) {
                // "Bo Li: «…»" over the story, "«…», said the coach" in it: the headline names whom it describes.
                speaker = headlines.speakerOf(underOneAttribution(text, quotations, i));
            } else if (quotation.open() < story && names(cast, speaker, quotation.open())) {
                headlines.add(quotation.text(body), speaker);
            }
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
        int limit = Math.clamp(Article.wordCount(body) / WORDS_PER_QUOTE, MIN_QUOTES_KEPT, MAX_QUOTES);
        return select(body, found, limit);
    }

    /**
     * The first quotation after the {@code i}th that is no name or title, or null: an attribution reads on over a
     * name in marks, "«…», — сообщили в пресс-службе АО «Теплосеть»." is Теплосеть's, not the legal form's.
     */
    private static Quotation nextSpoken(SegmentedArticle text, List<Quotation> quotations, int i) {
        for (int j = i + 1; j < quotations.size(); j++) {
            if (!named(text, quotations.get(j))) {
                return quotations.get(j);
            }
        }
        return null;
    }

    /**
     * The words of the {@code i}th quotation and of those after it in its paragraph that run on under its attribution,
     * with no verb of speech of their own: "«…», said the coach. «…»" is one speaker's.
     */
    private static List<String> underOneAttribution(SegmentedArticle text, List<Quotation> quotations, int i) {
        List<String> words = new ArrayList<>();
        words.add(quotations.get(i).text(text.body()));
        for (int j = i + 1; j < quotations.size() && quotations.get(j).paragraph() == quotations.get(i).paragraph(); j++) {
            Quotation quotation = quotations.get(j);
            Quotation next = nextSpoken(text, quotations, j);
            int to = attributionEnd(text, quotation, next);
            if (!Speech.verbs(text, quotation.end(), to).isEmpty()) {
                break;
            }
            words.add(quotation.text(text.body()));
        }
        return words;
    }

    /** Whether the words in the marks name something ("корреспонденту «Вечернего Заречинска»") rather than say it. */
    private static boolean named(SegmentedArticle text, Quotation quotation) {
        return capitalisedName(quotation.text(text.body())) || quotation.titled(text.body(), text.language());
    }

    /**
     * Whether the words in the marks are a name or a title rather than words anyone said: two or more, each
     * capitalised, as a newspaper's or a club's name in guillemets and a song's title are written (stage langs3).
     */
    private static boolean capitalisedName(String words) {
        List<Token> tokens = Tokenizer.words(words, 0, words.length());
        return tokens.size() >= 2 && tokens.stream().allMatch(Token::capitalised);
    }

    /**
     * The speaker if it can be one: cast members, a capitalised name, or a description of people or an organisation
     * ("a spokesperson for the ministry", "prosecutors", "прокуратуре района"); otherwise empty, since no speaker is
     * better than a wrong one ("Two", "The", "the statement").
     */
    static String plausible(Cast cast, String speaker, int offset) {
        if (speaker.isEmpty() || names(cast, speaker, offset) && Lexicon.isFunctionWord(speaker) == false
                && !Lexicon.isDeterminer(speaker.split("\\s+")[0])) {
            return speaker;
        }
        for (Token word : Tokenizer.words(speaker, 0, speaker.length())) {
            String bare = word.bare();
            if (Lexicon.isRoleHead(bare) || Lexicon.isOrgKeyword(bare) || Lexicon.isPeopleNoun(bare)
                    || Lexicon.isPublicBodyForm(bare)
                    || cast.resolveName(bare, offset) >= 0) {
                return speaker;
            }
        }
        return "";
    }

    /**
     * Whether a speaker is a definite description of one person that did not resolve to whom it describes ("the
     * singer and guitarist", "the 41-year-old", "the coach of Riverton FC", "der Angeklagte"): it stands for someone,
     * and a reader cannot tell whom (the club is not the coach), so the quote is better left without a speaker.
     * Groups ("the doctors") are no such description.
     */
    private static boolean unresolvedPersonDescription(String speaker) {
        List<Token> words = Tokenizer.words(speaker, 0, speaker.length());
        return !words.isEmpty() && (DescribedSubjects.speakerRoleNoun(words, 0) != null || words.size() > 1
                && Lexicon.isDefinite(words.getFirst().text())
                && DescribedSubjects.describesSomeone(words.subList(1, words.size()))
                && words.stream().noneMatch(word -> Lexicon.isPeopleNoun(word.bare())));
    }

    /** Whether {@code speaker} names someone: cast members, or a capitalised name, rather than a description. */
    private static boolean names(Cast cast, String speaker, int offset) {
        if (speaker.isEmpty()) {
            return false;
        }
        for (String name : SPEAKER_LIST.split(speaker)) {
            if (cast.resolveName(name, offset) < 0 && !Character.isUpperCase(name.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Up to the limit, in this order: attributed statements, each speaker's first before anyone's second, then
     * attributed fragments ("objected", "three amigos"), then the unattributed; shown in article order without
     * repeats. A speaker's turns are counted within each of those tiers, so a fragment quoted first does not push
     * the same speaker's statements behind everyone else's.
     */
    private static List<Quote> select(String body, List<Found> found, int limit) {
        Map<Found, Integer> tiers = new HashMap<>();
        found.forEach(candidate -> tiers.put(candidate, tier(body, candidate))); // once each, not per comparison
        Map<String, Integer> perSpeaker = new HashMap<>();
        Map<Found, Integer> turn = new HashMap<>();
        for (Found candidate : found) {
            turn.put(candidate, perSpeaker.merge(tiers.get(candidate) + candidate.speaker(), 1, Integer::sum));
        }
        List<Found> ranked = new ArrayList<>(found);
        ranked.sort(Comparator.comparingInt((Found f) -> tiers.get(f)).thenComparingInt(turn::get));
        Set<String> seen = new HashSet<>();
        List<Found> chosen = new ArrayList<>();
        for (Found candidate : ranked) {
            if (chosen.size() < limit && seen.add(candidate.quotation().text(body))) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(f -> f.quotation().open()));
        return chosen.stream().map(f -> new Quote(f.speaker(), f.quotation().text(body))).toList();
    }

    private static int tier(String body, Found found) {
        if (found.speaker().isEmpty()) {
            return 2;
        }
        return found.quotation().readsAsSpeech(body) ? 0 : 1;
    }

    private static String speaker(SegmentedArticle text, Cast cast, Quotation quotation, Found previous, Quotation next) {
        if (quotation.answer()) {
            return interviewee(text, cast, quotation);
        }
        SegmentedArticle.Paragraph paragraph = text.paragraph(quotation.paragraph());
        boolean opensParagraph = nextNonSpace(text, paragraph.start()) >= quotation.open();
        if (previous != null && !previous.quotation().closed() && opensParagraph
                && onlyCaptionsBetween(text, previous.quotation().paragraph(), quotation.paragraph())) {
            return previous.speaker(); // a quotation running on from the paragraph before
        }
        Quotation before = previous != null && previous.quotation().paragraph() == quotation.paragraph()
                ? previous.quotation() : null;
        String speaker = after(text, cast, quotation, next);
        if (speaker.isEmpty()) {
            String issuer = StatementAttributions.issuer(text, cast, quotation.end(),
                    attributionEnd(text, quotation, next));
            if (issuer != null) {
                return issuer; // "«…», si legge nel comunicato": the document's issuer, or no one, never the one before
            }
            SegmentedArticle.Sentence sentence = text.sentenceAt(quotation.open());
            int from = Math.max(sentence == null ? paragraph.start() : sentence.start(),
                    before == null ? paragraph.start() : before.end());
            speaker = introduced(text, cast, from, quotation.open());
        }
        boolean ownAttribution = speaker.isEmpty() && attributedAfter(text, quotation, next);
        if (speaker.isEmpty() && !ownAttribution) {
            speaker = introducedBySentenceBefore(text, cast, quotation, opensParagraph);
        }
        if (speaker.isEmpty() && before != null && resumesAfterInnerAttribution(text, before, quotation)) {
            speaker = previous.speaker(); // «…, explique-t-elle, mais…»: the words after the incise are hers too
        }
        if (speaker.isEmpty() && previous != null && !previous.speaker().isEmpty() && standsAlone(text, quotation)
                && !ownAttribution
                && previous.quotation().paragraph() >= quotation.paragraph() - 2
                && cast.mentionsBetween(afterAttribution(text, previous.quotation(), quotation), quotation.open())
                .stream().allMatch(m -> m.quoted() || !cast.member(m.member()).person()
                        || previous.speaker().contains(cast.name(m.member()))
                        || SubjectGrammar.afterPreposition(text, m, true))) {
            // the same speaker goes on until someone else is named, other than after a preposition ("la discarica
            // di Valle Sorda", "met with Ann Roe"), where a name is no subject that could take the word
            speaker = previous.speaker();
        }
        return speaker;
    }

    /**
     * Whether a quotation resumes one the attribution inside its marks split ("«…, a déclaré Ana Roche. Nous…»"): it
     * follows the part before in the paragraph, and neither stands at a mark of its own.
     */
    private static boolean resumesAfterInnerAttribution(SegmentedArticle text, Quotation before, Quotation quotation) {
        String body = text.body();
        return quotation.form() == Quotation.Form.MARKED && before.form() == Quotation.Form.MARKED
                && !Quotation.isMark(body.charAt(quotation.open())) && !Quotation.isMark(body.charAt(before.end() - 1));
    }

    /**
     * Whether a verb of speech follows the quotation with a description for its subject, right before or after it
     * ("…», informó el ministerio", "…," the doctor said, "…», ha detto l'allenatore"): the quotation has a speaker
     * of its own, resolved or not, and takes neither the one before nor the one the paragraph before introduces. A
     * pronoun ("he said") or a verb alone ("—insistió—") may still stand for them.
     */
    private static boolean attributedAfter(SegmentedArticle text, Quotation quotation, Quotation next) {
        int to = attributionEnd(text, quotation, next);
        List<Token> verbs = to > quotation.end() ? Speech.verbs(text, quotation.end(), to) : List.of();
        if (verbs.isEmpty()) {
            return false;
        }
        Token verb = verbs.getFirst();
        List<Token> before = Tokenizer.words(text.body(), quotation.end(), verb.start());
        List<Token> after = Tokenizer.words(text.body(), verb.end(), to);
        return before.size() >= 2 && Lexicon.isDefinite(before.get(before.size() - 2).text())
                || !after.isEmpty() && (Lexicon.isDefinite(after.getFirst().text()) && after.size() >= 2
                || DescribedSubjects.roleNoun(after, 0) != null);
    }

    /**
     * Whether paragraph {@code to} follows {@code from} with nothing between but at most {@value #MAX_CAPTIONS} short
     * lines that end no sentence, as an embedded post's caption and credit ("Club statement", "— Name (@handle)
     * May 2, 2024") interrupt a quotation that runs on.
     */
    private static boolean onlyCaptionsBetween(SegmentedArticle text, int from, int to) {
        if (to <= from || to - from - 1 > MAX_CAPTIONS) {
            return false;
        }
        for (int between = from + 1; between < to; between++) {
            SegmentedArticle.Paragraph paragraph = text.paragraph(between);
            String line = text.text(paragraph.start(), paragraph.end()).strip();
            if (line.isEmpty() || ".!?:;…\"”»".indexOf(line.charAt(line.length() - 1)) >= 0
                    || Tokenizer.words(text.body(), paragraph.start(), paragraph.end()).size() > MAX_CAPTION_WORDS) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a quotation reads as a statement or opens its sentence ("“It is working.”"), rather than being words
     * set inside someone else's sentence (the committee «Genitori in piazza»), which need an attribution of their own.
     */
    private static boolean standsAlone(SegmentedArticle text, Quotation quotation) {
        SegmentedArticle.Sentence sentence = text.sentenceAt(Math.max(0, quotation.open()));
        return quotation.readsAsSpeech(text.body())
                || sentence != null && nextNonSpace(text, sentence.start()) >= quotation.open();
    }

    /**
     * Where the sentence of a quotation's attribution ends, or the next quotation's start if that comes first: the
     * names in "…,” said Jo Park, director for the Middle East at Amnesty." or "…,” Park said in an email seen by
     * Reuters." describe the speaker or the medium, they do not take the word from her.
     */
    private static int afterAttribution(SegmentedArticle text, Quotation quotation, Quotation next) {
        SegmentedArticle.Sentence sentence = text.sentenceAt(quotation.end());
        return sentence == null ? quotation.end() : Math.max(quotation.end(), Math.min(sentence.end(), next.open()));
    }

    /**
     * Who gives an interview's answer: the person the introduction before the first question of the answer's run of
     * questions and answers is about ({@link Interviewee}), or nobody.
     */
    private static String interviewee(SegmentedArticle text, Cast cast, Quotation answer) {
        int paragraph = answer.paragraph();
        while (paragraph >= 2) {
            if (answers(text, paragraph - 2)) {
                paragraph -= 2;
            } else if (paragraph >= 4 && answers(text, paragraph - 4)) {
                paragraph -= 4; // over a prompt put as a statement ("The harvest was over, though…") and its reply
            } else {
                break;
            }
        }
        int question = Math.max(0, paragraph - 1);
        Mention introduced = PronounAntecedents.antecedent(text, cast, text.paragraph(question).start(),
                CastMember::person);
        int interviewee = Interviewee.of(text, cast, question, introduced == null ? -1 : introduced.member());
        return interviewee < 0 ? "" : cast.name(interviewee);
    }

    /** Whether the paragraph is an interview's answer. */
    private static boolean answers(SegmentedArticle text, int paragraph) {
        Quotation quotation = text.quotationAt(text.paragraph(paragraph).start());
        return quotation != null && quotation.answer();
    }

    /** "…,” said Dr. Amara Osei", "…,” Osei said", "…,” he said", "… — Jane Doe". */
    private static String after(SegmentedArticle text, Cast cast, Quotation quotation, Quotation next) {
        int from = quotation.end();
        int to = attributionEnd(text, quotation, next);
        int reach = MAX_ATTRIBUTION_WORDS;
        if (Tokenizer.words(text.body(), from, to).isEmpty()) {
            if (!ownSentence(text, quotation)) {
                return ""; // "He called it a “disaster”. Ann Roe said…": the next sentence's subject did not say it
            }
            // “We will win.” Osei said. The attribution may stand in a sentence of its own, right after.
            SegmentedArticle.Sentence nextSentence = text.sentenceAt(nextNonSpace(text, to));
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
        if (first.text().equals("so") && words.size() > 1) {
            // »…«, so Gisela Trautner, Vorsitzende des Vereins: German attributes with "so" and the name; "so X in
            // einer Stellungnahme", "so X im Landtag": an adverbial may follow it.
            AttributionClause.Phrase source = AttributionClause.subjectAfterVerb(text, cast, first.end(), to);
            if (source != null && source.name() != null && source.name().member() >= 0
                    && AttributionClause.endsOrAdverbialAfter(text, cast, source, to)) {
                return source.name().speaker(text, cast);
            }
            if (source != null && source.name() == null && AttributionClause.endsOrAdverbialAfter(text, cast, source, to)) {
                // "so die Behörde": a description after "so" speaks for whom it stands, when it stands for someone.
                SubjectFinder.Subject described = AttributionClause.speakerAfterVerb(text, cast, first.end(), to);
                if (described != null && !described.members().isEmpty()) {
                    return described.text();
                }
            }
        }
        Matcher pronounAfter = DiscourseSubjects.INVERTED_PRONOUN.matcher(first.text());
        // French sets any verb in an incise with its pronoun inverted right after the quotation's comma, a verb of
        // speech or not ("…», s'emporte-t-il", "…», sourit-elle"): the inversion itself marks the attribution.
        if (pronounAfter.matches() && (Speech.isVerb(pronounAfter.group(1)) || gap.strip().equals(","))) {
            return carried(text, cast, from, DiscourseSubjects.Gender.ofPronoun(pronounAfter.group(2)));
        }
        int particle = Speech.separatedParticle(text, words, 0); // "„…“, hielt sie ihm entgegen"
        boolean verbFirst = Speech.isVerbAfterQuotation(first.text()) || particle > 0
                || invertedIncise(text, words, gap);
        if (verbFirst || gap.contains("—") || gap.contains("–") || gap.strip().equals("-")) {
            // "…," said X; "…," comments X; "—dijo Ocaña—"; "– ha dichiarato il sindaco –"; "… — Jane Doe".
            int verb = verbFirst ? 0
                    : words.size() > 1 && Lexicon.isAuxiliary(first.text()) && Speech.isVerb(words.get(1).text()) ? 1 : -1;
            if (verb >= 0) {
                String speaker = speakerAfterVerb(text, cast, quotation, words, verb,
                        particle > 0 ? words.get(particle).start() : to);
                return speaker != null ? speaker : verb == 0 ? inverted(text, cast, words, 1, reach, to) : "";
            }
            SubjectFinder.Subject subject = AttributionClause.speakerAfterVerb(text, cast, first.start(), to);
            return subject != null ? subject.text() : ""; // "… — Jane Doe"
        }
        AttributionClause.Name apposed = AttributionClause.apposedBeforeVerb(text, cast, first.start(), to);
        if (apposed != null) {
            return apposed.speaker(text, cast); // "…,” John Williams, the president of…, said"
        }
        for (int i = 0; i < words.size() && i <= reach; i++) {
            Token word = words.get(i);
            if (word.text().equals("that") || Speech.isParticiple(word.text()) || i == 0 && COORDINATING.contains(word.text())
                    && words.size() > 1 && Speech.isVerb(words.get(1).text())) {
                return ""; // "afirmó que la reforma «…» y advirtió que…": the sentence's subject goes on speaking
            }
            if (Speech.isVerbAt(words, i)) {
                if (i > 0 && auxiliariesOnly(words, Speech.periphrasisStart(words, i))) {
                    // "…», ha detto il sindaco", "…», a-t-il déclaré", "…», ha detto ai cronisti".
                    String speaker = speakerAfterVerb(text, cast, quotation, words, i, to);
                    return speaker == null ? "" : speaker;
                }
                SubjectFinder.Subject subject = SubjectFinder.find(text, cast, from, word.start());
                if (subject == null) {
                    subject = closingClauseSubject(text, cast, from, word);
                }
                if (subject == null) {
                    return inverted(text, cast, words, i, reach, to);
                }
                // "…," chairman, CEO and president Craig Menear said: the name right before the verb is its subject.
                boolean adjacent = !subject.members().isEmpty() && subject.end() <= word.start()
                        && text.text(subject.end(), word.start()).isBlank();
                return subject.leading() || adjacent ? subject.text() : "";
            }
        }
        return "";
    }

    /**
     * Whether the words after a quotation's comma are an incise that inverts its subject after whatever verb, as
     * French, Spanish, Italian, Portuguese and German set one ("…», calcule le retraité", "…», sonríe la vecina",
     * "»…«, seufzt die Wirtin"): a lower-case word that leads no clause of its own, then a definite article and a
     * noun phrase of at most {@value #MAX_DESCRIPTION_WORDS} words that ends the sentence with no verb of speech of
     * its own. The inversion itself marks the attribution, as the inverted pronoun does ("…», sourit-elle").
     */
    private static boolean invertedIncise(SegmentedArticle text, List<Token> words, String gap) {
        if (!INVERTING_INCISES.contains(text.language()) || !gap.strip().equals(",") || words.size() < 3
                || words.size() > 2 + MAX_DESCRIPTION_WORDS) {
            return false;
        }
        Token verb = words.getFirst();
        if (verb.capitalised() || Lexicon.isFunctionWord(verb.text()) || Lexicon.isAuxiliary(verb.text())
                || SubjectFinder.leadsClause(verb, text.language()) || GERUND.matcher(verb.text()).matches()
                || !verb.text().chars().allMatch(Character::isLetter) || !Lexicon.isDefinite(words.get(1).text())) {
            return false;
        }
        return words.subList(1, words.size()).stream().noneMatch(word -> Speech.isVerb(word.text()));
    }

    /**
     * Whether a quotation is a sentence of its own, which the next sentence may attribute ("“We will win.” Osei
     * said."): it opens its sentence, or ends with its own full stop inside the marks; a phrase that ends someone
     * else's sentence ("Sie sprach von einem „Übergangsjahr“. Lars Ekholm kündigte an, …") is not.
     */
    private static boolean ownSentence(SegmentedArticle text, Quotation quotation) {
        SegmentedArticle.Sentence sentence = text.sentenceAt(quotation.open());
        return sentence == null || nextNonSpace(text, sentence.start()) >= quotation.open()
                || quotation.closed() && ".!?…".indexOf(text.body().charAt(quotation.textEnd() - 1)) >= 0;
    }

    /**
     * The speaker of an attribution whose verb of speech, {@code words[verb]}, comes before its subject: the pronoun
     * the first word inverts ("a-t-il déclaré", "a-t-elle lancé"), the subject the discourse carries when the words
     * after the verb name none ("ha aggiunto.", "dijo durante el debate"), else the subject phrase after the verb
     * ("said the chief engineer, Dana Crane"); null when that phrase names no one.
     */
    private static String speakerAfterVerb(SegmentedArticle text, Cast cast, Quotation quotation, List<Token> words,
                                           int verb, int to) {
        Matcher inverted = DiscourseSubjects.INVERTED_PRONOUN.matcher(words.getFirst().text());
        if (inverted.matches()) {
            return carried(text, cast, quotation.end(), DiscourseSubjects.Gender.ofPronoun(inverted.group(2)));
        }
        if (namesNoSubject(text, words, verb + 1)) {
            return unnamed(text, cast, quotation.open(), quotation.paragraph(),
                    DiscourseSubjects.Gender.ofVerb(words.get(verb).text()));
        }
        SubjectFinder.Subject subject = AttributionClause.speakerAfterVerb(text, cast, words.get(verb).end(), to);
        return subject == null ? null : subject.text();
    }

    /**
     * "“We don't want those people” working in prisons, she said.": a partial quotation's sentence runs on, and a
     * clause after its last comma closes it with the attribution; the subject of that clause, of at most
     * {@value #MAX_CLOSING_SUBJECT_WORDS} words before the verb, read as every attribution's subject phrase is
     * ({@link AttributionClause}), or null.
     */
    private static SubjectFinder.Subject closingClauseSubject(SegmentedArticle text, Cast cast, int from, Token verb) {
        int comma = text.body().lastIndexOf(',', verb.start());
        if (comma < from) {
            return null;
        }
        int words = Tokenizer.words(text.body(), comma + 1, verb.start()).size();
        return words > 0 && words <= MAX_CLOSING_SUBJECT_WORDS
                ? AttributionClause.speakerAfterVerb(text, cast, comma + 1, verb.start()) : null;
    }

    /**
     * "«…», ha aggiunto.", "—insistió—", "«…», afirmou ao jornal.", "Completou: «…»": languages that drop the
     * subject leave the verb alone; it is the subject the discourse carries at {@code offset}, in {@code paragraph}
     * or the one before, or nobody.
     */
    private static String unnamed(SegmentedArticle text, Cast cast, int offset, int paragraph,
                                  DiscourseSubjects.Gender gender) {
        Mention person = DiscourseSubjects.resolve(text, cast, offset, gender);
        return person != null && text.paragraphAt(person.start()) >= paragraph - 1 ? cast.name(person.member()) : "";
    }

    /** The person the discourse carries as the subject at {@code offset} ("…, a-t-elle lancé"), or empty. */
    private static String carried(SegmentedArticle text, Cast cast, int offset, DiscourseSubjects.Gender gender) {
        Mention person = DiscourseSubjects.resolve(text, cast, offset, gender);
        return person == null ? "" : cast.name(person.member());
    }

    /**
     * Whether an attribution's words from {@code words[from]} on name no subject, as languages that drop it write
     * the verb alone or with adverbials and phrases a preposition governs: "afirmó.", "dijo durante el debate",
     * "ha dichiarato ai cronisti", "recordou ao jornal", "— добавил в интервью". A name, pronoun, determiner or
     * noun of persons outside such a phrase, or a determiner right after its noun ("a los periodistas el ministro"),
     * is a subject; so is a noun of persons after a word that is a preposition and an article too ("contou a
     * diretora").
     */
    private static boolean namesNoSubject(SegmentedArticle text, List<Token> words, int from) {
        boolean governed = false;
        boolean afterHead = false;
        Token governor = null;
        for (int i = from; i < words.size(); i++) {
            String word = words.get(i).text();
            if (i > 0 && GERUND.matcher(word).matches()
                    && text.text(words.get(i - 1).end(), words.get(i).start()).strip().equals(",")) {
                return true; // "«…», ha aggiunto, ricordando il rogo": a clause of its own follows, no subject
            }
            if (i > from && infinitiveAfterPreposition(text, words.get(i - 1), word)) {
                return true; // "Ha poi chiesto ai turisti di evitare la zona:": the nouns after are the infinitive's
            }
            if (Lexicon.isOblique(word, text.language()) && Lexicon.isDefinite(word, text.language())
                    && !governed && i + 1 < words.size() && !words.get(i + 1).capitalised()
                    && SubjectGrammar.personNoun(words.get(i + 1).text())) {
                // "…”, contou a diretora": where the article is spelt as a preposition, before a noun of persons it
                // opens the subject; the preposition would have merged with the noun's article ("à diretora").
                return false;
            }
            if (Lexicon.isOblique(word, text.language())) {
                governed = true;
                afterHead = false;
                governor = words.get(i);
                continue;
            }
            boolean nominal = words.get(i).capitalised() || Lexicon.isDeterminer(word)
                    || Lexicon.isPersonPronoun(word) || Lexicon.isPluralPronoun(word) || Lexicon.isThingPronoun(word)
                    || SubjectGrammar.personNoun(word) || Lexicon.isPeopleNoun(word)
                    || Lexicon.afterElidedArticle(word) != null;
            // A capital after a capital in a phrase a preposition governs goes on naming its object ("à Rádio
            // Serrana", "a Radio Cordillera": an outlet the words were said to), no subject after its head; a word
            // that is an article too opens the subject ("disse a Serra Alta em nota").
            boolean sameName = governed && !Lexicon.isDefinite(governor.text(), text.language()) && i > from
                    && words.get(i).capitalised() && words.get(i - 1).capitalised()
                    && text.text(words.get(i - 1).end(), words.get(i).start()).isBlank();
            if (nominal && (!governed || afterHead) && !sameName) {
                return false;
            }
            afterHead |= governed && !Lexicon.isDeterminer(word) && !Lexicon.isFunctionWord(word);
        }
        return true;
    }

    /**
     * Whether {@code word} is an infinitive right after a preposition ("di evitare", "de cerrar", "à rester"), not
     * a noun of persons spelt like one ("al consigliere", "a la mujer" has its article between).
     */
    private static boolean infinitiveAfterPreposition(SegmentedArticle text, Token before, String word) {
        Pattern infinitive = INFINITIVE.get(text.language());
        return infinitive != null && Lexicon.isOblique(before.text(), text.language())
                && !Lexicon.isDeterminer(before.text(), text.language()) && infinitive.matcher(word).matches()
                && !SubjectGrammar.personNoun(word) && !Lexicon.isPeopleNoun(word);
    }

    /**
     * "…” signed in May, said Derek Vance": a partial quotation's own words run on after it, and the first verb of
     * speech from {@code words[from]} on, within {@code reach} words, has its speaker right after it. Returns the
     * speaker, or empty.
     */
    private static String inverted(SegmentedArticle text, Cast cast, List<Token> words, int from, int reach, int to) {
        for (int i = from; i < words.size() && i <= reach; i++) {
            if (Speech.isVerb(words.get(i).text())) {
                SubjectFinder.Subject subject = AttributionClause.speakerAfterVerb(text, cast, words.get(i).end(), to);
                return subject != null && !subject.members().isEmpty() ? subject.text() : "";
            }
        }
        return "";
    }

    /** Whether {@code body[from, to)} holds only titles and lower-case nouns, as "study lead author " does. */
    private static boolean introducesName(SegmentedArticle text, int from, int to) {
        List<Token> words = Tokenizer.words(text.body(), from, to);
        if (words.size() > MAX_DESCRIPTION_WORDS || !text.text(from, to).chars().allMatch(c -> Character.isLetter(c)
                || Character.isWhitespace(c) || "-.'’".indexOf(c) >= 0)) {
            return false;
        }
        return words.stream().allMatch(w -> RoleFinder.isTitle(w) || !w.capitalised()
                && !Lexicon.isFunctionWord(w.text()) && !Speech.isVerb(w.text()) && !Speech.isParticiple(w.text()));
    }

    /**
     * Whether the comma at {@code comma} closes a description set off after a name ("La presidente, Ada Neri,
     * maestra, ha chiesto un incontro al Comune:", "Leur porte-parole, Ana Roche, agricultrice, a dit :"): a name
     * ends at the comma before it, from {@code start} on, and the at most {@value #MAX_DESCRIPTION_WORDS} words
     * between hold no verb of speech. The name is the subject, not the words after the verb ("al Comune").
     */
    private static boolean closesApposition(SegmentedArticle text, Cast cast, int start, int comma) {
        int before = comma > start ? text.body().lastIndexOf(", ", comma - 1) : -1;
        if (before < start || !nameEndsAt(cast, before)) {
            return false;
        }
        List<Token> between = Tokenizer.words(text.body(), before + 1, comma);
        return !between.isEmpty() && between.size() <= MAX_DESCRIPTION_WORDS
                && between.stream().noneMatch(word -> Speech.isVerb(word.text()));
    }

    /** Whether a name the article's cast knows, outside quotations, ends at {@code offset}. */
    private static boolean nameEndsAt(Cast cast, int offset) {
        return offset > 0 && cast.mentionsBetween(Math.max(0, offset - MAX_NAME_CHARS), offset).stream()
                .anyMatch(mention -> !mention.quoted() && mention.end() == offset);
    }

    /** Whether {@code body[from, to)} holds words, and only auxiliaries ("a", "ha", "hat"). */
    private static boolean auxiliariesOnly(SegmentedArticle text, int from, int to) {
        List<Token> words = Tokenizer.words(text.body(), from, to);
        return !words.isEmpty() && auxiliariesOnly(words, words.size());
    }

    private static boolean auxiliariesOnly(List<Token> words, int end) {
        for (int i = 0; i < end; i++) {
            if (!Lexicon.isAuxiliary(words.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    /** "Starmer said: “…”", "Witkoff called it “game-changing”", "according to the ministry, “…”". */
    private static String introduced(SegmentedArticle text, Cast cast, int sentenceStart, int to) {
        int from = windowStart(text.body(), sentenceStart, to);
        List<Token> verbs = Speech.verbs(text, from, to);
        if (verbs.isEmpty()) {
            String framed = framedSpeaker(text, cast, from, to);
            return framed.isEmpty() ? colonSubject(text, cast, from, to) : framed;
        }
        Token opening = verbs.getFirst();
        if (verbs.size() > 1 && opensSentenceUnnamed(text, from, opening, verbs.get(1).start())) {
            // "Aggiunge di non aver mai chiesto scuse: «…»": the verb that opens the sentence without a subject is
            // its own, the verbs after it stand in its complement; the subject is the one the discourse carries.
            return unnamed(text, cast, opening.start(), text.paragraphAt(opening.start()),
                    DiscourseSubjects.Gender.ofVerb(opening.text()));
        }
        Token verb = verbs.getLast();
        if (Speech.isParticiple(verb.text())) {
            // "…, adding: “…”", "sent a letter stating that they “…”": the participle's subject is its clause's.
            verbs = verbs.stream().filter(v -> !Speech.isParticiple(v.text())).toList();
            if (verbs.isEmpty()) {
                SubjectFinder.Subject subject = SubjectFinder.find(text, cast, outsideQuotations(text, from,
                        verb.start()), verb.start());
                return subject == null ? "" : subject.text();
            }
            verb = verbs.getLast();
        }
        // “The authorities must act,” said Philip Luther: the quoted words before the verb are not its subject.
        from = outsideQuotations(text, from, verb.start());
        if (Speech.isAccording(verb)) {
            SubjectFinder.Subject source = SubjectFinder.find(text, cast, Speech.sourceStart(verb), to);
            return source == null ? "" : source.text();
        }
        if (opensSentenceUnnamed(text, from, verb, to)) {
            return unnamed(text, cast, verb.start(), text.paragraphAt(verb.start()),
                    DiscourseSubjects.Gender.ofVerb(verb.text()));
        }
        if (documentOpensUnnamed(text, from, verb, to)) {
            return issuerBefore(text, cast, from);
        }
        // The subject of the verb nearest the quotation: "Witkoff said Putin called it “…”" is Putin's word.
        int start = verbs.size() > 1 ? verbs.get(verbs.size() - 2).end() : from;
        start = Math.max(start, lastClauseBreak(text.body(), start, verb.start()));
        int comma = text.body().lastIndexOf(", ", verb.start());
        // An auxiliary ("a", the English article's spelling) is no subject; the speaker follows the verb it opens:
        // when it is the whole clause ("«…», a déclaré le préfet Alain Roux, «…»"), or all that follows the last
        // comma and the speaker is named ("…, a déclaré Ana Roche. «…»"), unless a name ends at that comma ("Le
        // député, Alain Roucayrol, a demandé «…»": the name is the subject).
        boolean clauseIsAuxiliary = auxiliariesOnly(text, start, verb.start());
        if (clauseIsAuxiliary
                || auxiliariesOnly(text, Math.max(start, comma + 2), verb.start()) && !nameEndsAt(cast, comma)
                && !closesApposition(text, cast, start, comma)) {
            SubjectFinder.Subject after = AttributionClause.speakerAfterVerb(text, cast, verb.end(), to);
            return after != null && (clauseIsAuxiliary || !after.members().isEmpty()) ? after.text() : "";
        }
        // "Responding to councillor X, who had asked…, the mayor said:": a subject right before the verb, after the
        // last comma, wins over names earlier in the sentence.
        SubjectFinder.Subject subject = comma > start
                ? SubjectFinder.find(text, cast, comma + 2, verb.start()) : null;
        if (subject == null || !subject.leading() || subject.members().isEmpty()) {
            subject = SubjectFinder.find(text, cast, start, verb.start());
        }
        if (subject == null && start > from) {
            subject = SubjectFinder.find(text, cast, from, verb.start());
        }
        if (subject == null && !pronounBefore(text, start, verb.start())) {
            // “It’s not over,” said Jo Park, “not by a long way.”: the speaker follows the verb; after "He instead told
            // the BBC:" whom he told is not the speaker, even when no one the discourse carries is "he".
            subject = AttributionClause.speakerAfterVerb(text, cast, verb.end(), to);
        }
        return subject == null ? "" : subject.text();
    }

    /**
     * "Completou: «…»", "Ha poi chiesto ai giudici: «…»", "Y agregó: «…»": the verb opens its sentence, after
     * auxiliaries, adverbs and conjunctions only, and names no subject after it either, as languages that drop the subject write.
     */
    private static boolean opensSentenceUnnamed(SegmentedArticle text, int from, Token verb, int to) {
        for (Token word : Tokenizer.words(text.body(), from, verb.start())) {
            if (!Lexicon.isAuxiliary(word.text()) && !SubjectFinder.leadsClause(word, text.language())) {
                return false;
            }
        }
        return namesNoSubject(text, Tokenizer.words(text.body(), verb.end(), to), 0);
    }

    /**
     * Whether a sentence opens with the document it was said in, set off by a comma, and the verb after names no
     * subject: "Em nota, afirmou: «…»", "En un comunicado, aseguró:", "In una nota, ha precisato:" (languages that
     * drop the subject).
     */
    private static boolean documentOpensUnnamed(SegmentedArticle text, int from, Token verb, int to) {
        List<Token> opening = new ArrayList<>(Tokenizer.words(text.body(), from, verb.start()));
        int clause = verb.start();
        while (!opening.isEmpty() && Lexicon.isAuxiliary(opening.getLast().text())) {
            clause = opening.removeLast().start(); // "In una nota, ha precisato:"
        }
        String first = opening.isEmpty() ? "" : opening.getFirst().text();
        return opening.size() >= 2 && (Lexicon.isPreposition(first) || Lexicon.isPlacePreposition(first))
                && opening.stream().anyMatch(word -> OrganisationVoices.isDocument(word.text()))
                && text.text(opening.getLast().end(), clause).strip().equals(",")
                && text.text(from, opening.getLast().end()).indexOf(',') < 0 // one phrase, then the verb
                && namesNoSubject(text, Tokenizer.words(text.body(), verb.end(), to), 0);
    }

    /**
     * Who issued a document the sentence at {@code from} opens with and names no subject for: the one member the
     * sentence before in its paragraph opens with, a person or an organisation, also as the name set off after an
     * organisation's noun ("A companhia regional, a Sanorte, contesta a versão. Em nota, afirmou:"); empty otherwise.
     */
    private static String issuerBefore(SegmentedArticle text, Cast cast, int from) {
        SegmentedArticle.Sentence sentence = text.sentenceAt(from);
        SegmentedArticle.Sentence before = sentence == null ? null : text.sentenceBefore(sentence);
        if (before == null || before.paragraph() != sentence.paragraph()) {
            return "";
        }
        SubjectFinder.Subject subject = SubjectFinder.find(text, cast, before.start(), before.end());
        if (subject == null || subject.members().size() != 1) {
            return "";
        }
        List<Token> words = Tokenizer.words(text.body(), before.start(), before.end());
        int name = Tokenizer.indexFrom(words, 0, subject.start());
        boolean apposed = text.text(subject.end(), before.end()).startsWith(",")
                && Lexicon.isOrgNoun(Appositions.apposedHead(text.body(), words, name));
        return subject.leading() || apposed ? subject.text() : "";
    }

    /** Whether a pronoun that stands for a person is among the words of {@code body[from, to)}. */
    private static boolean pronounBefore(SegmentedArticle text, int from, int to) {
        List<Token> words = Tokenizer.words(text.body(), from, to);
        for (int i = 0; i < words.size(); i++) {
            if (Lexicon.isPersonPronoun(words.get(i).text()) && PronounAntecedents.pronoun(text, words, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Para Ana Ruiz, directora de la piscina, «…»", "Per Rossi «…»", "For Jo Park, the ruling was “a betrayal”": a
     * sentence that opens with a preposition of view and a person gives that person's words, when no other person
     * is named before the quotation; "Pour l'élue, « … »": a description of one, the person it stands for. Returns
     * the speaker, or empty.
     */
    private static String framedSpeaker(SegmentedArticle text, Cast cast, int from, int to) {
        List<Token> words = Tokenizer.words(text.body(), from, to);
        if (words.size() < 2 || !Lexicon.isFraming(words.getFirst().text())) {
            return "";
        }
        List<Mention> named = cast.mentionsBetween(words.getFirst().end(), to).stream()
                .filter(m -> !m.quoted() && cast.member(m.member()).person()).toList();
        if (named.isEmpty()) {
            return framedDescription(text, cast, words);
        }
        // "Para el liberal neerlandés Jan de Vries": a determiner may open the title.
        int title = Lexicon.isDeterminer(words.get(1).text()) ? words.get(1).end() : words.getFirst().end();
        if (named.stream().anyMatch(m -> m.member() != named.getFirst().member())
                || !introducesName(text, title, named.getFirst().start())) {
            return "";
        }
        return cast.name(named.getFirst().member());
    }

    /**
     * "Pour l'élue, « … »", "Para la jueza, «…»": the framing preposition's object is only a description by role, and
     * the one person the article gives that role speaks; empty when none or several have it.
     */
    private static String framedDescription(SegmentedArticle text, Cast cast, List<Token> words) {
        Token role = DescribedSubjects.roleNoun(words, 1);
        if (role != words.getLast()) {
            return "";
        }
        int member = RoleAntecedents.person(text, cast, role.text(), words.get(1).start());
        return member >= 0 ? cast.name(member) : "";
    }

    /**
     * The end of a quotation in {@code body[from, to)} that only punctuation separates from {@code to} ("“…,” said"),
     * else {@code from}: a subject is not looked for in the words just quoted.
     */
    private static int outsideQuotations(SegmentedArticle text, int from, int to) {
        for (Quotation quotation : text.quotations()) {
            if (quotation.open() >= to) {
                break;
            }
            if (quotation.open() >= from && quotation.end() <= to
                    && Tokenizer.words(text.body(), quotation.end(), to).isEmpty()) {
                return quotation.end();
            }
        }
        return from;
    }

    /**
     * A quotation that opens its sentence with no attribution of its own, after a sentence that gives someone's words:
     * the paragraph before ends "UK Prime Minister Keir Starmer reiterated:" or "Osei said the plan was late.", or the
     * sentence before it in its paragraph, with no quotation of its own, reports them ("Es fehle an Leuten, sagt
     * Straub. „…“", "X müsse man abwarten, sagt er. „…“"); that sentence's speaker, or empty.
     */
    private static String introducedBySentenceBefore(SegmentedArticle text, Cast cast, Quotation quotation,
                                                     boolean opensParagraph) {
        if (opensParagraph) {
            SegmentedArticle.Sentence last = lastSentenceBefore(text, quotation.paragraph());
            if (last == null) {
                return "";
            }
            String speaker = introduced(text, cast, last.start(), last.end());
            return speaker.isEmpty() ? colonSubject(text, cast, last.start(), last.end()) : speaker;
        }
        SegmentedArticle.Sentence own = text.sentenceAt(quotation.open());
        SegmentedArticle.Sentence before = own == null || nextNonSpace(text, own.start()) < quotation.open() ? null
                : text.sentenceBefore(own);
        if (before == null || before.paragraph() != own.paragraph() || Speech.verbs(text, before.start(), before.end())
                .isEmpty() || text.quotations().stream().anyMatch(q -> q.open() < before.end() && q.end() > before.start())) {
            return "";
        }
        // Within a paragraph the speaker is the person the sentence is about, not a description ("Бывшая супермодель
        // призналась…") nor whom they spoke to ("Swift's rep told Fox News that…").
        Mention subject = DiscourseSubjects.subjectOf(text, cast, before);
        return subject == null ? "" : cast.name(subject.member());
    }

    /**
     * A clause with no verb of speech that ends in a colon introduces its subject's words: "Sa directrice, Ana Roux, se
     * veut rassurante : « … »", "El alcalde fue tajante: «…»", a paragraph ending "Keir Starmer reiterated:". Empty
     * when {@code body[from, to)} does not end in a colon or its subject is no person the cast holds ("Quando você fala…,
     * o pessoal estranha:", "Poi, più amaro:"). An organisation speaks so only in a document the clause names ("La
     * consultora X fue más optimista en su informe semanal:"), not in a clause about it ("The group will be left to
     * wonder:").
     */
    private static String colonSubject(SegmentedArticle text, Cast cast, int from, int to) {
        int colon = lastNonSpace(text.body(), from, to);
        if (colon < 0 || text.body().charAt(colon) != ':') {
            return "";
        }
        // The last coordinated clause's subject: "Moving forward, X signed…, and the group will be left to wonder:"
        int clause = lastClauseBreak(text.body(), from, colon);
        SubjectFinder.Subject subject = SubjectFinder.find(text, cast, clause, colon + 1);
        if (subject == null || subject.members().isEmpty()) {
            return "";
        }
        boolean persons = subject.members().stream().allMatch(m -> cast.member(m).person());
        boolean inDocument = Tokenizer.words(text.body(), subject.end(), colon).stream()
                .anyMatch(word -> OrganisationVoices.isDocument(word.text()));
        return persons || inDocument ? subject.text() : "";
    }

    /** The offset of the last non-space character in {@code body[from, to)}, or -1. */
    private static int lastNonSpace(String body, int from, int to) {
        int i = to - 1;
        while (i >= from && (Character.isWhitespace(body.charAt(i)) || Character.isSpaceChar(body.charAt(i)))) {
            i--;
        }
        return i >= from ? i : -1;
    }

    /** The last sentence of the paragraph before {@code paragraph}, unless it is a subhead; or null. */
    private static SegmentedArticle.Sentence lastSentenceBefore(SegmentedArticle text, int paragraph) {
        if (paragraph == 0 || text.paragraph(paragraph - 1).isHeading()) {
            return null;
        }
        List<SegmentedArticle.Sentence> sentences = text.sentencesOf(paragraph - 1);
        return sentences.isEmpty() ? null : sentences.getLast();
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

    private static int nextNonSpace(SegmentedArticle text, int offset) {
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
    private static int attributionEnd(SegmentedArticle text, Quotation quotation, Quotation next) {
        SegmentedArticle.Paragraph paragraph = text.paragraph(quotation.paragraph());
        SegmentedArticle.Sentence sentence = text.sentenceAt(Math.max(quotation.open(), quotation.end() - 1));
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
