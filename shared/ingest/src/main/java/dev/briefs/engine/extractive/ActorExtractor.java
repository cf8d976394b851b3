package dev.briefs.engine.extractive;

import dev.briefs.brief.Actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the people and organisations of an article. Each capitalised run is read as a name: titles are split off
 * ("UK Prime Minister" + "Keir Starmer"), sentence-initial words the article also writes in lower case are dropped,
 * places, dates and events are set aside, and what remains is a person (two to four name words, or one after a
 * title) or an organisation (an organisation word, a known acronym or a metonym such as "Downing Street"). Later
 * surname and possessive mentions are then counted against the full names.
 */
final class ActorExtractor {

    private enum Kind { PERSON, ORGANISATION, ACRONYM, COUNTRY, NAME }

    /**
     * One capitalised run read as a name.
     *
     * @param kind       what the name is
     * @param core       the name as written, title and possessive ending removed
     * @param role       the role written with it, or empty
     * @param start      offset of the name
     * @param end        offset after it, possessive ending included
     * @param quoted     whether it stands inside a quotation
     * @param possessive whether it is written as a possessive
     * @param acting     whether a verb of action or speech follows it directly ("Russia launched")
     */
    private record Candidate(Kind kind, String core, String role, int start, int end, boolean quoted,
                             boolean possessive, boolean acting) {

        boolean singleWord() {
            return core.indexOf(' ') < 0;
        }
    }

    /** A cast member while the article is read. */
    private static final class Draft {
        final String name;
        final String type;
        final Kind kind;
        final List<String> aliases = new ArrayList<>();
        String role = "";
        int mentions;
        int first = Integer.MAX_VALUE;
        boolean namedOutsideQuotes;
        int actingMentions;

        Draft(String name, String type, Kind kind) {
            this.name = name;
            this.type = type;
            this.kind = kind;
        }
    }

    private static final Set<String> ACTING_VERBS = Set.of("said", "says", "announced", "agreed", "rejected", "warned",
            "launched", "imposed", "signed", "threatened", "demanded", "vowed", "insisted", "claimed", "pledged",
            "confirmed", "refused", "attacked", "struck", "invaded", "retaliated", "responded", "accused", "denied",
            "deployed", "offered", "proposed", "approved", "blocked", "banned", "sanctioned", "condemned", "urged",
            "declared", "expelled", "summoned", "halted", "suspended", "resumed", "withdrew", "voted", "told", "added",
            "plans", "wants", "seeks", "insists", "warns", "announces", "reported", "reports");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would", "is", "was", "also",
            "then", "now", "quickly", "previously", "later", "already");
    private static final Set<String> SPLITTING_PARTICLES = Set.of("of", "for");
    /** Verb and adverb forms that open sentences ("Getting", "Asked", "Notably") but start no name. */
    private static final Pattern NAME_PREFIX = Pattern.compile("Mc|De|Di|Da|Du|La|Le|Van|Von|Fitz");
    private static final Pattern INFLECTED = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:ing|ed|ly)");
    private static final Set<String> COMPANY_SUFFIXES = Set.of("inc", "co", "corp", "ltd", "llc", "plc", "gmbh", "ag",
            "sa", "group", "holdings", "company", "corporation", "limited");
    /** First words of place names, never of a person's. */
    private static final Set<String> PLACE_PREFIXES = Set.of("st", "saint", "ste", "mount", "mt", "fort", "ft", "lake",
            "port", "san", "santa", "los", "las", "new", "north", "south", "east", "west", "upper", "lower", "greater",
            "central", "northern", "southern", "eastern", "western", "cape", "isle", "glen");

    private ActorExtractor() {
    }

    static Cast extract(ArticleText text) {
        Set<Integer> starts = new HashSet<>();
        text.sentences().forEach(sentence -> starts.add(sentence.start()));
        text.quotations().forEach(quotation -> starts.add(quotation.textStart()));
        Set<String> lowerCase = new HashSet<>();
        List<NameSpan> spans = new ArrayList<>();
        for (ArticleText.Paragraph paragraph : text.paragraphs()) {
            if (paragraph.isHeading()) {
                continue;
            }
            List<Token> tokens = Tokenizer.words(text.body(), paragraph.start(), paragraph.end());
            for (Token token : tokens) {
                if (!token.capitalised()) {
                    lowerCase.add(Lexicon.lower(token.text()));
                }
            }
            spans.addAll(NameSpanScanner.scan(text, paragraph.index(), tokens, starts));
        }
        ArticleText.Sentence lede = text.lede();
        int datelineEnd = lede == null ? -1 : text.ledeStart(lede);
        List<Candidate> candidates = new ArrayList<>();
        for (NameSpan span : spans) {
            if (lede == null || span.start() < lede.start() || span.start() >= datelineEnd) {
                read(text, span, lowerCase, candidates); // the agency in a dateline publishes, it does not act
            }
        }
        return build(text.body(), candidates, lowerCase);
    }

    /** Reads one run, splitting it at possessives ("Trump’s Article") and, when it is no name as a whole, at "of". */
    private static void read(ArticleText text, NameSpan span, Set<String> lowerCase, List<Candidate> out) {
        for (int j = span.from(); j < span.to() - 1; j++) {
            if (span.token(j).possessive()) {
                read(text, sub(span, span.from(), j + 1), lowerCase, out);
                read(text, sub(span, j + 1, span.to()), lowerCase, out);
                return;
            }
        }
        int from = span.from();
        int to = span.to();
        while (from < to && dropsFromStart(span, from, lowerCase)) {
            from++;
        }
        while (to > from && (!span.token(to - 1).capitalised() || functionWord(span.token(to - 1)))) {
            to--;
        }
        if (from >= to) {
            return;
        }
        Candidate candidate = candidate(text, span, from, to, lowerCase);
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

    /**
     * Whether the word at {@code index} is no part of a name: a function word, or the first word of a sentence that
     * the article also writes in lower case ("Earlier", "Leaders"). A capital "The" inside a sentence is kept, as in
     * "The Times".
     */
    private static boolean dropsFromStart(NameSpan span, int index, Set<String> lowerCase) {
        Token token = span.token(index);
        String word = token.text();
        if (!token.capitalised()) {
            return true;
        }
        boolean initial = index == span.from() && span.sentenceInitial();
        if (initial) {
            if (startsKnownName(span, index)) {
                return false; // "New York Times said", "New Zealand"
            }
            return functionWord(token) || !token.allCaps() && lowerCase.contains(Lexicon.lower(word))
                    || index + 1 < span.to() && INFLECTED.matcher(word).matches(); // "Getting Disney…", "Asked…"
        }
        return functionWord(token) && !word.equals("The");
    }

    /** A function word, unless written as an acronym ("WHO", "US" are names). */
    private static boolean functionWord(Token token) {
        return Lexicon.isFunctionWord(token.text()) && !(token.allCaps() && token.bare().length() >= 2);
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
    private static Candidate candidate(ArticleText text, NameSpan span, int from, int to, Set<String> lowerCase) {
        String body = text.body();
        List<Token> tokens = span.tokens();
        if (Lexicon.isKnownOrganisation(coreText(body, tokens, from, to))) {
            return make(text, span, Kind.ORGANISATION, from, to, "");
        }
        if (to - from >= 2 && Lexicon.isOrgKeyword(tokens.get(to - 1).bare()) && !RoleFinder.isTitle(tokens.get(to - 2))) {
            return make(text, span, Kind.ORGANISATION, from, to, ""); // "Riverside General Hospital"
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
            return make(text, span, Kind.ORGANISATION, nameFrom - 1, to, ""); // "The Times"
        }
        Kind kind = classify(body, tokens, nameFrom, to, titled);
        if (kind == Kind.PERSON && !titled && allCommonWords(tokens, nameFrom, to, lowerCase)) {
            kind = null; // "Best Buy", "Solar System", "Wireless Charging Pad": words the article also uses as words
        }
        if (kind == null) {
            if (to - from >= 2 && Lexicon.isKnownOrganisation(tokens.get(from).text())) {
                // "Apple Arcade", "Google Stadia": a product named after its maker.
                return make(text, span, Kind.ORGANISATION, from, from + 1, "");
            }
            return null;
        }
        if (kind == Kind.PERSON && role.isEmpty()) {
            ArticleText.Sentence sentence = text.sentenceAt(tokens.get(to - 1).start());
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

    private static Candidate make(ArticleText text, NameSpan span, Kind kind, int from, int to, String role) {
        List<Token> tokens = span.tokens();
        Token last = tokens.get(to - 1);
        String body = text.body();
        return new Candidate(kind, coreText(body, tokens, from, to), role, tokens.get(from).start(), last.end(),
                text.insideQuotation(tokens.get(from).start()), last.possessive(), acting(text.body(), tokens, to));
    }

    private static Kind classify(String body, List<Token> tokens, int from, int to, boolean titled) {
        String core = coreText(body, tokens, from, to);
        if (tokens.get(from).text().equals("The")) {
            return Kind.ORGANISATION;
        }
        if (Lexicon.isKnownOrganisation(core)) {
            return Kind.ORGANISATION;
        }
        if (Lexicon.isPlace(core)) {
            return Lexicon.isCountry(core) ? Kind.COUNTRY : null;
        }
        Token last = tokens.get(to - 1);
        if (Lexicon.isNonActorWord(last.bare()) || Lexicon.isCalendarWord(last.bare()) || RoleFinder.isTitle(last)
                || last.bare().length() == 1) {
            return null; // a place or event, a title without a name ("Senate Leader"), "Group C"
        }
        if (to - from >= 2 && (hasOrgKeyword(tokens, from, to) || core.contains("&"))) {
            return Kind.ORGANISATION; // "Bank of England", "Ernst & Young"
        }
        if (PLACE_PREFIXES.contains(Lexicon.lower(tokens.get(from).text())) && to - from >= 2) {
            return null; // "St. Louis", "Fort Worth", "San Diego"
        }
        if (to - from == 1 && last.allCaps() && last.bare().length() >= 2 && last.bare().length() <= 6
                && last.bare().chars().allMatch(Character::isLetter)
                && !Lexicon.isNonOrgAcronym(last.bare()) && !Lexicon.isPlace(last.bare())) {
            return Kind.ACRONYM;
        }
        return personOrName(body, tokens, from, to, titled);
    }

    /** Two to four name words make a person; one makes a person after a title, otherwise a name to match later. */
    private static Kind personOrName(String body, List<Token> tokens, int from, int to, boolean titled) {
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
            return Kind.PERSON;
        }
        return titled ? Kind.PERSON : Kind.NAME;
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
        return !Lexicon.isFunctionWord(word) && !Lexicon.isCalendarWord(word) && !Lexicon.isDemonym(word)
                && !Lexicon.isOrgKeyword(word) && !Lexicon.isNonActorWord(word) && !Lexicon.isRoleHead(word)
                && !Lexicon.isRoleModifier(word) && !Lexicon.isCountryCode(word);
    }

    private static boolean hasOrgKeyword(List<Token> tokens, int from, int to) {
        for (int j = from; j < to; j++) {
            if (tokens.get(j).capitalised() && Lexicon.isOrgKeyword(tokens.get(j).bare())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb of speech or action follows the name, perhaps after an auxiliary ("Russia has launched"). */
    private static boolean acting(String body, List<Token> tokens, int to) {
        int j = to;
        while (j < tokens.size() && AUXILIARIES.contains(tokens.get(j).text())
                && body.substring(tokens.get(j - 1).end(), tokens.get(j).start()).isBlank()) {
            j++;
        }
        return j < tokens.size() && ACTING_VERBS.contains(tokens.get(j).text())
                && body.substring(tokens.get(j - 1).end(), tokens.get(j).start()).isBlank();
    }

    /** The words {@code [from, to)} as written, without the possessive ending of the last. */
    private static String coreText(String body, List<Token> tokens, int from, int to) {
        return body.substring(tokens.get(from).start(), tokens.get(to - 1).start()) + tokens.get(to - 1).bare();
    }

    private static Cast build(String body, List<Candidate> candidates, Set<String> lowerCase) {
        Map<String, Draft> byKey = new HashMap<>();
        List<Draft> drafts = new ArrayList<>();
        Set<String> surnames = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (candidate.kind() == Kind.PERSON && !candidate.singleWord()) {
                surnames.add(NameMatcher.surnameOf(candidate.core()));
            }
        }
        for (Candidate candidate : candidates) {
            boolean person = candidate.kind() == Kind.PERSON;
            if (candidate.kind() == Kind.NAME || person && candidate.singleWord()
                    || !person && candidate.singleWord() && surnames.contains(NameMatcher.key(candidate.core()))) {
                continue; // in a story about John Ford, "Ford" is him rather than the carmaker
            }
            Draft draft = byKey.computeIfAbsent(NameMatcher.key(candidate.core()), key -> {
                Draft created = new Draft(candidate.core(), person ? Actor.PERSON : Actor.ORGANISATION, candidate.kind());
                drafts.add(created);
                return created;
            });
            if (!person) {
                acronymAfter(body, candidate.end()).ifPresent(draft.aliases::add);
                draft.aliases.addAll(companyAliases(candidate.core()));
            }
        }
        for (Candidate candidate : candidates) {
            if (candidate.kind() == Kind.PERSON && candidate.singleWord()
                    && drafts.stream().noneMatch(d -> d.kind == Kind.PERSON
                    && NameMatcher.surnameOf(d.name).equals(NameMatcher.key(candidate.core())))) {
                // "President Trump" with no "Donald Trump" anywhere: the surname is all the article gives.
                byKey.computeIfAbsent(NameMatcher.key(candidate.core()), key -> {
                    Draft created = new Draft(candidate.core(), Actor.PERSON, Kind.PERSON);
                    drafts.add(created);
                    return created;
                });
            }
        }
        mergeShortNames(drafts);
        NameMatcher draftNames = matcher(drafts);
        List<Mention> mentions = new ArrayList<>();
        int[] lastSeen = new int[drafts.size()];
        Arrays.fill(lastSeen, -1);
        for (Candidate candidate : candidates) {
            int id = draftNames.resolve(candidate.core(), lastSeen);
            if (id < 0) {
                continue;
            }
            Draft draft = drafts.get(id);
            lastSeen[id] = candidate.start();
            mentions.add(new Mention(id, candidate.start(), candidate.end(), candidate.quoted(), candidate.possessive()));
            draft.mentions++;
            draft.first = Math.min(draft.first, candidate.start());
            draft.namedOutsideQuotes |= !candidate.quoted();
            draft.actingMentions += candidate.acting() && !candidate.quoted() ? 1 : 0;
            if (draft.role.isEmpty() && draft.kind == Kind.PERSON) {
                draft.role = candidate.role();
            }
        }
        return cast(drafts, mentions, lowerCase);
    }

    /**
     * "Eriksson Ek" and later "Joel Eriksson Ek" are one person: a shorter name that ends a longer one becomes an
     * alias of the longer, which is the full name.
     */
    private static void mergeShortNames(List<Draft> drafts) {
        for (Draft shorter : List.copyOf(drafts)) {
            if (shorter.kind != Kind.PERSON) {
                continue;
            }
            String suffix = " " + NameMatcher.key(shorter.name);
            for (Draft longer : drafts) {
                if (longer != shorter && longer.kind == Kind.PERSON && NameMatcher.key(longer.name).endsWith(suffix)) {
                    longer.aliases.add(shorter.name);
                    drafts.remove(shorter);
                    break;
                }
            }
        }
    }

    /** "Walt Disney Co." is also "Walt Disney" and "Disney"; "SoftBank Group Corp" is also "SoftBank Group". */
    private static List<String> companyAliases(String name) {
        List<String> words = new ArrayList<>(List.of(name.split("\\s+")));
        List<String> aliases = new ArrayList<>();
        while (words.size() > 1 && COMPANY_SUFFIXES.contains(Lexicon.lower(words.getLast().replace(".", "")))) {
            words.removeLast();
            aliases.add(String.join(" ", words));
        }
        String last = words.getLast();
        if (!aliases.isEmpty() && words.size() > 1 && !Lexicon.isOrgKeyword(last) && !Lexicon.isFunctionWord(last)) {
            aliases.add(last);
        }
        return aliases;
    }

    /** Keeps the drafts that act in the story, most mentioned first, and renumbers them and their mentions. */
    private static Cast cast(List<Draft> drafts, List<Mention> mentions, Set<String> lowerCase) {
        List<Draft> kept = new ArrayList<>();
        for (Draft draft : drafts) {
            if (draft.mentions > 0 && acts(draft)) {
                kept.add(draft);
            }
        }
        kept.sort(Comparator.comparingInt((Draft d) -> -d.mentions).thenComparingInt(d -> d.first));
        Map<Draft, Integer> ids = new HashMap<>();
        List<CastMember> members = new ArrayList<>();
        for (Draft draft : kept) {
            int id = members.size();
            ids.put(draft, id);
            members.add(new CastMember(id, draft.name, draft.role, draft.type, draft.mentions, keyword(draft)));
        }
        List<Mention> keptMentions = new ArrayList<>();
        for (Mention mention : mentions) {
            Integer id = ids.get(drafts.get(mention.member()));
            if (id != null) {
                keptMentions.add(new Mention(id, mention.start(), mention.end(), mention.quoted(), mention.possessive()));
            }
        }
        return new Cast(members, keptMentions, matcher(kept), lowerCase);
    }

    /**
     * A person or organisation must be named outside quotations or twice; an unknown acronym twice and
     * outside quotations; a country only when it is twice the subject of a verb of action ("Russia launched").
     */
    private static boolean acts(Draft draft) {
        return switch (draft.kind) {
            case PERSON -> draft.namedOutsideQuotes || draft.mentions >= 2;
            case ORGANISATION -> draft.namedOutsideQuotes || draft.mentions >= 2;
            case ACRONYM -> Lexicon.isKnownOrganisation(draft.name) || draft.namedOutsideQuotes && draft.mentions >= 2;
            case COUNTRY -> draft.actingMentions >= 2;
            case NAME -> false;
        };
    }

    private static NameMatcher matcher(List<Draft> drafts) {
        NameMatcher matcher = new NameMatcher();
        for (int id = 0; id < drafts.size(); id++) {
            Draft draft = drafts.get(id);
            matcher.addName(draft.name, id);
            for (String alias : draft.aliases) {
                matcher.addName(alias, id);
            }
        }
        for (int id = 0; id < drafts.size(); id++) {
            if (drafts.get(id).kind == Kind.PERSON) {
                matcher.addSurname(drafts.get(id).name, id);
            }
        }
        return matcher;
    }

    /** "World Health Organization (WHO)": the acronym in brackets after a name is another name for it. */
    private static Optional<String> acronymAfter(String body, int end) {
        if (!body.startsWith(" (", end)) {
            return Optional.empty();
        }
        int close = body.indexOf(')', end + 2);
        if (close < 0 || close - end > 12) {
            return Optional.empty();
        }
        String inner = body.substring(end + 2, close);
        return inner.length() >= 2 && inner.chars().allMatch(c -> Character.isUpperCase(c) || c == '&')
                ? Optional.of(inner) : Optional.empty();
    }

    /** The noun a description of the member would use: its role noun, or the organisation word of its name. */
    private static String keyword(Draft draft) {
        String source = draft.kind == Kind.PERSON ? draft.role : draft.name;
        String keyword = "";
        for (String word : source.split("[\\s’']+")) {
            if (draft.kind == Kind.PERSON ? Lexicon.isRoleHead(word) : Lexicon.isOrgKeyword(word)) {
                keyword = Lexicon.lower(word);
                if (draft.kind != Kind.PERSON) {
                    break;
                }
            }
        }
        return keyword;
    }
}
