package dev.briefs.engine.extractive;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the capitalised runs of an article as names, the first stage of finding its people and organisations: runs
 * are cut at possessives and particles, sentence-initial words the article also writes in lower case are dropped, a
 * nationality before an institution makes an organisation ("the US military"), and the words of a list share the
 * verb after its last name. What each run is, {@link NameTyping} decides; its part in its clause, {@link ClauseReader}.
 * Bylines and credits are not read, and nor is the place of a dateline.
 */
final class CandidateReader {

    /** Two or more capitalised words in a row, as an author line writes its names: "By Ann Roe · Courier". */
    private static final Pattern FULL_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)+");
    /**
     * What separates the names of a list, the title of the next included: ", ", " and US envoy ", " and Chinese
     * leader ", " y ", " und ". The words of the title are in the group.
     */
    private static final Pattern LIST_SEPARATOR = Pattern.compile(
            "(?:,?\\s+(?:and|y|e|et|und|и)\\s+|,\\s*)((?:[\\p{L}.'’-]+\\s+){0,4})");
    private static final int MAX_LIST_GAP = 60;
    /** The words of an office holder's name after the department: a given name and a surname. */
    private static final int HOLDER_WORDS = 2;
    /**
     * What joins a person to the organisation they speak for, perhaps with a place no name was read from: "Ann Roe of
     * the Health Department", "Ann Roe of the Michigan Department of Health".
     */
    private static final Pattern PERSON_OF = Pattern.compile("\\s+(?:of|for|at)\\s+(?:the\\s+)?(?:\\p{Lu}\\p{L}*\\s+){0,2}");
    /** A place after an organisation, then the next word: " in the UK told", " at Kell Point said". */
    private static final Pattern PLACE_THEN_WORD = Pattern.compile(
            "\\s+(?:in|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2}\\s+(\\p{Ll}+)");
    /** Common nouns of a state's institutions, which a nationality before them names: "the US military". */
    private static final Set<String> INSTITUTIONS = Set.of("military", "army", "navy", "police", "government", "forces",
            "authorities", "embassy", "ministry", "regime", "coastguard");
    /** "I’m", "I'd", "I’ve", "I’ll": the first person, never a name. */
    private static final Pattern FIRST_PERSON = Pattern.compile("I['’](?:m|d|ve|ll|s)");
    /** German articles and determiners, before which a capitalised word is a noun. */
    private static final Set<String> GERMAN_ARTICLES = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keiner", "jede", "jeder", "jedes", "diese",
            "dieser", "dieses", "mehrere", "viele", "alle", "sämtliche", "zum", "zur", "im", "am", "vom", "beim");
    /** Verb and adverb forms that open sentences ("Getting", "Asked", "Notably") but start no name. */
    private static final Pattern INFLECTED = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:ing|ed|ly)");
    /** The particles of other languages between a person and their organisation: "von der Klinik", "de la Universidad". */
    private static final Set<String> ORGANISATION_PARTICLES = Set.of("von", "vom", "de", "del", "della", "di", "du", "da",
            "do", "dos", "des");
    /** An elided article or preposition of one letter before a noun: "l'associazione «…»". */
    /** A Russian patronymic ("Иванович", "Петровна"), which stands between a first name and a surname. */
    private static final Pattern PATRONYMIC = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ович|евич|ьич|овна|евна|ична|инична)");
    /** A Russian surname's ending: "Самсонов", "Сорокина", "Бережной", "Ковальский", "Гладышев". */
    private static final Pattern RUSSIAN_SURNAME = Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|ой|ая|ий|ых|их|ко|ук|юк)");
    private static final Pattern ELIDED_LETTER = Pattern.compile("^\\p{L}[’']");
    /** The articles and prepositions French and Italian elide before a name: "l'ARS", "dell'Università". */
    private static final Set<String> ELIDED = Set.of("l", "d", "dell", "dall", "nell", "sull", "all", "coll", "un", "qu");
    /**
     * The small words title case capitalises and running text does not: one inside a run of capitals makes it the
     * title of a work ("Star Trek Into Darkness", "Star Trek Beyond", "Made In Chelsea").
     */
    private static final Set<String> TITLE_CASE_WORDS = Set.of("Into", "Beyond", "With", "Without", "From", "Upon",
            "Under", "Over", "Against", "Through", "Between", "Before", "After", "Behind", "About", "Is", "Are", "Was",
            "Were", "Be", "Not", "Or", "Nor", "To", "In", "On", "By", "A", "An", "Me", "You", "My", "Your", "We", "It");
    /** The endings a German adjective takes before a noun at a sentence's start ("Neue", "Großen", "Weiteres"). */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("en", "es", "e");
    /** The forms of the same adjective the article may write in lower case: the bare stem and its endings. */
    private static final List<String> ADJECTIVE_FORMS = List.of("", "e", "en", "er", "es", "em");
    private static final int MIN_ADJECTIVE_STEM = 3;
    /** How many words a company's name in guillemets may have. */
    /** The most letters an acronym spelling out a name has ("SPBN", "CONICET"). */
    private static final int MAX_ACRONYM_LETTERS = 8;
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
        List<NameSpan> acronymNames = new ArrayList<>();
        boolean german = "de".equals(text.language());
        Set<String> openers = new HashSet<>(); // German sentences' first words before another capitalised word
        for (SegmentedArticle.Paragraph paragraph : text.paragraphs()) {
            if (paragraph.isHeading()) {
                continue;
            }
            List<Token> tokens = withoutElisions(Tokenizer.words(text.body(), paragraph.start(), paragraph.end()));
            if (paragraph.credit()) {
                // Bylines and credits name the people who made the story, not those in it; nor are they in it
                // where an author box or a "Follow" link names them again.
                for (NameSpan span : NameSpanScanner.scan(text, paragraph.index(), tokens, starts)) {
                    if (span.to() - span.from() >= 2) {
                        String name = NameTyping.coreText(text.body(), tokens, span.from(), span.to());
                        credited.add(NameMatcher.key(name));
                        credited.add(NameMatcher.surnameOf(name));
                    }
                }
                continue;
            }
            for (int j = 0; j < tokens.size(); j++) {
                Token token = tokens.get(j);
                if (!token.capitalised()) {
                    lowerCase.add(Lexicon.lower(token.text()));
                } else if (german && j > 0 && germanNounAfter(tokens.get(j - 1))) {
                    lowerCase.add(Lexicon.lower(token.text())); // "die Möglichkeit", "2,4 Millionen": a noun, no name
                } else if (german && starts.contains(token.start()) && j + 1 < tokens.size()
                        && tokens.get(j + 1).capitalised()) {
                    openers.add(Lexicon.lower(token.text()));
                }
            }
            spans.addAll(NameSpanScanner.scan(text, paragraph.index(), tokens, starts));
            legalNames.addAll(legalFormNames(text.body(), paragraph.index(), tokens));
            acronymNames.addAll(namesBeforeTheirAcronym(text.body(), paragraph.index(), tokens));
        }
        if (!text.language().isEmpty() && !"en".equals(text.language())) {
            // "…закроют последнюю трамвайную линию": a headline's lower-case words are words (stage langs4); English
            // headlines capitalise their own, and keep the small words in lower case.
            for (Token word : Tokenizer.words(text.title(), 0, text.title().length())) {
                if (!word.capitalised()) {
                    lowerCase.add(Lexicon.lower(word.text()));
                }
            }
        }
        for (String opener : openers) {
            if (germanAdjective(opener, lowerCase)) {
                lowerCase.add(opener); // "Neue Regeln", "Erste Ergebnisse": an adjective and its noun, no name
            }
        }
        if (!german) {
            // "Rival GR&T said…", "Fellow striker Ann Roe": an adjective that opens a sentence before a name is no
            // part of it, as German's are not; German reads its own from the openers above.
            lowerCase.addAll(Lexicon.cues("sentence-adjectives", text.language()));
        }
        SegmentedArticle.Sentence lede = text.lede();
        int datelineEnd = lede == null ? -1 : text.ledeStart(lede);
        List<NameCandidate> candidates = new ArrayList<>();
        for (NameSpan span : spans) {
            if (namesOutlet(text, span)) {
                continue; // "корреспонденту «Вечернего Заречинска»": the outlet a source spoke to reports, it does not act
            }
            if (legalNames.stream().anyMatch(name -> name.start() == span.start() || formOf(span, name))) {
                continue; // the words in guillemets after a legal form or a noun of organisations are read as its name below
            }
            if (acronymNames.stream().anyMatch(name -> span.start() < name.end() && name.start() < span.end())) {
                continue; // part of a name its acronym spells out, read whole below
            }
            if (namesOffice(text, span)) {
                continue; // "la consejera de Medio Ambiente, Lucía Barreda": the department is her role's, no actor
            }
            if (span.start() < text.paragraph(span.paragraph()).textStart()) {
                continue; // an item's dateline, as the lede's below
            }
            if (lede == null || span.start() < lede.start() || span.start() >= datelineEnd) {
                // a dateline's agency publishes, it does not act
                int holder = affiliatedHolder(text, span);
                if (holder > 0) {
                    read(text, sub(span, span.from(), holder), lowerCase, candidates);
                    read(text, sub(span, holder, span.to()), lowerCase, candidates);
                } else {
                    read(text, withoutOffice(text, span), lowerCase, candidates);
                }
            }
        }
        for (NameSpan name : legalNames) {
            // The guillemets hold a name here, not a quotation: the organisation is named in the story's own words.
            NameCandidate named = ClauseReader.read(text, name, NameCandidate.Kind.ORGANISATION, name.from(), name.to(), "").unquoted();
            Token verb = verbAfterMarks(text.body(), name);
            candidates.add(verb == null ? named : named.subjectOf(Speech.isVerb(verb.text())));
        }
        for (NameSpan name : acronymNames) {
            candidates.add(ClauseReader.read(text, name, NameCandidate.Kind.ORGANISATION, name.from(), name.to(), ""));
        }
        withTeams(text, spans, candidates);
        candidates.sort(Comparator.comparingInt(NameCandidate::start));
        withoutWorks(text.body(), spans, candidates);
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
     * "Eastern Michigan rolled past Northern Illinois, 45-17": where a sports story names places as teams, every run
     * naming one of them is that team, an organisation, though a place is otherwise no name.
     */
    private static void withTeams(SegmentedArticle text, List<NameSpan> spans, List<NameCandidate> candidates) {
        Set<String> teams = Teams.named(text.body(), spans);
        if (teams.isEmpty()) {
            return;
        }
        for (NameSpan span : spans) {
            String place = Teams.place(text.body(), span);
            if (place == null || !teams.contains(NameMatcher.key(place))) {
                continue;
            }
            int from = span.to() - place.split("\\s+").length;
            candidates.removeIf(candidate -> candidate.start() >= span.start() && candidate.start() < span.end());
            candidates.add(ClauseReader.read(text, span, NameCandidate.Kind.ORGANISATION, from, span.to(), ""));
        }
    }

    /**
     * "Star Trek Into Darkness", "2016’s Star Trek Beyond": the words of a run before a small word in title case name a
     * work (a film, a book, a show) and no person, wherever the article names it ("a Star Trek film", "an R-rated Star
     * Trek").
     */
    private static void withoutWorks(String body, List<NameSpan> spans, List<NameCandidate> candidates) {
        Set<String> works = new HashSet<>();
        for (NameSpan span : spans) {
            int from = span.token(span.from()).text().equals("The") ? span.from() + 1 : span.from();
            for (int j = from + 1; j < span.to(); j++) {
                if (TITLE_CASE_WORDS.contains(span.token(j).text())) {
                    works.add(NameMatcher.key(NameTyping.coreText(body, span.tokens(), from, j)));
                    break;
                }
            }
        }
        if (!works.isEmpty()) {
            candidates.removeIf(candidate -> (candidate.kind() == NameCandidate.Kind.PERSON
                    || candidate.kind() == NameCandidate.Kind.NAME) && namesWork(NameMatcher.key(candidate.core()), works));
        }
    }

    /** Whether the name is a work's or ends with one: "R-rated Star Trek". */
    private static boolean namesWork(String key, Set<String> works) {
        if (works.contains(key)) {
            return true;
        }
        for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
            if (works.contains(key.substring(space + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the run stands in quotation marks after a noun of outlets, as an outlet's name (stage langs4). */
    private static boolean namesOutlet(SegmentedArticle text, NameSpan span) {
        Quotation marks = text.insideQuotation(span.start()) ? text.quotationAt(span.start()) : null;
        return marks != null && Lexicon.isOutletNoun(marks.wordBefore(text.body()), text.language());
    }

    /**
     * The verb right after the closing guillemet of a name in guillemets, whose subject the name is ("Клуб «Северная
     * Звезда» сообщил", "o clube «Esporte Serena» informou"; stage langs5), or null: the mark hides it from the
     * clause reader, which reads a verb only straight after a name.
     */
    private static Token verbAfterMarks(String body, NameSpan name) {
        int next = name.to();
        while (next < name.tokens().size() && (Lexicon.isPreVerb(name.token(next).text())
                || Lexicon.isAuxiliary(name.token(next).text())) && !name.token(next).capitalised()) {
            next++; // "«Genitori Insieme» ha chiesto"
        }
        if (next >= name.tokens().size() || !body.substring(name.end(), name.token(name.to()).start()).strip().equals("»")) {
            return null;
        }
        Token word = name.token(next);
        boolean verb = !word.capitalised() && (Speech.isVerb(word.text()) || Lexicon.isActingVerb(word.text())
                || !Lexicon.isFunctionWord(word.text()) && SubjectClause.VERB_FORM.matcher(word.text()).matches());
        return verb ? word : null;
    }

    /**
     * Whether the run names the department of an office held by the person named next (stage langs5): it follows a
     * lower-case noun of such offices and its preposition ([office-roles], [office-prepositions]: "la consejera de
     * Medio Ambiente, …", "o secretário de Mobilidade Urbana, …") and ends at a comma, so no name of a person is in it.
     */
    private static boolean namesOffice(SegmentedArticle text, NameSpan span) {
        return span.to() < span.tokens().size() && followsOffice(text, span)
                && text.body().substring(span.end(), span.token(span.to()).start()).strip().equals(",");
    }

    /**
     * The person in a run that writes an office's department and its holder's name with no comma between (es, it, pt,
     * fr: "l'assessore al Bilancio Marco Ferri", "el consejero de Sanidad Juan Ortega"): the holder is the run's last
     * two words, a given name and a surname, and the department before them is the role's, no part of the name.
     */
    private static NameSpan withoutOffice(SegmentedArticle text, NameSpan span) {
        int holder = span.to() - HOLDER_WORDS;
        return holder > span.from() && followsOffice(text, span)
                ? new NameSpan(span.paragraph(), span.tokens(), holder, span.to(), false, span.quoted())
                : span;
    }

    /**
     * Where the holder's name starts in a run that writes an institution and the name of the person a noun before
     * it describes with no comma between, as the Romance languages do ("el politólogo de la Universidad de Santa
     * Rita Tomás Ibarra", "a economista da Fundação Tomé Vilar Ana Prado"): the last
     * {@value #HOLDER_WORDS} words, after an institution of at least two words that a keyword opens; -1 when the run
     * is no such pair ("la directora de la Fundación Pablo Neruda" is one name).
     */
    private static int affiliatedHolder(SegmentedArticle text, NameSpan span) {
        int holder = span.to() - HOLDER_WORDS;
        if (holder - span.from() < 2 || span.from() < 2 || !Lexicon.isOrgKeyword(span.token(span.from()).text())) {
            return -1;
        }
        int at = span.from() - 1;
        if (Lexicon.isDefinite(span.token(at).text(), text.language()) && at > 0) {
            at--; // "de la Universidad"
        }
        Token preposition = span.token(at);
        Token noun = at > 0 ? span.token(at - 1) : null;
        boolean described = noun != null && !noun.capitalised()
                && (SubjectGrammar.personNoun(noun.text()) || Lexicon.hasPersonEnding(noun.text(), text.language()))
                && Lexicon.isOfficePreposition(preposition.text(), text.language())
                && text.text(noun.end(), span.start()).chars().noneMatch(c -> ",.;:()".indexOf(c) >= 0);
        if (!described) {
            return -1;
        }
        for (int i = holder; i < span.to(); i++) {
            String word = span.token(i).text();
            if (Lexicon.isOrgKeyword(word) || Lexicon.isPlace(word) || Lexicon.isCountry(word)
                    || Lexicon.isFunctionWord(word)) {
                return -1;
            }
        }
        Token last = span.token(holder - 1);
        return last.capitalised() && !Lexicon.isFunctionWord(last.text()) ? holder : -1;
    }

    /** Whether the run follows a lower-case noun of offices and its preposition ("la consejera de", "l'assessore al"). */
    private static boolean followsOffice(SegmentedArticle text, NameSpan span) {
        if (span.from() < 2) {
            return false;
        }
        Token preposition = span.token(span.from() - 1);
        Token office = span.token(span.from() - 2);
        String body = text.body();
        String noun = ELIDED_LETTER.matcher(office.text()).replaceFirst(""); // "l'assessore"
        return !office.capitalised() && Lexicon.isOfficeRole(noun, text.language())
                && Lexicon.isOfficePreposition(preposition.text(), text.language())
                && body.substring(office.end(), preposition.start()).isBlank()
                && body.substring(preposition.end(), span.start()).isBlank();
    }

    /** The words with an elided article or preposition before a capital cut off it: "l'ARS" is "ARS". */
    private static List<Token> withoutElisions(List<Token> tokens) {
        List<Token> words = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            String word = token.text();
            int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
            boolean elided = apostrophe > 0 && apostrophe + 1 < word.length()
                    && Character.isUpperCase(word.charAt(apostrophe + 1)) && ELIDED.contains(word.substring(0, apostrophe));
            words.add(elided ? new Token(word.substring(apostrophe + 1), token.start() + apostrophe + 1, token.end()) : token);
        }
        return words;
    }

    /**
     * "ООО «Северный картон»": the words in guillemets right after a legal form are a company's whole name, lower-case
     * words included, though a capitalised run would take only its first word.
     */
    private static List<NameSpan> legalFormNames(String body, int paragraph, List<Token> tokens) {
        List<NameSpan> names = new ArrayList<>();
        for (int j = 0; j + 1 < tokens.size(); j++) {
            // the guillemet first: it is one look at the body, where the noun needs a pattern and a look-up
            if (!body.substring(tokens.get(j).end(), tokens.get(j + 1).start()).strip().equals("«")
                    || !Lexicon.isLegalFormBeforeName(ELIDED_LETTER.matcher(tokens.get(j).text()).replaceFirst(""))) {
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
     * "le Syndicat des producteurs de bleuets du Nord (SPBN)", "l'Agence régionale de santé (ARS)": an organisation's
     * name that the languages written so keep in lower case after its first word, and whose acronym in parentheses
     * spells the initials of its words (particles aside, as the abbreviation definitions of Schwartz and Hearst are
     * found). A capitalised run would take only "Syndicat" and "Nord"; the acronym shows where the name starts. Only
     * names with a lower-case word and a noun of organisations, since runs of capitals already read the others whole.
     */
    private static List<NameSpan> namesBeforeTheirAcronym(String body, int paragraph, List<Token> tokens) {
        List<NameSpan> names = new ArrayList<>();
        for (int k = 1; k < tokens.size(); k++) {
            Token acronym = tokens.get(k);
            String letters = acronym.text();
            if (letters.length() < 2 || letters.length() > MAX_ACRONYM_LETTERS
                    || !letters.chars().allMatch(Character::isUpperCase)
                    || !body.startsWith(" (", tokens.get(k - 1).end()) || acronym.start() != tokens.get(k - 1).end() + 2
                    || !body.startsWith(")", acronym.end())) {
                continue;
            }
            int letter = letters.length() - 1;
            int from = k;
            boolean lowerCaseWord = false;
            boolean organisation = false;
            for (int j = k - 1; j >= 0 && letter >= 0 && k - j <= 2 * letters.length() + 2; j--) {
                Token word = tokens.get(j);
                if (j < k - 1 && !body.substring(word.end(), tokens.get(j + 1).start()).isBlank()) {
                    break; // punctuation ends the name
                }
                String bare = ELIDED_LETTER.matcher(word.bare()).replaceFirst("");
                if (bare.isEmpty() || Lexicon.isFunctionWord(bare) || NameSpanScanner.PARTICLES.contains(bare)
                        || NameSpanScanner.ARTICLES.contains(bare)) {
                    continue; // "des", "du", "of the": the acronym skips them
                }
                if (initial(bare) != initial(letters.substring(letter))) {
                    break;
                }
                lowerCaseWord |= !Character.isUpperCase(bare.charAt(0));
                organisation |= Lexicon.isOrgKeyword(bare);
                letter--;
                from = j;
            }
            String first = ELIDED_LETTER.matcher(tokens.get(from).text()).replaceFirst("");
            if (letter < 0 && lowerCaseWord && organisation && Character.isUpperCase(first.charAt(0))) {
                List<Token> words = tokens;
                if (first.length() < tokens.get(from).text().length()) {
                    // "L'Agence régionale de santé": the article opening a sentence is no part of the name
                    Token opening = tokens.get(from);
                    words = new ArrayList<>(tokens);
                    words.set(from, new Token(first, opening.end() - first.length(), opening.end()));
                }
                names.add(new NameSpan(paragraph, words, from, k, false, false));
            }
        }
        return names;
    }

    /** The first letter of a word in capitals and without its accent, as an acronym writes it: "É" of "éleveurs" is "E". */
    private static char initial(String word) {
        return Character.toUpperCase(Normalizer.normalize(word.substring(0, 1), Normalizer.Form.NFD).charAt(0));
    }

    /**
     * Whether a run is only the legal form before a company's name in guillemets: "АО" of "АО «Теплосеть»" is no
     * organisation of its own, the name is.
     */
    private static boolean formOf(NameSpan span, NameSpan name) {
        return span.to() - span.from() == 1 && span.end() == name.token(name.from() - 1).end();
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
     * listed name's. "Dr. Ann Roe of the Health Department says", "Ann Roe of the Polar Institute in Oslo told": the
     * verb after a person's organisation, and after its place, is the person's; in "Ann Roe of Kell Labs and Bo Lind
     * said" the listed people speak and their employer between them does not. "Said Tom Ruiz and Ana Bel", "said to be
     * Tom Ruiz and Ana Bel": the verb of speech before the first is every listed name's too; a list after another verb
     * ("judges Ann Roe, Bo Lind and Cy Ode") names people in passing.
     */
    private static void shareVerbs(String body, List<NameCandidate> candidates) {
        for (int i = candidates.size() - 2; i >= 0; i--) {
            NameCandidate name = candidates.get(i);
            NameCandidate next = candidates.get(i + 1);
            if (name.subject() || name.possessive()) {
                continue;
            }
            if (personOf(body, name, next)) {
                NameCandidate organisation = verbAfterPlace(body, next);
                if (organisation.subject()) {
                    candidates.set(i, name.sharingVerbOf(organisation));
                }
            } else if (next.subject() && listed(body, name, next)) {
                boolean employer = i > 0 && personOf(body, candidates.get(i - 1), name);
                int sharing = employer ? i - 1 : i;
                candidates.set(sharing, candidates.get(sharing).sharingVerbOf(next));
            }
        }
        for (int i = 1; i < candidates.size(); i++) {
            NameCandidate previous = candidates.get(i - 1);
            NameCandidate name = candidates.get(i);
            if (previous.speaks() && previous.kind() == NameCandidate.Kind.PERSON && name.kind() == NameCandidate.Kind.PERSON
                    && !name.subject() && !name.possessive()
                    && !previous.possessive() && listed(body, previous, name)) {
                candidates.set(i, name.sharingClauseOf(previous));
            }
        }
    }

    /** Whether the person is written with the organisation they speak for: "Dr. Ann Roe of the Health Department". */
    private static boolean personOf(String body, NameCandidate person, NameCandidate organisation) {
        return person.kind() == NameCandidate.Kind.PERSON && organisation.kind() == NameCandidate.Kind.ORGANISATION
                && person.end() < organisation.start()
                && PERSON_OF.matcher(body).region(person.end(), organisation.start()).matches();
    }

    /**
     * The organisation as the subject of the verb after its place ("the Polar Institute in Oslo told"), where the
     * place hides the verb from the clause reader; the organisation as read when no verb follows there.
     */
    private static NameCandidate verbAfterPlace(String body, NameCandidate organisation) {
        if (organisation.subject()) {
            return organisation;
        }
        Matcher place = PLACE_THEN_WORD.matcher(body).region(organisation.end(), body.length());
        if (!place.lookingAt()) {
            return organisation;
        }
        String word = place.group(1);
        boolean speech = Speech.isVerb(word);
        return speech || Lexicon.isActingVerb(word) ? organisation.subjectOf(speech) : organisation;
    }

    /** Whether two names stand next to each other in a list: "Tom Ruiz, Ana Bel", "Ana Bel and trade envoy Rui Cho". */
    private static boolean listed(String body, NameCandidate name, NameCandidate next) {
        return name.end() < next.start() && next.start() - name.end() < MAX_LIST_GAP
                && listSeparator(body.substring(name.end(), next.start()));
    }

    /** Whether {@code gap} separates two names of a list: a comma or "and", then perhaps the next one's title. */
    private static boolean listSeparator(String gap) {
        Matcher separator = LIST_SEPARATOR.matcher(gap);
        if (!separator.matches()) {
            return false;
        }
        for (String word : separator.group(1).split("\\s+")) {
            if (!word.isEmpty() && !Character.isUpperCase(word.charAt(0)) && !Lexicon.isRoleHead(word)
                    && !Lexicon.isRoleModifier(word)) {
                return false; // "Roe, who met Ann Cho": a clause between the names, not a title
            }
        }
        return true;
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

    /** Reads one run, splitting it at possessives ("Trump’s Article") and, when it is no name as a whole, at "of". */
    private static void read(SegmentedArticle text, NameSpan span, Set<String> lowerCase, List<NameCandidate> out) {
        for (int j = span.from(); j < span.to() - 1; j++) {
            if (span.token(j).possessive() && !possessiveInName(span, j)) {
                read(text, sub(span, span.from(), j + 1), lowerCase, out);
                read(text, sub(span, j + 1, span.to()), lowerCase, out);
                return;
            }
        }
        int from = span.from();
        int to = span.to();
        int institution = institutionEnd(text.body(), span);
        if (institution > 0) {
            out.add(ClauseReader.read(text, span, NameCandidate.Kind.ORGANISATION, from, institution, "")); // "the US military said"
            return;
        }
        SegmentedArticle.Sentence sentence = span.sentenceInitial()
                && NameTyping.FIRST_NAMES_LIKE_WORDS.contains(span.token(from).text()) ? text.sentenceAt(span.start()) : null;
        boolean question = sentence != null && text.isQuestion(sentence); // "Will Roe resign?"
        while (from < to && dropsFromStart(span, from, lowerCase, text.language(), question)) {
            from++;
        }
        // "Police said" is anyone's police, "Ardmore Police" one force: an organisation word right after a name ends it
        // (but "the Inspector-General of Police" is a title).
        while (to > from && (!span.token(to - 1).capitalised()
                && !NameSpanScanner.nameAdjective(text.body(), span.tokens(), to - 1, text.language())
                && !NameSpanScanner.membersNoun(text.body(), span.tokens(), to - 1, text.language())
                || functionWord(span.token(to - 1)) && !foreignWordEndingName(span, from, to, text.language())
                && !(to - from >= 2 && span.token(to - 2).capitalised()
                && Lexicon.isOrgKeyword(span.token(to - 1).bare()))
                || to - from > 2 && NameTyping.GENERATIONAL.contains(span.token(to - 1).text()))) {
            to--; // "Patrick W. Carlineo Jr.": the surname is the word before the suffix
        }
        if (from >= to) {
            return;
        }
        if (to - from >= 3 && (Lexicon.isDemonym(span.token(from).bare()) || Lexicon.isRoleModifier(span.token(from).bare()))
                && NameTyping.personOrName(text.body(), span.tokens(), from + 1, to, false) == NameCandidate.Kind.PERSON) {
            from++; // "American Kevin King", "Republican Phil Bryant": a nationality or party, then the person
        }
        int club = abbreviatedOrganisationAfterNoun(span, from, to);
        if (club > 0) {
            read(text, sub(span, club, to), lowerCase, out); // "den ersten Sieg des SK Traunau": the club, not the win
            return;
        }
        if (Appositions.introducedAsOrganisation(text.body(), span.tokens(), from) && !RoleFinder.isTitle(span.token(from))
                && !Lexicon.isPlace(NameTyping.coreText(text.body(), span.tokens(), from, to))) {
            out.add(ClauseReader.read(text, span, NameCandidate.Kind.ORGANISATION, from, to, "")); // "the group Doctors for Reform"
            return;
        }
        for (int j = from + 1; j < to - 1; j++) {
            if (personOfOrganisation(text.body(), span.tokens(), from, j, to)) {
                // "Maren Toft of the Polar Institute", "Wee of the Times": a person of an organisation, two names.
                read(text, sub(span, from, j), lowerCase, out);
                read(text, sub(span, span.tokens().get(j + 1).text().equals("the") ? j + 2 : j + 1, to), lowerCase, out);
                return;
            }
        }
        from = russianPersonStart(text, span, from, to);
        NameCandidate candidate = NameTyping.candidate(text, span, from, to, lowerCase);
        if (candidate != null) {
            out.add(candidate);
            return;
        }
        for (int j = from + 1; j < to - 1; j++) {
            if (NameTyping.SPLITTING_PARTICLES.contains(span.token(j).text())) {
                read(text, sub(span, from, j), lowerCase, out);
                read(text, sub(span, j + 1, to), lowerCase, out);
                return;
            }
        }
    }

    /**
     * Where an organisation's name opened by its abbreviated keyword starts after one common noun and its particle, or
     * -1: "Sieg des SK Traunau", "fans of FC Porto" name the club, the noun before is no part of its name (lead13).
     */
    private static int abbreviatedOrganisationAfterNoun(NameSpan span, int from, int to) {
        if (to - from < 4 || RoleFinder.isTitle(span.token(from)) || Lexicon.isOrgKeyword(span.token(from).bare())) {
            return -1;
        }
        String particle = span.token(from + 1).text();
        if (!ORGANISATION_PARTICLES.contains(particle) && !NameTyping.SPLITTING_PARTICLES.contains(particle)) {
            return -1;
        }
        int name = NameSpanScanner.ARTICLES.contains(span.token(from + 2).text()) ? from + 3 : from + 2;
        Token keyword = span.token(name);
        return name + 1 < to && keyword.allCaps() && Lexicon.isOrgKeyword(keyword.bare()) ? name : -1;
    }

    /**
     * Whether the possessive at {@code j} is inside an organisation's name, an office or institution named after whom
     * it serves: one word of organisations ends the run after it, and a name stands before it ("Lander County
     * Sheriff’s Office", "the District Attorney’s Office", "Marlow Children’s Hospital"), not a possessor's noun alone.
     */
    private static boolean possessiveInName(NameSpan span, int j) {
        return j > span.from() && j + 2 == span.to() && Lexicon.isOrgKeyword(span.token(j + 1).bare())
                && !Lexicon.isCompanySuffix(span.token(j + 1).bare());
    }

    /**
     * Whether the particle at {@code j} joins a person to their organisation: a full name before "of" or "for" ("Maren
     * Toft of the Polar Institute"), a surname before "of" an outlet ("Wee of the Times reports"), or a full name before
     * the particle of another language and an organisation's name ("Matthias Köhnlein von der Klinik Sankt Veit"),
     * where a particle inside a name ("Ursula von der Leyen") follows a first name alone.
     */
    private static boolean personOfOrganisation(String body, List<Token> tokens, int from, int j, int to) {
        String particle = tokens.get(j).text();
        boolean english = NameTyping.SPLITTING_PARTICLES.contains(particle);
        if (!english && !ORGANISATION_PARTICLES.contains(particle)) {
            return false;
        }
        if (j == from + 1) {
            int name = tokens.get(j + 1).text().equals("the") ? j + 2 : j + 1;
            return english && name < to && Lexicon.isOutlet(NameTyping.coreText(body, tokens, name, to))
                    && NameTyping.personOrName(body, tokens, from, j, false) != null;
        }
        return NameTyping.personOrName(body, tokens, from, j, false) == NameCandidate.Kind.PERSON
                && !NameTyping.hasOrgKeyword(tokens, from, j) && (english || NameTyping.hasOrgKeyword(tokens, j + 1, to));
    }

    /**
     * Whether a German sentence's first word is an adjective before its noun (stage langs4): one of those that open
     * sentences most, or an inflected form ("Große", "Neuen") of a word the article writes in lower case elsewhere
     * ("groß", "großen"). The endings are the adjective's; a first name before a surname has no such lower-case twin.
     */
    static boolean germanAdjective(String word, Set<String> lowerCase) {
        if (Lexicon.isSentenceAdjective(word)) {
            return true;
        }
        for (String ending : ADJECTIVE_ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_ADJECTIVE_STEM) {
                String stem = word.substring(0, word.length() - ending.length());
                for (String other : ADJECTIVE_FORMS) {
                    if (!(stem + other).equals(word) && lowerCase.contains(stem + other)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether German writes a common noun after this word: an article or determiner, or a number. */
    static boolean germanNounAfter(Token previous) {
        return !previous.capitalised() && (Lexicon.isDeterminer(previous.text()) || GERMAN_ARTICLES.contains(previous.text()))
                || Character.isDigit(previous.text().charAt(previous.text().length() - 1));
    }

    /**
     * Whether the word at {@code index} is no part of a name: a function word, or the first word of a sentence that
     * the article also writes in lower case ("Earlier", "Leaders"), or of a {@code question} ("Will"). A capital "The"
     * inside a sentence is kept, as in "The Times".
     */
    private static boolean dropsFromStart(NameSpan span, int index, Set<String> lowerCase, String language,
                                          boolean question) {
        Token token = span.token(index);
        String word = token.text();
        if (!token.capitalised()) {
            return true;
        }
        if (foreignWordOpeningName(span, index, language)) {
            return false; // "Police Chief Ed Alvarez", "Lana Del Rey" in English: no Italian "ed", no Spanish "del"
        }
        boolean german = "de".equals(language);
        boolean initial = index == span.from() && span.sentenceInitial();
        if (Lexicon.isHonorific(token.bare(), language) && index + 1 < span.to() && span.token(index + 1).capitalised()) {
            return true; // "Doña Herminia Cárdenas", "Me Ana Roche": the honorific is no part of the name
        }
        if (NameTyping.FIRST_NAMES_LIKE_WORDS.contains(word) && index + 1 < span.to() && span.token(index + 1).capitalised()) {
            return initial && question; // "said Will Moy", but "Will Warren attack?" asks
        }
        if (german && index + 1 < span.to() && GERMAN_ARTICLES.contains(Lexicon.lower(word))) {
            return true; // "Der Verein", "Jeder Euro": a German article opens a noun, not a name
        }
        if (german && index > span.from() && index + 2 < span.to()
                && GERMAN_ARTICLES.contains(Lexicon.lower(span.token(index - 1).text()))
                && !Lexicon.isOrgKeyword(token.bare()) && !Lexicon.isInstitutionCompound(token.bare())
                && !startsKnownName(span, index)) {
            // "Der Orthopäde Matthias Köhnlein": the noun after the article is the person's, no name; but "Die
            // Wasserbehörde des Landes" is an institution, whose genitive tells whose it is
            return true;
        }
        if (initial) {
            if (startsKnownName(span, index)) {
                return false; // "New York Times said", "New Zealand"
            }
            // "L'azienda Ferolux": the elided article that opens the sentence capitalises a common noun, no name
            return functionWord(token) || token.capitalisedByElision()
                    || !token.allCaps() && lowerCase.contains(Lexicon.lower(word))
                    || index + 1 < span.to() && INFLECTED.matcher(word).matches(); // "Getting Disney…", "Asked…"
        }
        // "according to the New York Times": a function word that opens a known name stays in it.
        return functionWord(token) && !word.equals("The") && !startsKnownName(span, index);
    }

    /**
     * Whether, in an English article, the word is a function word of another language only and a capitalised word of
     * the run follows it: then it is the first name or particle of a name.
     */
    private static boolean foreignWordOpeningName(NameSpan span, int index, String language) {
        return (language.isEmpty() || "en".equals(language)) && index + 1 < span.to()
                && span.token(index + 1).capitalised() && Lexicon.isForeignFunctionWord(span.token(index).text());
    }

    /**
     * Whether the run ends in a capitalised word after a particle that is a function word of another language only,
     * so a word of the name: Spanish "Puertos del Sur" (French "sur"), Portuguese "Banco do Sul".
     */
    private static boolean foreignWordEndingName(NameSpan span, int from, int to, String language) {
        return !language.isEmpty() && to - from >= 3 && span.token(to - 1).capitalised()
                && NameSpanScanner.PARTICLES.contains(span.token(to - 2).text())
                && !Lexicon.isFunctionWord(span.token(to - 1).text(), language);
    }

    /**
     * Where the person a Russian run ends with starts: Russian names a person by first name and surname, with at most
     * a patronymic between, and writes the qualifying name before without a comma ("пенсионерка из села Верхние
     * Ключи Валентина Сорокина", "заместитель Бережного Екатерина Лаптева"), so the capitalised words before a first
     * name and surname are the place's or the employer's. Returns {@code from} for any other run.
     */
    private static int russianPersonStart(SegmentedArticle text, NameSpan span, int from, int to) {
        if (!"ru".equals(text.language()) || to - from < 3 || PATRONYMIC.matcher(span.token(to - 2).text()).matches()
                || !RUSSIAN_SURNAME.matcher(span.token(to - 1).text()).matches()) {
            return from;
        }
        for (int j = from; j < to; j++) {
            if (!span.token(j).capitalised() || RoleFinder.isTitle(span.token(j))) {
                return from;
            }
        }
        return NameTyping.personOrName(text.body(), span.tokens(), to - 2, to, false) == NameCandidate.Kind.PERSON
                ? to - 2 : from;
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
}
