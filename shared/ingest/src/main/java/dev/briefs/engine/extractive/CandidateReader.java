package dev.briefs.engine.extractive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the capitalised runs of an article as names, the first stage of finding its people and organisations: titles
 * are split off ("UK Prime Minister" + "Keir Starmer"), sentence-initial words the article also writes in lower case
 * are dropped, places, dates and events are set aside, and what remains is a person (two to four name words, or one
 * after a title), an organisation (an organisation word, a known acronym or a metonym such as "Downing Street"), a
 * country, or a bare name to match later. Bylines and credits are not read, and nor is the place of a dateline.
 */
final class CandidateReader {

    /** A word with a capital inside, as companies write their names. */
    private static final Pattern BRAND = Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}+");
    /** Past and third-person forms: "declined", "kept", "says". */
    private static final Pattern VERB_FORM = Pattern.compile("\\p{Ll}{2,}(?:ed|[^s]s)|kept|left|made|took|won|lost|sent"
            + "|went|came|gave|put|set|led|held|met|ran|saw|got|beat|fell|rose|sold|bought|paid|hit|cut"
            // The past of the other languages: "pidió", "anunciaron", "cobrou", "negò", "sagte", "пообещал".
            + "|\\p{Ll}{3,}(?:ó|aron|ieron|ou|aram|eram|iu|ò|te|ten)|\\p{IsCyrillic}{3,}(?:ла|ли|л)");
    private static final Set<String> SPLITTING_PARTICLES = Set.of("of", "for");
    /** Verbs of reporting that are no verbs of speech: what an outlet does when it only carries the story. */
    private static final Set<String> REPORTING = Set.of("reported", "reports", "report", "published", "publishes",
            "obtained", "revealed", "broadcast", "first", "contacted", "reviewed", "seen");
    /** Verbs of speech whose object is the one spoken to or of ("told NBC News", "praised Ann Roe"), not a speaker. */
    private static final Set<String> ADDRESSING = Set.of("told", "tells", "tell", "asked", "asks", "urged", "urges",
            "warned", "warns", "accused", "praised", "criticised", "criticized", "slammed", "blasted", "hailed", "called",
            "calls", "described", "describes", "dubbed", "branded", "labelled", "labeled", "assured", "texted", "emailed",
            "answered", "thanked", "informed", "reminded");
    /** Forms of "be", after which a state rather than a deed may follow: "Roe was eager", "Roe has been absent". */
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "been", "be");
    /** An adverb of manner or stance between a subject and its verb: "reportedly", "quickly" (not "family"). */
    private static final Pattern ADVERB = Pattern.compile("\\p{Ll}{3,}(?<!i|p|mb)ly");
    /** Verbs of speech that act on their object, as the other verbs of address (told, asked, called) do not. */
    private static final Set<String> DEEDS_OF_WORDS = Set.of("accused", "accuses", "praised", "criticised", "criticized",
            "slammed", "blasted", "hailed", "urged", "urges", "warned", "warns", "thanked", "reminded", "assured");
    /** What separates the names of a list, titles of the next included: ", ", " and US envoy ", " y ", " und ". */
    private static final Pattern LIST_SEPARATOR = Pattern.compile(
            "(?:,\\s*|,?\\s+(?:and|y|e|et|und|и)\\s+)(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}");
    private static final int MAX_LIST_GAP = 60;
    /** The words that join two names into one subject: "Ruiz and Cho". German capitalises nouns, so not "und". */
    private static final Set<String> PAIR_JOINERS = Set.of("and", "y", "e", "et", "и");
    /** How many lower-case words of a role may stand between "and" and the name: "and trade envoy Rui Cho". */
    private static final int MAX_LOWER_CASE_ROLE_WORDS = 3;
    /** Common nouns of a state's institutions, which a nationality before them names: "the US military". */
    private static final Set<String> INSTITUTIONS = Set.of("military", "army", "navy", "police", "government", "forces",
            "authorities", "embassy", "ministry", "regime", "coastguard");
    /** Words that open the object after a verb: "recognize that", "want the deal", "quieren el acuerdo". */
    private static final Set<String> OBJECT_OPENERS = Set.of("that", "the", "a", "an", "to", "it", "them", "this",
            "their", "que", "el", "la", "los", "las", "il", "lo", "le", "les", "o", "os", "as", "che", "что");
    /** Function words that are also first names, and are one when a name word follows: "Will Moy". */
    private static final Set<String> FIRST_NAMES_LIKE_WORDS = Set.of("Will");
    /** Words that open a clause inside an apposition, whose verb is not the name's: "Ann Roe, a lawyer who said". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("who", "whom", "whose", "which", "that", "where", "when",
            "as", "after", "before", "because", "while", "if", "chi", "che", "qui", "que", "der", "die", "das", "который",
            "которая", "которые");
    /** Relative pronouns that open a clause of background. */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "whose", "where", "whom");
    /** Verbs after a name that tell what it said long ago: "Roe had said", "as Roe once wrote". */
    private static final Set<String> BACKGROUND_SPEECH = Set.of("once", "famously");
    /** Two or more capitalised words in a row, as an author line writes its names: "By Ann Roe · Courier". */
    private static final Pattern FULL_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)+");
    /** "I’m", "I'd", "I’ve", "I’ll": the first person, never a name. */
    private static final Pattern FIRST_PERSON = Pattern.compile("I['’](?:m|d|ve|ll|s)");
    /** German articles and determiners, before which a capitalised word is a noun. */
    private static final Set<String> GERMAN_ARTICLES = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keiner", "jede", "jeder", "jedes", "diese",
            "dieser", "dieses", "mehrere", "viele", "alle", "sämtliche", "zum", "zur", "im", "am", "vom", "beim");
    /** Generational suffixes after a surname. */
    private static final Set<String> GENERATIONAL = Set.of("Jr", "Sr", "II", "III", "IV");
    /** Words that may stand between a verb of speech and the name it introduces: "said the agency's chief, Ann Roe". */
    private static final Set<String> LEAD_IN_WORDS = Set.of("the", "a", "an", "of", "and", "at", "for", "to", "o", "os",
            "el", "los", "la", "las", "il", "lo", "le", "les", "un", "una", "une", "der", "die", "das", "des", "dem", "den",
            "de", "da", "do", "dos", "del", "della", "di", "du", "deren", "dessen", "sein", "seine", "ihr", "ihre", "su",
            "sus", "suo", "sua", "son", "sa", "ses", "seu");
    /** How far a verb of speech may stand before the name it introduces, or after the name's apposition. */
    private static final int MAX_LEAD_IN_WORDS = 7;
    private static final int MAX_APPOSITION_WORDS = 25;
    /** How far back in its clause a relative pronoun may stand before a name. */
    private static final int MAX_CLAUSE_WORDS = 10;
    private static final Pattern NAME_PREFIX = Pattern.compile("Mc|De|Di|Da|Du|La|Le|Van|Von|Fitz");
    /** Verb and adverb forms that open sentences ("Getting", "Asked", "Notably") but start no name. */
    private static final Pattern INFLECTED = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:ing|ed|ly)");

    /** Auxiliaries of the pluperfect in each language: "had", "había", "aveva", "avait", "hatte", "tinha". */
    private static final Set<String> PLUPERFECT = Set.of("had", "había", "habían", "aveva", "avevano", "avait",
            "avaient", "hatte", "hatten", "tinha", "tinham", "havia");
    /** A preposition, then the month or year the sentence is set in: "In May,", "Nel 2019,", "Im Mai,". */
    private static final Pattern EARLIER_TIME = Pattern.compile("(?:In|En|Nel|Im|Em) (\\p{L}+|\\d{4}),");
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");

    /** How many words of an apposition may reach its organisation noun ("a regional development bank"). */
    private static final int MAX_DESCRIPTION_WORDS = 4;
    /** How many words a company's name in guillemets may have. */
    private static final int MAX_LEGAL_NAME_WORDS = 5;

    private CandidateReader() {
    }

    /**
     * The candidates of an article and the words it writes in lower case somewhere.
     *
     * @param candidates every capitalised run read as a name, in order
     * @param lowerCase  the words the article also writes in lower case, which are words rather than names
     */
    record Reading(List<NameCandidate> candidates, Set<String> lowerCase) {
    }

    /** Reads the article's names; {@code byline}, the page's author line or null, names people who are no actors. */
    static Reading read(SegmentedArticle text, String byline) {
        Set<Integer> starts = new HashSet<>();
        text.sentences().forEach(sentence -> starts.add(sentence.start()));
        text.quotations().forEach(quotation -> starts.add(quotation.textStart()));
        Set<String> lowerCase = new HashSet<>();
        Set<String> credited = new HashSet<>();
        if (byline != null) {
            Matcher name = FULL_NAME.matcher(byline);
            while (name.find()) {
                String found = name.group();
                int space = found.indexOf(' ');
                String credit = Lexicon.isCreditWord(found.substring(0, space)) ? found.substring(space + 1) : found;
                credited.add(NameMatcher.key(credit)); // "By Ann Roe": the name after the credit word
                credited.add(NameMatcher.surnameOf(credit));
            }
        }
        List<NameSpan> spans = new ArrayList<>();
        List<NameSpan> legalNames = new ArrayList<>();
        for (SegmentedArticle.Paragraph paragraph : text.paragraphs()) {
            if (paragraph.isHeading()) {
                continue;
            }
            List<Token> tokens = Tokenizer.words(text.body(), paragraph.start(), paragraph.end());
            if (PageClutter.isCredit(text.text(paragraph.start(), paragraph.end()))) {
                // Bylines and credits name the people who made the story, not those in it; nor are they in it
                // where an author box or a "Follow" link names them again.
                for (NameSpan span : NameSpanScanner.scan(text, paragraph.index(), tokens, starts)) {
                    if (span.to() - span.from() >= 2) {
                        String name = coreText(text.body(), tokens, span.from(), span.to());
                        credited.add(NameMatcher.key(name));
                        credited.add(NameMatcher.surnameOf(name));
                    }
                }
                continue;
            }
            boolean german = "de".equals(text.language());
            for (int j = 0; j < tokens.size(); j++) {
                Token token = tokens.get(j);
                if (!token.capitalised()) {
                    lowerCase.add(Lexicon.lower(token.text()));
                } else if (german && j > 0 && germanNounAfter(tokens.get(j - 1))) {
                    lowerCase.add(Lexicon.lower(token.text())); // "die Möglichkeit", "2,4 Millionen": a noun, no name
                }
            }
            spans.addAll(NameSpanScanner.scan(text, paragraph.index(), tokens, starts));
            legalNames.addAll(legalFormNames(text.body(), paragraph.index(), tokens));
        }
        SegmentedArticle.Sentence lede = text.lede();
        int datelineEnd = lede == null ? -1 : text.ledeStart(lede);
        List<NameCandidate> candidates = new ArrayList<>();
        for (NameSpan span : spans) {
            if (lede == null || span.start() < lede.start() || span.start() >= datelineEnd) {
                read(text, span, lowerCase, candidates); // the agency in a dateline publishes, it does not act
            }
        }
        for (NameSpan name : legalNames) {
            // The guillemets hold a name here, not a quotation: the organisation is named in the story's own words.
            candidates.add(make(text, name, NameCandidate.Kind.ORGANISATION, name.from(), name.to(), "").unquoted());
        }
        candidates.sort(Comparator.comparingInt(NameCandidate::start));
        splitJoinedNames(candidates);
        shareVerbs(text.body(), candidates);
        candidates.removeIf(candidate -> credited.contains(NameMatcher.key(candidate.core())));
        if (lede != null && datelineEnd > lede.start()) {
            // "PINE HOLLOW (Westwire) —": the dateline's place, written in capitals there, is no person elsewhere.
            String place = Lexicon.lower(text.text(lede.start(), datelineEnd).replaceAll("\\(.*?\\)|[—–,-]", " ")
                    .replaceAll("\\s+", " ").strip());
            candidates.removeIf(candidate -> Lexicon.lower(candidate.core()).equals(place));
        }
        return new Reading(candidates, lowerCase);
    }

    /**
     * "ООО «Северный картон»": the words in guillemets right after a legal form are a company's whole name, lower-case
     * words included, though a capitalised run would take only its first word.
     */
    private static List<NameSpan> legalFormNames(String body, int paragraph, List<Token> tokens) {
        List<NameSpan> names = new ArrayList<>();
        for (int j = 0; j + 1 < tokens.size(); j++) {
            if (!Lexicon.isLegalFormBeforeName(tokens.get(j).text())
                    || !body.substring(tokens.get(j).end(), tokens.get(j + 1).start()).strip().equals("«")) {
                continue;
            }
            for (int end = j + 1; end < Math.min(tokens.size(), j + 1 + MAX_LEGAL_NAME_WORDS); end++) {
                int gapEnd = end + 1 < tokens.size() ? tokens.get(end + 1).start() : body.length();
                String gap = body.substring(tokens.get(end).end(), gapEnd);
                if (gap.startsWith("»")) {
                    names.add(new NameSpan(paragraph, tokens, j + 1, end + 1, false, false));
                    break;
                }
                if (!gap.isBlank()) {
                    break; // other punctuation: no name in guillemets
                }
            }
        }
        return names;
    }

    /**
     * "Gannett and GateHouse Media" read as one organisation, as "Securities and Exchange Commission" is, are two when
     * the article also names "Gannett" alone.
     */
    private static void splitJoinedNames(List<NameCandidate> candidates) {
        Set<String> alone = new HashSet<>();
        for (NameCandidate candidate : candidates) {
            alone.add(NameMatcher.key(candidate.core()));
        }
        for (int i = 0; i < candidates.size(); i++) {
            NameCandidate joined = candidates.get(i);
            int and = joined.core().indexOf(" and ");
            if (joined.kind() != NameCandidate.Kind.ORGANISATION || and < 0
                    || !alone.contains(NameMatcher.key(joined.core().substring(0, and)))) {
                continue;
            }
            int right = and + " and ".length();
            candidates.set(i, joined.part(0, and, NameCandidate.Kind.NAME));
            candidates.add(i + 1, joined.part(right, joined.core().length(), NameCandidate.Kind.ORGANISATION));
            i++;
        }
    }

    /**
     * "Tom Ruiz, Ana Bel and trade envoy Rui Cho will meet": the verb after the last name of a list is every
     * listed name's.
     */
    private static void shareVerbs(String body, List<NameCandidate> candidates) {
        for (int i = candidates.size() - 2; i >= 0; i--) {
            NameCandidate name = candidates.get(i);
            NameCandidate next = candidates.get(i + 1);
            if (next.subject() && !name.subject() && !name.possessive() && name.end() < next.start()
                    && next.start() - name.end() < MAX_LIST_GAP
                    && LIST_SEPARATOR.matcher(body.substring(name.end(), next.start())).matches()) {
                candidates.set(i, name.sharingVerbOf(next));
            }
        }
    }

    /**
     * The index after the lower-case institution that a lone country or nationality names, or -1: "the US military",
     * "Iranian security forces", a state's organisation the article writes with a common noun.
     */
    private static int institutionEnd(String body, NameSpan span) {
        Token place = span.token(span.from());
        if (span.to() - span.from() != 1 || !(Lexicon.isDemonym(place.bare()) || Lexicon.isCountryCode(place.bare()))) {
            return -1;
        }
        int j = span.to();
        if (j + 1 < span.tokens().size() && span.token(j).text().equals("security")) {
            j++; // "security forces"
        }
        return j < span.tokens().size() && INSTITUTIONS.contains(span.token(j).text())
                && body.substring(place.end(), span.token(j).start()).matches(" (?:security )?") ? j + 1 : -1;
    }

    /** Whether a word has a capital inside, as companies write their names: "WeWork", "InfoNation". */
    static boolean isBrand(String word) {
        return BRAND.matcher(word).matches();
    }

    /** Reads one run, splitting it at possessives ("Trump’s Article") and, when it is no name as a whole, at "of". */
    private static void read(SegmentedArticle text, NameSpan span, Set<String> lowerCase, List<NameCandidate> out) {
        for (int j = span.from(); j < span.to() - 1; j++) {
            if (span.token(j).possessive()) {
                read(text, sub(span, span.from(), j + 1), lowerCase, out);
                read(text, sub(span, j + 1, span.to()), lowerCase, out);
                return;
            }
        }
        int from = span.from();
        int to = span.to();
        int institution = institutionEnd(text.body(), span);
        if (institution > 0) {
            out.add(make(text, span, NameCandidate.Kind.ORGANISATION, from, institution, "")); // "the US military said"
            return;
        }
        SegmentedArticle.Sentence sentence = span.sentenceInitial()
                && FIRST_NAMES_LIKE_WORDS.contains(span.token(from).text()) ? text.sentenceAt(span.start()) : null;
        boolean question = sentence != null && text.isQuestion(sentence); // "Will Roe resign?"
        while (from < to && dropsFromStart(span, from, lowerCase, "de".equals(text.language()), question)) {
            from++;
        }
        while (to > from && (!span.token(to - 1).capitalised() || functionWord(span.token(to - 1))
                || to - from > 2 && GENERATIONAL.contains(span.token(to - 1).text()))) {
            to--; // "Patrick W. Carlineo Jr.": the surname is the word before the suffix
        }
        if (from >= to) {
            return;
        }
        if (to - from >= 3 && (Lexicon.isDemonym(span.token(from).bare()) || Lexicon.isRoleModifier(span.token(from).bare()))
                && personOrName(text.body(), span.tokens(), from + 1, to, false) == NameCandidate.Kind.PERSON) {
            from++; // "American Kevin King", "Republican Phil Bryant": a nationality or party, then the person
        }
        if (introducedAsOrganisation(text.body(), span.tokens(), from) && !RoleFinder.isTitle(span.token(from))
                && !Lexicon.isPlace(coreText(text.body(), span.tokens(), from, to))) {
            out.add(make(text, span, NameCandidate.Kind.ORGANISATION, from, to, "")); // "the group Doctors for Reform"
            return;
        }
        for (int j = from + 2; j < to - 1; j++) {
            if (SPLITTING_PARTICLES.contains(span.token(j).text())
                    && personOrName(text.body(), span.tokens(), from, j, false) == NameCandidate.Kind.PERSON
                    && !hasOrgKeyword(span.tokens(), from, j)) {
                // "Maren Toft of the Polar Institute": a person of an organisation, two names.
                read(text, sub(span, from, j), lowerCase, out);
                read(text, sub(span, span.tokens().get(j + 1).text().equals("the") ? j + 2 : j + 1, to), lowerCase, out);
                return;
            }
        }
        NameCandidate candidate = candidate(text, span, from, to, lowerCase);
        if (candidate != null) {
            out.add(candidate);
            return;
        }
        for (int j = from + 1; j < to - 1; j++) {
            if (SPLITTING_PARTICLES.contains(span.token(j).text())) {
                read(text, sub(span, from, j), lowerCase, out);
                read(text, sub(span, j + 1, to), lowerCase, out);
                return;
            }
        }
    }

    /** Whether German writes a common noun after this word: an article or determiner, or a number. */
    private static boolean germanNounAfter(Token previous) {
        return !previous.capitalised() && (Lexicon.isDeterminer(previous.text()) || GERMAN_ARTICLES.contains(previous.text()))
                || Character.isDigit(previous.text().charAt(previous.text().length() - 1));
    }

    /** Whether a lower-case noun of organisations stands right before the name: "the startup Nuro", "la empresa X". */
    private static boolean introducedAsOrganisation(String body, List<Token> tokens, int from) {
        if (from == 0) {
            return false;
        }
        Token before = tokens.get(from - 1);
        return !before.capitalised() && Lexicon.isOrgNoun(before.text())
                && body.substring(before.end(), tokens.get(from).start()).equals(" ");
    }

    /**
     * Whether the word at {@code index} is no part of a name: a function word, or the first word of a sentence that
     * the article also writes in lower case ("Earlier", "Leaders"), or of a {@code question} ("Will"). A capital "The"
     * inside a sentence is kept, as in "The Times".
     */
    private static boolean dropsFromStart(NameSpan span, int index, Set<String> lowerCase, boolean german,
                                          boolean question) {
        Token token = span.token(index);
        String word = token.text();
        if (!token.capitalised()) {
            return true;
        }
        boolean initial = index == span.from() && span.sentenceInitial();
        if (FIRST_NAMES_LIKE_WORDS.contains(word) && index + 1 < span.to() && span.token(index + 1).capitalised()) {
            return initial && question; // "said Will Moy", but "Will Warren attack?" asks
        }
        if (german && index + 1 < span.to() && GERMAN_ARTICLES.contains(Lexicon.lower(word))) {
            return true; // "Der Verein", "Jeder Euro": a German article opens a noun, not a name
        }
        if (initial) {
            if (startsKnownName(span, index)) {
                return false; // "New York Times said", "New Zealand"
            }
            return functionWord(token) || !token.allCaps() && lowerCase.contains(Lexicon.lower(word))
                    || index + 1 < span.to() && INFLECTED.matcher(word).matches(); // "Getting Disney…", "Asked…"
        }
        return functionWord(token) && !word.equals("The");
    }

    /** A function word, unless written as an acronym ("WHO", "US" are names), or a contraction of "I" ("I’m"). */
    private static boolean functionWord(Token token) {
        return Lexicon.isFunctionWord(token.text()) && !(token.allCaps() && token.bare().length() >= 2)
                || FIRST_PERSON.matcher(token.text()).matches();
    }

    /** Whether the run from {@code index} begins with a known place or organisation of two or three words. */
    private static boolean startsKnownName(NameSpan span, int index) {
        for (int end = index + 2; end <= Math.min(span.to(), index + 3); end++) {
            String words = span.tokens().subList(index, end).stream().map(Token::bare)
                    .reduce((a, b) -> a + " " + b).orElse("");
            if (Lexicon.isPlace(words) || Lexicon.isKnownOrganisation(words) || Lexicon.isPublication(words)) {
                return true;
            }
        }
        return false;
    }

    private static NameSpan sub(NameSpan span, int from, int to) {
        return new NameSpan(span.paragraph(), span.tokens(), from, to, span.sentenceInitial() && from == span.from(),
                span.quoted());
    }

    /** Reads {@code tokens[from, to)} as a name, or returns null when it is none (a place, a date, an event). */
    private static NameCandidate candidate(SegmentedArticle text, NameSpan span, int from, int to, Set<String> lowerCase) {
        String body = text.body();
        List<Token> tokens = span.tokens();
        if (Lexicon.isKnownOrganisation(coreText(body, tokens, from, to))) {
            return make(text, span, NameCandidate.Kind.ORGANISATION, from, to, "");
        }
        if (to - from >= 2 && Lexicon.isOrgKeyword(tokens.get(to - 1).bare()) && !RoleFinder.isTitle(tokens.get(to - 2))
                && !Lexicon.isPlace(coreText(body, tokens, from, to))) { // "West Bank" is a place
            return make(text, span, NameCandidate.Kind.ORGANISATION, from, to, ""); // "Riverside General Hospital"
        }
        int title = titleEnd(tokens, from, to);
        int nameFrom = title + 1 > from ? title + 1 : from;
        if (tokens.get(nameFrom).text().equals("The")) {
            // A capital "The" inside a sentence belongs to organisations ("The Times"), to nothing else.
            if (nameFrom + 1 >= to) {
                return null;
            }
            String rest = coreText(body, tokens, nameFrom + 1, to);
            if (!Lexicon.isKnownOrganisation(rest) && !Lexicon.isPublication(rest) && !hasOrgKeyword(tokens, nameFrom + 1, to)) {
                nameFrom++;
            }
        }
        boolean outsideSpan = from == span.from();
        String role = title >= 0
                ? RoleFinder.before(body, tokens, outsideSpan ? 0 : from, from, nameFrom)
                : outsideSpan ? RoleFinder.before(body, tokens, 0, nameFrom, nameFrom) : "";
        boolean titled = title >= 0 || outsideSpan && nameFrom > 0 && RoleFinder.isTitle(tokens.get(nameFrom - 1))
                && body.substring(tokens.get(nameFrom - 1).end(), tokens.get(nameFrom).start()).strip().length() <= 1;
        if (to - nameFrom >= 3 && Lexicon.isPlace(tokens.get(nameFrom).bare()) && !titled) {
            nameFrom++; // "ambassador to Ukraine Marie Yovanovitch": the place ends the role, the name follows
        }
        boolean publication = to - nameFrom == 1 && Lexicon.isPublication(tokens.get(nameFrom).bare()) && nameFrom > 0
                && tokens.get(nameFrom - 1).text().equals("The");
        if (publication) {
            return make(text, span, NameCandidate.Kind.ORGANISATION, nameFrom - 1, to, ""); // "The Times"
        }
        NameCandidate.Kind kind = classify(body, tokens, nameFrom, to, titled);
        if (kind == NameCandidate.Kind.PERSON && !titled && allCommonWords(tokens, nameFrom, to, lowerCase)) {
            kind = null; // "Best Buy", "Solar System", "Wireless Charging Pad": words the article also uses as words
        }
        if (kind == null) {
            if (to - from >= 2 && Lexicon.isKnownOrganisation(tokens.get(from).text())) {
                // "Apple Arcade", "Google Stadia": a product named after its maker.
                return make(text, span, NameCandidate.Kind.ORGANISATION, from, from + 1, "");
            }
            return null;
        }
        if (kind == NameCandidate.Kind.PERSON && role.isEmpty()) {
            SegmentedArticle.Sentence sentence = text.sentenceAt(tokens.get(to - 1).start());
            role = RoleFinder.after(body, tokens.get(to - 1).end(),
                    sentence == null ? text.paragraph(span.paragraph()).end() : sentence.end());
        }
        return make(text, span, kind, nameFrom, to, role);
    }

    /**
     * The index of the last word of a title inside the run ("UK Prime Minister" in "UK Prime Minister Keir Starmer"),
     * or -1. A title never takes the run's last word, which must be left for the name.
     */
    private static int titleEnd(List<Token> tokens, int from, int to) {
        int title = -1;
        for (int j = from; j < to - 1; j++) {
            if (RoleFinder.isTitle(tokens.get(j))) {
                title = j;
            }
        }
        if (title >= 0 && to - title > 3 && SPLITTING_PARTICLES.contains(tokens.get(title + 1).text())) {
            // "Secretary of State Antony Blinken": the title runs on to the word after "of".
            int next = tokens.get(title + 2).text().equals("the") ? title + 3 : title + 2;
            title = next < to - 1 ? next : title;
        }
        return title;
    }

    private static NameCandidate make(SegmentedArticle text, NameSpan span, NameCandidate.Kind kind, int from, int to,
                                      String role) {
        List<Token> tokens = span.tokens();
        Token last = tokens.get(to - 1);
        String body = text.body();
        // "The Harbour Guild, founded in 1990, said", "the group Doctors for Reform, D4R, has offered": the verb after
        // the apposition is the name's.
        boolean described = describedAsOrganisation(body, tokens, to);
        int verb = opensClause(text, span) || introducedAsOrganisation(body, tokens, from) || described
                ? verbAfterApposition(text, tokens, to, inApposition(text, span)) : -1;
        NameCandidate.Kind read = kind == NameCandidate.Kind.NAME && described ? NameCandidate.Kind.ORGANISATION : kind;
        boolean introduced = introducedBySpeech(text, tokens, from);
        // "Roe’s comments": a possessive qualifies the noun after it; "the plan, which Roe announced": background.
        boolean clauseSubject = !last.possessive() && !inRelativeClause(text, span);
        boolean speaks = introduced || clauseSubject && (verb >= 0 && Speech.isVerb(tokens.get(verb).text())
                || verbFollows(body, tokens, to, word -> Speech.isVerb(word)));
        return new NameCandidate(read, coreText(body, tokens, from, to), role, tokens.get(from).start(), last.end(),
                text.insideQuotation(tokens.get(from).start()), last.possessive(),
                clauseSubject && (verbFollows(body, tokens, to, Lexicon::isActingVerb) || verb >= 0) || introduced,
                clauseSubject && (subject(body, tokens, to) || verb >= 0 || pluralVerbAfterPair(body, span, to))
                        || agent(tokens, from) || introduced, speaks,
                agent(tokens, from) || verbFollows(body, tokens, to, REPORTING::contains), located(tokens, from),
                actedOn(body, tokens, span.from(), kind == NameCandidate.Kind.COUNTRY),
                late(tokens, span.from()) || verbFollows(body, tokens, to, BACKGROUND_SPEECH::contains)
                        ? NameCandidate.Time.HISTORY
                        : pluperfect(body, tokens, to) || inEarlierTime(text, tokens, from) || inQuestion(text, span)
                        ? NameCandidate.Time.BACKGROUND : NameCandidate.Time.EVENTS);
    }

    /**
     * Whether the name stands in a paragraph that ends in a question, an interviewer's turn or a question to the
     * reader ("Your predecessor, Ann Roe, signed it. Have you spoken to her?"), which asks about it: no event.
     */
    private static boolean inQuestion(SegmentedArticle text, NameSpan span) {
        SegmentedArticle.Paragraph paragraph = text.paragraph(span.paragraph());
        SegmentedArticle.Sentence last = text.sentenceAt(paragraph.end() - 1);
        return last != null && text.isQuestion(last);
    }

    /** Whether the pluperfect follows the name, which tells what came before the story: "Roe had said". */
    private static boolean pluperfect(String body, List<Token> tokens, int to) {
        return to + 1 < tokens.size() && PLUPERFECT.contains(tokens.get(to).text())
                && body.substring(tokens.get(to - 1).end(), tokens.get(to).start()).isBlank()
                && !tokens.get(to + 1).capitalised() && !Lexicon.isFunctionWord(tokens.get(to + 1).text());
    }

    /**
     * Whether the name's sentence opens with an earlier month or year, "In May, Roe said", "En 2019, Roe firmó": the
     * background of the story's events, which a news story tells by the day.
     */
    private static boolean inEarlierTime(SegmentedArticle text, List<Token> tokens, int from) {
        SegmentedArticle.Sentence sentence = text.sentenceAt(tokens.get(from).start());
        if (sentence == null) {
            return false;
        }
        Matcher opener = EARLIER_TIME.matcher(text.body())
                .region(sentence.start(), Math.min(sentence.end(), tokens.get(from).start()));
        return opener.lookingAt() && (Lexicon.isCalendarWord(opener.group(1)) || YEAR.matcher(opener.group(1)).matches());
    }

    private static NameCandidate.Kind classify(String body, List<Token> tokens, int from, int to, boolean titled) {
        String core = coreText(body, tokens, from, to);
        if (tokens.get(from).text().equals("The")) {
            return NameCandidate.Kind.ORGANISATION;
        }
        if (Lexicon.isKnownOrganisation(core)) {
            return NameCandidate.Kind.ORGANISATION;
        }
        if (Lexicon.isPlace(core)) {
            return Lexicon.isCountry(core) ? NameCandidate.Kind.COUNTRY : null;
        }
        if (to - from >= 2 && tokens.get(from).allCaps() && core.matches("\\p{Lu}+&\\p{Lu}+")) {
            return NameCandidate.Kind.ORGANISATION; // "PG&E", "AT&T"
        }
        Token last = tokens.get(to - 1);
        if (Lexicon.isNonActorWord(last.bare()) || Lexicon.isCalendarWord(last.bare()) || RoleFinder.isTitle(last)
                || last.bare().length() == 1) {
            return null; // a place or event, a title without a name ("Senate Leader"), "Group C"
        }
        if (to - from >= 2 && (hasOrgKeyword(tokens, from, to) || core.contains("&") || Lexicon.isOutlet(core))) {
            return NameCandidate.Kind.ORGANISATION; // "Bank of England", "Ernst & Young", "Evening Ledger"
        }
        if (Lexicon.isPlacePrefix(tokens.get(from).text()) && to - from >= 2) {
            return null; // "St. Louis", "Fort Worth", "San Diego"
        }
        if (to - from >= 2 && !titled && companyWords(tokens, from, to)) {
            return NameCandidate.Kind.ORGANISATION; // "Home Depot", "National Grid": no person's name has these words
        }
        if (to - from == 1 && last.allCaps() && last.bare().length() >= 2 && last.bare().length() <= 6
                && last.bare().chars().allMatch(Character::isLetter)
                && !Lexicon.isNonOrgAcronym(last.bare()) && !Lexicon.isPlace(last.bare())) {
            return NameCandidate.Kind.ACRONYM;
        }
        return personOrName(body, tokens, from, to, titled);
    }

    /** Two to four name words make a person; one makes a person after a title, otherwise a name to match later. */
    private static NameCandidate.Kind personOrName(String body, List<Token> tokens, int from, int to, boolean titled) {
        if (to - from == 1 && isBrand(tokens.get(from).bare())) {
            return NameCandidate.Kind.NAME; // "WeWork", "SoftBank": no person's name, perhaps a company's
        }
        int words = 0;
        boolean surname = false;
        for (int j = from; j < to; j++) {
            Token token = tokens.get(j);
            if (!token.capitalised() && j > from && !SPLITTING_PARTICLES.contains(token.text())) {
                continue; // a particle: "von der Leyen"; but "Brian Batko of the Post" is two names
            }
            if (!nameWord(token)) {
                return null;
            }
            words++;
            surname |= token.bare().length() > 1;
        }
        if (!surname || words > 4 || tokens.get(to - 1).bare().length() == 1 || Lexicon.isPlace(tokens.get(to - 1).bare())
                || Lexicon.isKnownOrganisation(tokens.get(from).bare())) {
            return null; // a place, or a product named after its maker ("Amazon Music Unlimited")
        }
        for (int j = from + 2; j <= to; j++) {
            if (Lexicon.isPlace(coreText(body, tokens, from, j))) {
                return null; // "Los Angeles ...", "New York ..."
            }
        }
        if (words >= 2) {
            return NameCandidate.Kind.PERSON;
        }
        return titled ? NameCandidate.Kind.PERSON : NameCandidate.Kind.NAME;
    }

    /** Whether every word of {@code tokens[from, to)} also appears in lower case in the article. */
    private static boolean allCommonWords(List<Token> tokens, int from, int to, Set<String> lowerCase) {
        for (int j = from; j < to; j++) {
            if (!lowerCase.contains(Lexicon.lower(tokens.get(j).bare()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean nameWord(Token token) {
        String word = token.bare();
        if (word.length() == 1) {
            return Character.isUpperCase(word.charAt(0));
        }
        if (!token.capitalised() || token.allCaps()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.') {
                return false;
            }
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(word.charAt(i - 1))
                    && !NAME_PREFIX.matcher(word.substring(0, i)).matches()) {
                return false; // "MacBook", "AirPods": brands, whereas "McDonald" and "DeSantis" are names
            }
        }
        return FIRST_NAMES_LIKE_WORDS.contains(word)
                || !Lexicon.isFunctionWord(word) && !Lexicon.isCalendarWord(word) && !Lexicon.isDemonym(word)
                && !Lexicon.isOrgKeyword(word) && !Lexicon.isNonActorWord(word) && !Lexicon.isRoleHead(word)
                && !Lexicon.isRoleModifier(word) && !Lexicon.isCountryCode(word);
    }

    /** Whether a word of roles stands in the name without being a title: "Home" in "Home Depot". */
    private static boolean companyWords(List<Token> tokens, int from, int to) {
        boolean modifier = false;
        for (int j = from; j < to; j++) {
            Token token = tokens.get(j);
            if (RoleFinder.isTitle(token) || !token.capitalised() || token.allCaps()) {
                return false;
            }
            modifier |= Lexicon.isRoleModifier(token.bare());
        }
        return modifier;
    }

    private static boolean hasOrgKeyword(List<Token> tokens, int from, int to) {
        for (int j = from; j < to; j++) {
            if (tokens.get(j).capitalised() && Lexicon.isOrgKeyword(tokens.get(j).bare())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb follows the name, as it follows a subject: a verb of action, an auxiliary or modal, or a word
     * inflected like a verb ("WeWork declined", "the hospital will close", "Nadal kept").
     */
    private static boolean subject(String body, List<Token> tokens, int to) {
        if (to >= tokens.size() || !body.substring(tokens.get(to - 1).end(), tokens.get(to).start()).isBlank()) {
            return false;
        }
        Token next = tokens.get(to);
        String word = next.text();
        if (COPULAS.contains(word) || Lexicon.isPreVerb(word) && to + 1 < tokens.size()
                && COPULAS.contains(tokens.get(to + 1).text())) {
            return verbAfterCopula(tokens, COPULAS.contains(word) ? to + 1 : to + 2); // "Roe was", "Roe has been"
        }
        return !next.capitalised() && (Lexicon.isActingVerb(word) || Lexicon.isPreVerb(word)
                || Speech.isVerb(word) || !Lexicon.isFunctionWord(word) && VERB_FORM.matcher(word).matches());
    }

    /**
     * Whether a verb follows a form of "be" (a passive or progressive: "Roe was elected", "Roe is seeking"): a state
     * such as "Roe has been eager" or "Roe is popular" is no part in the events.
     */
    private static boolean verbAfterCopula(List<Token> tokens, int j) {
        while (j < tokens.size() && (tokens.get(j).text().equals("been") || Lexicon.isPreVerb(tokens.get(j).text())
                || ADVERB.matcher(tokens.get(j).text()).matches())) {
            j++;
        }
        if (j >= tokens.size()) {
            return false;
        }
        String word = tokens.get(j).text();
        return word.endsWith("ing") || Lexicon.isActingVerb(word) || Speech.isVerb(word) || word.equals("to")
                || !Lexicon.isFunctionWord(word) && VERB_FORM.matcher(word).matches();
    }

    /**
     * Whether the run ends a pair of names ("Ruiz and trade envoy Rui Cho") and a plain word follows it with its
     * object, as the plural verb of both does: "Ruiz and Cho recognize that…", "Ruiz and Cho want the deal".
     */
    private static boolean pluralVerbAfterPair(String body, NameSpan span, int to) {
        int and = span.from() - 1;
        while (and > 0 && span.from() - and <= MAX_LOWER_CASE_ROLE_WORDS && !span.token(and).capitalised()
                && !Lexicon.isFunctionWord(span.token(and).text())) {
            and--; // "Ruiz and trade envoy Rui Cho"
        }
        if (and < 1 || to + 1 >= span.tokens().size() || !PAIR_JOINERS.contains(span.token(and).text())
                || !OBJECT_OPENERS.contains(span.token(to + 1).text())
                || !span.token(and - 1).capitalised()
                || !body.substring(span.token(and - 1).end(), span.token(and + 1).start())
                .equals(" " + span.token(and).text() + " ")
                || !body.substring(span.token(to - 1).end(), span.token(to).start()).equals(" ")) {
            return false;
        }
        String word = span.token(to).text();
        return word.length() >= 3 && word.chars().allMatch(Character::isLowerCase) && !Lexicon.isFunctionWord(word)
                && !word.endsWith("s");
    }

    /**
     * Whether a verb of speech introduces the name, as in "said study co-author Ann Roe" or "according to Ann Roe": the
     * verb stands a few words before it in the sentence, with only a role between.
     */
    private static boolean introducedBySpeech(SegmentedArticle text, List<Token> tokens, int from) {
        SegmentedArticle.Sentence sentence = text.sentenceAt(tokens.get(from).start());
        int sentenceStart = sentence == null ? 0 : sentence.start();
        for (int j = from - 1; j >= Math.max(0, from - MAX_LEAD_IN_WORDS) && tokens.get(j).start() >= sentenceStart; j--) {
            Token word = tokens.get(j);
            String gap = text.body().substring(word.end(), tokens.get(j + 1).start()).strip();
            if (!gap.isEmpty() && !gap.equals(",")) {
                return false;
            }
            if (Speech.isVerb(word.text())) {
                return !ADDRESSING.contains(Lexicon.lower(word.text())) && !text.insideQuotation(word.start());
            }
            if (Speech.isAccording(tokens, j)
                    || word.text().equals("so") && "de".equals(text.language()) && j > 0
                    && text.body().substring(tokens.get(j - 1).end(), word.start()).strip().endsWith(",")) {
                return true; // "según Ana Roe", "laut Roe", "«…», so Kämmerer Ann Roe"
            }
            boolean roleWord = word.capitalised() ? RoleFinder.isTitle(word) : !Lexicon.isFunctionWord(word.bare())
                    || LEAD_IN_WORDS.contains(word.text()) || word.possessive();
            if (!roleWord) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the run stands in a relative clause ("where Ann Roe unveiled it", "on whose board Roe sat"), which tells
     * the background of something else.
     */
    private static boolean inRelativeClause(SegmentedArticle text, NameSpan span) {
        SegmentedArticle.Sentence sentence = text.sentenceAt(span.start());
        int sentenceStart = sentence == null ? 0 : sentence.start();
        for (int j = span.from() - 1; j >= Math.max(0, span.from() - MAX_CLAUSE_WORDS); j--) {
            Token word = span.token(j);
            if (word.start() < sentenceStart) {
                return false;
            }
            if (RELATIVE_PRONOUNS.contains(word.text())) {
                return true;
            }
            String gap = text.body().substring(word.end(), span.token(j + 1).start());
            if (!gap.isBlank()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a verb of action stands right before the run, as before its object: "defeated Ann Roe". A country
     * needs a verb of the list ("invaded Chile", "accused Chile"): aid "reached" it, a team "visited" it.
     */
    private static boolean actedOn(String body, List<Token> tokens, int from, boolean country) {
        if (from == 0 || !body.substring(tokens.get(from - 1).end(), tokens.get(from).start()).isBlank()) {
            return false;
        }
        Token verb = tokens.get(from - 1);
        String word = Lexicon.lower(verb.text());
        if (DEEDS_OF_WORDS.contains(word)) {
            return true; // "accused China", "praised Ann Roe"; not "told Reuters" or "a course called Ann Roe"
        }
        return !verb.capitalised() && !Speech.isVerb(verb.text()) && !Lexicon.isFunctionWord(verb.text())
                && (Lexicon.isActingVerb(verb.text()) || !country && VERB_FORM.matcher(verb.text()).matches());
    }

    /** Whether "the late" stands before the run: "the late Sen. Ann Roe". */
    private static boolean late(List<Token> tokens, int from) {
        return from >= 2 && tokens.get(from - 1).text().equals("late") && tokens.get(from - 2).text().equalsIgnoreCase("the");
    }

    /** Whether a comma stands right before the run, as before a name in apposition: "The mayor, Ann Roe, …". */
    private static boolean inApposition(SegmentedArticle text, NameSpan span) {
        return span.from() > 0
                && text.body().substring(span.token(span.from() - 1).end(), span.start()).strip().equals(",");
    }

    /**
     * Whether an apposition after the name describes an organisation: "Velda, a software company, said", "o Velda, o
     * banco de fomento, aprovou". Up to {@link #MAX_DESCRIPTION_WORDS} lower-case words after the comma, one of them
     * a noun that introduces an organisation.
     */
    private static boolean describedAsOrganisation(String body, List<Token> tokens, int to) {
        if (to >= tokens.size() || !body.substring(tokens.get(to - 1).end(), tokens.get(to).start()).equals(", ")) {
            return false;
        }
        for (int j = to; j < Math.min(tokens.size(), to + MAX_DESCRIPTION_WORDS); j++) {
            if (tokens.get(j).capitalised()
                    || j > to && !body.substring(tokens.get(j - 1).end(), tokens.get(j).start()).equals(" ")) {
                return false;
            }
            if (Lexicon.isOrgNoun(tokens.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the run opens a sentence or a clause ("…, Ann Roe, the attorney, said"), where a subject stands. */
    private static boolean opensClause(SegmentedArticle text, NameSpan span) {
        if (span.from() == 0) {
            return true;
        }
        SegmentedArticle.Sentence sentence = text.sentenceAt(span.start());
        if (sentence != null && sentence.start() == span.start()) {
            return true;
        }
        String gap = text.body().substring(span.token(span.from() - 1).end(), span.start()).strip();
        return !gap.isEmpty() && ",\"”»".indexOf(gap.charAt(gap.length() - 1)) >= 0;
    }

    /**
     * The index of the verb that follows the name's apposition, as it follows a subject, or -1: "Ann Roe, the county's
     * attorney, said", "Rep. Ann Roe (D-NY), chairman of the panel, was", "l'assessora, Ann Roe, ha annunciato".
     */
    private static int verbAfterApposition(SegmentedArticle text, List<Token> tokens, int to, boolean inApposition) {
        String body = text.body();
        int j = to;
        while (j < tokens.size() && GENERATIONAL.contains(tokens.get(j).text())) {
            j++; // "Ann Roe Jr., the attorney, said"
        }
        if (j < tokens.size() && body.substring(tokens.get(j - 1).end(), tokens.get(j).start()).strip().startsWith("(")) {
            while (j < tokens.size() && body.indexOf(')', tokens.get(j - 1).end()) > tokens.get(j).start()) {
                j++; // "(D-NY)"
            }
        }
        boolean parenthesis = j > to; // "(D-NY)," closes what it opened; a bare ")," ends a bracket the name is in
        String gap = j < tokens.size() ? body.substring(tokens.get(j - 1).end(), tokens.get(j).start()).strip() : "";
        if (!(gap.equals(",") || gap.equals(".,") || parenthesis && gap.endsWith(",") && gap.startsWith(")"))) {
            return -1;
        }
        SegmentedArticle.Sentence sentence = text.sentenceAt(tokens.get(to - 1).start());
        int end = sentence == null ? body.length() : sentence.end();
        if (verbAt(tokens, j) || inApposition && !tokens.get(j).capitalised() && !Lexicon.isFunctionWord(tokens.get(j).text())
                && Character.isLetter(tokens.get(j).text().charAt(0))) {
            return j; // "El alcalde, Tomás Arjona, pidió": after a name in apposition, the next word is the verb
        }
        boolean clause = false;
        for (int k = j + 1; k < Math.min(tokens.size(), j + MAX_APPOSITION_WORDS) && tokens.get(k).start() < end; k++) {
            String between = body.substring(tokens.get(k - 1).end(), tokens.get(k).start()).strip();
            if (between.equals(",") && verbAt(tokens, k)) {
                return k; // "Ann Roe, a fellow at the institute in Munich, Germany, and co-author, said"
            }
            // "Ann Roe, a lawyer who said" is the relative clause's verb; without one, the comma may be left out:
            // "Ann Roe, an analyst at the Harlow think tank told the Courier".
            clause |= CLAUSE_OPENERS.contains(tokens.get(k).text());
            if (!clause && between.isEmpty() && Speech.isVerb(tokens.get(k).text()) && !tokens.get(k).capitalised()) {
                return k;
            }
            if (!between.isEmpty() && !between.equals(",") && !between.equals("-") && !between.equals("'")
                    && !between.equals("’")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the word at {@code j} is a verb as it follows a subject: "said", "was", "ha annunciato". */
    private static boolean verbAt(List<Token> tokens, int j) {
        if (j >= tokens.size() || tokens.get(j).capitalised()) {
            return false;
        }
        String word = tokens.get(j).text();
        return Speech.isVerb(word) || Lexicon.isActingVerb(word) || Lexicon.isPreVerb(word)
                || word.length() > 1 && Lexicon.isAuxiliary(word) // "ha annunciato", not the "a" of "Ann Roe, a lawyer"
                || !Lexicon.isFunctionWord(word) && VERB_FORM.matcher(word).matches();
    }

    /**
     * Whether a verb that passes {@code verbs} follows the name, perhaps after auxiliaries: "Ann Roe said",
     * "NBC News has reported".
     */
    private static boolean verbFollows(String body, List<Token> tokens, int to, Predicate<String> verbs) {
        int j = to;
        while (j < tokens.size() && (Lexicon.isPreVerb(tokens.get(j).text()) || Lexicon.isAuxiliary(tokens.get(j).text())
                || ADVERB.matcher(tokens.get(j).text()).matches())
                && body.substring(tokens.get(j - 1).end(), tokens.get(j).start()).isBlank()) {
            j++; // "Roe has said", "Roe reportedly agreed"
        }
        return j < tokens.size() && body.substring(tokens.get(j - 1).end(), tokens.get(j).start()).isBlank()
                && verbs.test(tokens.get(j).text());
    }

    /** Whether the name is the agent of a passive or a deed: "released by Downing Street", "a review by the CQC". */
    private static boolean agent(List<Token> tokens, int from) {
        int by = from >= 1 && tokens.get(from - 1).text().equals("the") ? from - 2 : from - 1;
        return by >= 0 && tokens.get(by).text().equals("by");
    }

    /** Whether a preposition of place stands before the name: "in Rotterdam", "near Pine Hollow". */
    private static boolean located(List<Token> tokens, int from) {
        return from >= 1 && Lexicon.isPlacePreposition(tokens.get(from - 1).text());
    }

    /** The words {@code [from, to)} as written, without the possessive ending of the last. */
    private static String coreText(String body, List<Token> tokens, int from, int to) {
        return body.substring(tokens.get(from).start(), tokens.get(to - 1).start()) + tokens.get(to - 1).bare();
    }
}
