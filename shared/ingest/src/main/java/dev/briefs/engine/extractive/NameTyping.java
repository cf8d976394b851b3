package dev.briefs.engine.extractive;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a run of name words is, once {@link CandidateReader} has cut it: its title split off ("UK Prime Minister" +
 * "Keir Starmer"), then a person (two to four name words, or one after a title), an organisation (an organisation
 * word, a known acronym, company words such as "Home Depot"), a country, an acronym, a bare name to match later, or
 * nothing (a place, a date, an event).
 */
final class NameTyping {

    /** A word with a capital inside, as companies write their names. */
    private static final Pattern BRAND = Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}+");
    /** A word of one capital and lower-case letters, as nouns and most names are written: not "E-Health", "XDS". */
    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
    /** Initials written without points: "WA" in "Struan WA Wilkie". */
    private static final Pattern MIDDLE_INITIALS = Pattern.compile("\\p{Lu}{2,3}");
    /** A given name in two capitalised parts, as some romanise Chinese names: "RuiWen". */
    private static final Pattern TWO_PART_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{Ll}+");
    /** The particles at which a run that is no name as a whole splits: "Maren Toft of the Polar Institute". */
    static final Set<String> SPLITTING_PARTICLES = Set.of("of", "for");
    /** Function words that are also first names, and are one when a name word follows: "Will Moy". */
    static final Set<String> FIRST_NAMES_LIKE_WORDS = Set.of("Will");
    /** How many words before the comma a role may stand that a name is apposed to: "el jefe de la brigada, Name". */
    private static final int MAX_APPOSED_ROLE_WORDS = 6;
    /** The Russian prepositions of being in a place, whose names follow in the locative: no person is "in" someone. */
    private static final Set<String> RUSSIAN_LOCATIVE = Set.of("в", "во");
    /** How many lower-case words a role's complement may have before the place it ends with. */
    private static final int MAX_COMPLEMENT_WORDS = 5;
    /** Generational suffixes after a surname. */
    static final Set<String> GENERATIONAL = Set.of("Jr", "Sr", "II", "III", "IV");
    /** Nouns of places, which a name before them names: "Van Buren county", "the Shoal river". */
    private static final Set<String> PLACE_NOUNS = Set.of("county", "city", "town", "township", "district", "province",
            "region", "river", "street", "road", "avenue", "island", "lake", "valley");
    private static final Pattern NAME_PREFIX = Pattern.compile("Mc|De|Di|Da|Du|La|Le|Van|Von|Fitz");

    private NameTyping() {
    }

    /** Reads {@code tokens[from, to)} as a name, or returns null when it is none (a place, a date, an event). */
    static NameCandidate candidate(SegmentedArticle text, NameSpan span, int from, int to, Set<String> lowerCase) {
        String body = text.body();
        List<Token> tokens = span.tokens();
        if (tokens.subList(from, to).stream().allMatch(word -> Lexicon.isAmountWord(word.bare()))) {
            return null; // "sieben Millionen Euro", "300 Million Pounds": an amount, however capitalised
        }
        if (Lexicon.isKnownOrganisation(coreText(body, tokens, from, to))) {
            return ClauseReader.read(text, span, NameCandidate.Kind.ORGANISATION, from, to, "");
        }
        if (to - from >= 2 && Lexicon.isOrgKeyword(tokens.get(to - 1).bare()) && !RoleFinder.isTitle(tokens.get(to - 2))
                && !Lexicon.isPlace(coreText(body, tokens, from, to))) { // "West Bank" is a place
            return ClauseReader.read(text, span, NameCandidate.Kind.ORGANISATION, from, to, ""); // "Riverside General Hospital"
        }
        int title = titleEnd(tokens, from, to, text.language());
        if (title < 0 && nounBeforeGermanName(text, tokens, from, to)) {
            title = from; // "die Pensionistin Hermine Wallner": the article's noun is her description
        }
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
        // A title before a run that opens a sentence ends the sentence before: "a below average quarterback. Fortunately".
        boolean titledBefore = outsideSpan && !span.sentenceInitial();
        String role = title >= 0
                ? RoleFinder.before(body, tokens, outsideSpan ? 0 : from, from, nameFrom)
                : titledBefore ? RoleFinder.before(body, tokens, 0, nameFrom, nameFrom) : "";
        boolean titled = title >= 0 || titledBefore && nameFrom > 0 && RoleFinder.isTitle(tokens.get(nameFrom - 1))
                && body.substring(tokens.get(nameFrom - 1).end(), tokens.get(nameFrom).start()).strip().length() <= 1;
        if (to - nameFrom >= 3 && !titled
                && (Lexicon.isPlace(tokens.get(nameFrom).bare()) || roleComplementBefore(body, tokens, nameFrom))) {
            // "ambassador to Ukraine Marie Yovanovitch", "el alcalde de Villanueva Ana Ruiz": the place ends the
            // role's complement, the name follows
            nameFrom++;
        }
        boolean publication = to - nameFrom == 1 && Lexicon.isPublication(tokens.get(nameFrom).bare()) && nameFrom > 0
                && tokens.get(nameFrom - 1).text().equals("The");
        if (publication) {
            return ClauseReader.read(text, span, NameCandidate.Kind.ORGANISATION, nameFrom - 1, to, ""); // "The Times"
        }
        NameCandidate.Kind kind = to - nameFrom == 1 && "de".equals(text.language())
                && Lexicon.isInstitutionCompound(tokens.get(nameFrom).bare())
                ? NameCandidate.Kind.ORGANISATION // "Das Bundeskartellamt", "das Landesumweltamt" (stage langs4)
                : classify(body, tokens, nameFrom, to, titled);
        if (kind == NameCandidate.Kind.PERSON && "ru".equals(text.language()) && nameFrom > 0
                && RUSSIAN_LOCATIVE.contains(Lexicon.lower(tokens.get(nameFrom - 1).text()))) {
            kind = null; // "в Сосновке Верхней", "во Льгове": a name in the locative after "в" is a place's
        }
        if (kind == null && (!role.isEmpty() || apposedToRole(body, tokens, nameFrom))
                && placeSurname(tokens, nameFrom, to, lowerCase)) {
            kind = NameCandidate.Kind.PERSON;
        }
        if (kind == NameCandidate.Kind.PERSON && !titled && (allCommonWords(tokens, nameFrom, to, lowerCase)
                || placeNounAfter(body, tokens, to) || placeNounBefore(text, tokens, nameFrom))) {
            // "Best Buy", "Solar System", "Wireless Charging Pad": words the article also uses as words; "Kalamazoo and
            // Van Buren counties": the noun after the name makes it a place, as "деревни Тихий Лог" the one before.
            kind = null;
        }
        if (kind == null) {
            if (to - from >= 2 && Lexicon.isKnownOrganisation(tokens.get(from).text())) {
                // "Apple Arcade", "Google Stadia": a product named after its maker.
                return ClauseReader.read(text, span, NameCandidate.Kind.ORGANISATION, from, from + 1, "");
            }
            return null;
        }
        if (kind == NameCandidate.Kind.PERSON && role.isEmpty()) {
            SegmentedArticle.Sentence sentence = text.sentenceAt(tokens.get(to - 1).start());
            role = RoleFinder.after(body, tokens.get(to - 1).end(),
                    sentence == null ? text.paragraph(span.paragraph()).end() : sentence.end());
        }
        return ClauseReader.read(text, span, kind, nameFrom, to, role);
    }

    /**
     * The index of the last word of a title inside the run ("UK Prime Minister" in "UK Prime Minister Keir Starmer"),
     * or -1. A title never takes the run's last word, which must be left for the name.
     */
    private static int titleEnd(List<Token> tokens, int from, int to, String language) {
        int title = -1;
        for (int j = from; j < to - 1; j++) {
            // "A Secretaria de Saúde": a Spanish secretary is a Portuguese department, so the article's language decides
            if (RoleFinder.isTitle(tokens.get(j)) && !Lexicon.isOrganisationNoun(tokens.get(j).bare(), language)) {
                title = j;
            }
        }
        if (title >= 0 && to - title > 3 && SubjectClause.COMPLEMENT_PARTICLES.contains(tokens.get(title + 1).text())) {
            // "Secretary of State Antony Blinken", "Bürgermeister von Hainfeld Jonas Weber": the title runs on to the
            // word after its particle.
            int next = tokens.get(title + 2).text().equals("the") ? title + 3 : title + 2;
            title = next < to - 1 ? next : title;
        }
        return title;
    }

    /**
     * Whether a German run of three words opens with a noun its article governs, before a person's name: "die
     * Pensionistin Hermine Wallner", "der Bevollmächtigte Thorsten Engel"; news copy sets no article before a first
     * name (lead13). A noun of organisations or works names what follows ("der Verein Wolfsschutz Alpenraum"), and
     * acronyms or compounds with hyphens are things' names ("das IHE Profil XDS").
     */
    private static boolean nounBeforeGermanName(SegmentedArticle text, List<Token> tokens, int from, int to) {
        String noun = tokens.get(from).bare();
        return to - from == 3 && from > 0 && "de".equals(text.language())
                && tokens.subList(from, to).stream().allMatch(word -> PLAIN_WORD.matcher(word.bare()).matches())
                && !Lexicon.isOrgKeyword(noun)
                && !Lexicon.isOrgNoun(Lexicon.lower(noun)) && !Lexicon.isInstitutionCompound(noun)
                && !Lexicon.isTitleNoun(noun, text.language()) && !Lexicon.isOutletNoun(noun, text.language())
                && CandidateReader.germanNounAfter(tokens.get(from - 1))
                && text.body().substring(tokens.get(from - 1).end(), tokens.get(from).start()).equals(" ")
                && personOrName(text.body(), tokens, from + 1, to, false) == NameCandidate.Kind.PERSON;
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
        if (to - from >= 2 && Lexicon.isServiceDistrict(tokens.get(to - 2).bare(), last.bare())) {
            return NameCandidate.Kind.ORGANISATION; // "Sawtooth Irrigation District", where "District" ends places
        }
        if (Lexicon.isNonActorWord(last.bare()) || Lexicon.isCalendarWord(last.bare())
                || endsWithTitle(tokens, from, to) && !(titled && titleAsSurname(tokens, from, to))
                || last.bare().length() == 1) {
            return null; // a place or event, a title without a name ("Senate Leader"), "Group C"
        }
        if (to - from >= 2 && (hasOrgKeyword(tokens, from, to) || core.contains("&") || Lexicon.isOutlet(core))) {
            return NameCandidate.Kind.ORGANISATION; // "Bank of England", "Ernst & Young", "Evening Ledger"
        }
        if (Lexicon.isPlacePrefix(tokens.get(from).text()) && to - from >= 2) {
            return null; // "St. Louis", "Fort Worth", "San Diego"
        }
        if (to - from >= 2 && to - from <= 3 && !titled && acronymFirst(tokens, from, to)) {
            // "GE Healthcare", "GSM Unlocked": a company's division or a product, an organisation once it acts.
            return NameCandidate.Kind.NAME;
        }
        if (to - from >= 2 && !titled && companyWords(tokens, from, to)) {
            return NameCandidate.Kind.ORGANISATION; // "Home Depot", "National Grid": no person's name has these words
        }
        // The bare word: "ESA's design facility" names the acronym as a possessive.
        if (to - from == 1 && last.bare().length() >= 2 && last.bare().length() <= 6
                && last.bare().chars().allMatch(Character::isUpperCase)
                && !Lexicon.isNonOrgAcronym(last.bare()) && !Lexicon.isPlace(last.bare())) {
            return NameCandidate.Kind.ACRONYM;
        }
        return personOrName(body, tokens, from, to, titled);
    }

    /**
     * Whether a person's role introduces a given name and a surname that is also a place's name ("el jefe de la
     * brigada, Cristián Lagos", "coach Ana Valencia"): a first word no place opens ("Greater", "San") and the article
     * writes in lower case nowhere.
     */
    private static boolean placeSurname(List<Token> tokens, int from, int to, Set<String> lowerCase) {
        Token first = tokens.get(from);
        return to - from == 2 && Lexicon.isPlace(tokens.get(from + 1).bare()) && nameWord(first)
                && !Lexicon.isPlace(first.bare()) && !Lexicon.isPlacePrefix(first.text())
                && !lowerCase.contains(Lexicon.lower(first.bare())) && !Lexicon.isFunctionWord(first.bare());
    }

    /**
     * Whether the run at {@code from} stands in apposition after a role the clause names in lower case: "dijo el jefe
     * de la brigada de rescate, Cristián Lagos" (a role head at most {@value #MAX_APPOSED_ROLE_WORDS} words before
     * the comma, no other punctuation between).
     */
    private static boolean apposedToRole(String body, List<Token> tokens, int from) {
        if (from == 0 || !body.substring(tokens.get(from - 1).end(), tokens.get(from).start()).strip().equals(",")) {
            return false;
        }
        for (int k = from - 1; k >= 0 && from - k <= MAX_APPOSED_ROLE_WORDS; k--) {
            if (k < from - 1 && !body.substring(tokens.get(k).end(), tokens.get(k + 1).start()).isBlank()) {
                return false;
            }
            if (Lexicon.isRoleHead(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** Two to four name words make a person; one makes a person after a title, otherwise a name to match later. */
    static NameCandidate.Kind personOrName(String body, List<Token> tokens, int from, int to, boolean titled) {
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
            if (j > from && j + 1 < to && Lexicon.isSurnameParticle(token.bare()) && nameWord(tokens.get(j + 1))) {
                continue; // "Davide Lo Russo", "Ana De Luca": a capital particle between name words opens the surname
            }
            if (j == from + 1 && to == from + 3 && middleName(token.bare())) {
                words++;
                continue; // "Struan WA Wilkie", "Chris RuiWen Kuo": between a given name and a surname
            }
            if (!nameWord(token) && !(j == from && j + 1 < to && Lexicon.isForeignFunctionWord(token.bare()))
                    && !(titled && j == to - 1 && titleAsSurname(tokens, from, to))
                    && !(j == to - 1 && j > from + 1 && !tokens.get(j - 1).capitalised()
                    && Lexicon.isForeignFunctionWord(token.bare()))) {
                // but "Ed Alvarez": a first name that only another language's reader drops; "Puertos del Sur", whose
                // last word the reader kept as no function word of the article's language
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

    /**
     * Whether the run at {@code from} completes a role's complement: a particle before it ("di", "de", "of") and the
     * role's noun a few lower-case words before that ("il comandante dei vigili del fuoco di", "el alcalde de"). An
     * office's complement names a place or a body, never a person, so the run's first word is that place.
     */
    private static boolean roleComplementBefore(String body, List<Token> tokens, int from) {
        if (from == 0 || !SubjectClause.COMPLEMENT_PARTICLES.contains(tokens.get(from - 1).text())
                || Lexicon.isOrgKeyword(tokens.get(from).bare()) || !tokens.get(from + 1).capitalised()) {
            // "un portavoz del Ayuntamiento de Villaseca": the complement is a body, whole
            return false;
        }
        for (int j = from - 2; j >= Math.max(0, from - 2 - MAX_COMPLEMENT_WORDS); j--) {
            Token word = tokens.get(j);
            if (word.capitalised() || !body.substring(word.end(), tokens.get(j + 1).start()).isBlank()) {
                return false;
            }
            if (Lexicon.isRoleHead(word.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the run ends with a title, so names none ("Senate Leader", "Konzernchef"). After other words only a title
     * noun itself or a form of address counts: a compound title stands before a name in German ("Konzernchef Jan
     * Roth"), so a word after a given name that merely ends in a role noun is a surname ("Colin Whitebrother").
     */
    private static boolean endsWithTitle(List<Token> tokens, int from, int to) {
        Token last = tokens.get(to - 1);
        return to - from == 1 ? RoleFinder.isTitle(last)
                : Lexicon.isRoleHead(last.text()) || Lexicon.isHonorific(last.text());
    }

    /**
     * Whether the run is a given name and a surname that is also a role noun, as after a title in lower case it is:
     * "analyst Ann Bishop", "coach Rui Judge"; the title stands before the name, so none ends it. After a capitalised
     * title the words are the rest of the title ("Chief Strategy Officer").
     */
    private static boolean titleAsSurname(List<Token> tokens, int from, int to) {
        Token last = tokens.get(to - 1);
        return to - from == 2 && from > 0 && !tokens.get(from - 1).capitalised() && nameWord(tokens.get(from))
                && last.capitalised() && !last.allCaps() && Lexicon.isRoleHead(last.bare());
    }

    /**
     * Whether a lower-case noun of places, in the article's language, stands right before the name: "деревни Тихий
     * Лог". After a title the noun is the office's complement and the name its holder's: "глава района Виктор Рой".
     */
    private static boolean placeNounBefore(SegmentedArticle text, List<Token> tokens, int from) {
        return from > 0 && !tokens.get(from - 1).capitalised()
                && text.body().substring(tokens.get(from - 1).end(), tokens.get(from).start()).isBlank()
                && Lexicon.isPlaceNoun(tokens.get(from - 1).text(), text.language())
                && (from < 2 || !RoleFinder.isTitle(tokens.get(from - 2)));
    }

    /** Whether a lower-case noun of places follows the name: "Van Buren county", "Van Buren counties". */
    private static boolean placeNounAfter(String body, List<Token> tokens, int to) {
        if (to >= tokens.size() || tokens.get(to).capitalised()
                || !body.substring(tokens.get(to - 1).end(), tokens.get(to).start()).isBlank()) {
            return false;
        }
        String noun = tokens.get(to).text();
        return PLACE_NOUNS.contains(noun.endsWith("ies") ? noun.substring(0, noun.length() - 3) + "y"
                : noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun);
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
        if (isInitials(word)) {
            return true;
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

    /**
     * Whether a word between a person's given name and surname is a middle name that {@link #nameWord} would refuse:
     * initials without points, as British and journal style writes them ("WA", "JRR"), or a romanised given name
     * written in two capitalised parts ("RuiWen", "XiaoMing"). Either would be an acronym or a brand on its own, but a
     * name word on each side, in a run of three words, makes the run a person's; a longer run with capitals inside
     * is a team and a position ("Browns DL Sheldon Richardson") or a title ("Pokemon Sword OR Shield").
     */
    private static boolean middleName(String word) {
        return MIDDLE_INITIALS.matcher(word).matches() && !Lexicon.isKnownOrganisation(word)
                || TWO_PART_GIVEN_NAME.matcher(word).matches();
    }

    /**
     * Whether the run opens with an acronym of letters, not a country's ("US Open"), and goes on with name words:
     * people's initials are written with points ("J.R. Smith"), a company's acronym without.
     */
    private static boolean acronymFirst(List<Token> tokens, int from, int to) {
        String acronym = tokens.get(from).bare();
        if (acronym.length() < 2 || !acronym.chars().allMatch(Character::isUpperCase) || Lexicon.isCountryCode(acronym)
                || Lexicon.isNonOrgAcronym(acronym)) {
            return false;
        }
        for (int j = from + 1; j < to; j++) {
            if (!nameWord(tokens.get(j))) {
                return false;
            }
        }
        return true;
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

    static boolean hasOrgKeyword(List<Token> tokens, int from, int to) {
        for (int j = from; j < to; j++) {
            if (tokens.get(j).capitalised() && Lexicon.isOrgKeyword(tokens.get(j).bare())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is a person's initials, one capital or capitals joined by points: "J", "J.J", "J.R". */
    static boolean isInitials(String word) {
        if (word.isEmpty() || word.length() % 2 == 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (i % 2 == 0 ? !Character.isUpperCase(word.charAt(i)) : word.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }

    /** Whether a word has a capital inside, as companies write their names: "WeWork", "InfoNation". */
    static boolean isBrand(String word) {
        return BRAND.matcher(word).matches();
    }

    /** The words {@code [from, to)} as written, without the possessive ending of the last. */
    static String coreText(String body, List<Token> tokens, int from, int to) {
        return body.substring(tokens.get(from).start(), tokens.get(to - 1).start()) + tokens.get(to - 1).bare();
    }
}
