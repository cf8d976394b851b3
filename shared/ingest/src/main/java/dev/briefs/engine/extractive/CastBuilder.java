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
 * Builds the cast from the names {@link CandidateReader} read: one member per person or organisation, full names
 * before surnames ("Ford" is John Ford in a story about him, not the carmaker), short names merged into long ones
 * ("Eriksson Ek", "Josh" for "Joshua"), aliases for acronyms and company forms, then every mention counted against
 * the members, with whether it acts and whether it is history.
 */
final class CastBuilder {

    /** A cast member while the article is read. */
    /** How long an honorific before a name may be ("Maître"). */
    private static final int MAX_HONORIFIC_CHARS = 8;

    private static final class Draft {
        final String name;
        final String type;
        final NameCandidate.Kind kind;
        final List<String> aliases = new ArrayList<>();
        /** The organisation's own short name, given in brackets after its full name ("(Profeco)"), or empty. */
        String shortName = "";
        /** How often the story names it by that short name, and by its full name. */
        int shortMentions;
        int fullMentions;
        String role = "";
        int mentions;
        int first = Integer.MAX_VALUE;
        boolean namedOutsideQuotes;
        /** Mentions that act or speak: "Russia launched", "Austria argued". */
        int partMentions;
        int subjectMentions;
        int deedMentions;
        int speechMentions;
        int narratedMentions;
        boolean historical;
        int actedOnMentions;
        int pastMentions;
        int asideMentions;
        boolean actedOnInLede;

        Draft(String name, String type, NameCandidate.Kind kind) {
            this.name = name;
            this.type = type;
            this.kind = kind;
        }
    }

    /** The relative pronouns of things and of people after a name: ", which" against ", who". */
    private static final Pattern THING_RELATIVE = Pattern.compile(",\\s+which\\b");
    /** A Russian patronymic: "Петровна", "Ильич", "Сергеевич", "Никитична". */
    private static final Pattern PATRONYMIC = Pattern.compile("\\p{IsCyrillic}{2,}(?:овна|евна|ична|ович|евич|ич)");
    private static final Pattern PERSON_RELATIVE = Pattern.compile(",\\s+(?:who|whom|whose)\\b");
    /** What opens an apposition that names a person's organisation: ", of the", ", de la", ", du syndicat". */
    private static final Pattern OF_ORGANISATION = Pattern.compile(",\\s+(?:of|from|with|at|de|del|della|di|du|da|do"
            + "|von|vom)\\s+(?:(?:the|la|le|les|el|il|lo|a|o)\\s+|l['’])?(?:\\p{Ll}+\\s+)?");
    /** A one-word name is a place when at least one mention in this many stands after a preposition of place. */
    private static final int PLACE_SHARE = 4;
    private static final int BRAND_PLACE_SHARE = 2;

    private CastBuilder() {
    }

    /**
     * The cast of an article: its candidates read, then built into members and mentions.
     *
     * @param byline the author line of the page's metadata ("By Ann Roe · Courier"), whose names are no actors, or
     *               null
     */
    static Cast build(SegmentedArticle text, String byline) {
        CandidateReader.Reading reading = CandidateReader.read(text, byline);
        return build(text, new ArrayList<>(reading.candidates()), reading.lowerCase());
    }

    /** The cast built from candidates read elsewhere, as a transcript's speaker labels add to the text's. */
    static Cast build(SegmentedArticle text, List<NameCandidate> candidates, Set<String> lowerCase) {
        String body = text.body();
        PastSentences past = PastSentences.of(text);
        Map<String, Draft> byKey = new HashMap<>();
        List<Draft> drafts = new ArrayList<>();
        thingsNamedLikePeople(body, candidates);
        Set<String> surnames = new HashSet<>();
        Set<String> titledNames = new HashSet<>(); // "President Trump": a single name a title makes a person's
        for (NameCandidate candidate : candidates) {
            if (candidate.kind() == NameCandidate.Kind.PERSON && !candidate.singleWord()) {
                surnames.add(NameMatcher.surnameOf(candidate.core()));
            } else if (candidate.kind() == NameCandidate.Kind.PERSON) {
                titledNames.add(NameMatcher.key(candidate.core()));
            }
        }
        shortFormsOfOrganisations(candidates, surnames);
        Map<String, int[]> names = new HashMap<>();
        for (NameCandidate candidate : candidates) {
            if (candidate.kind() == NameCandidate.Kind.NAME && !candidate.quoted()) {
                int[] seen = names.computeIfAbsent(NameMatcher.key(candidate.core()), k -> new int[3]);
                seen[0]++;
                seen[1] += candidate.subject() ? 1 : 0;
                seen[2] += candidate.located() ? 1 : 0;
            }
        }
        Set<String> affiliations = affiliations(candidates, false);
        Set<String> speakersEmployers = affiliations(candidates, true);
        speakersEmployers.addAll(employersInAppositions(body, candidates));
        Set<String> headlineWords = new HashSet<>();
        for (Token word : Tokenizer.words(text.title(), 0, text.title().length())) {
            headlineWords.add(NameMatcher.key(word.bare()));
        }
        for (int i = 0; i < candidates.size(); i++) {
            int[] seen = candidates.get(i).kind() == NameCandidate.Kind.NAME ? names.get(NameMatcher.key(candidates.get(i).core())) : null;
            String key = NameMatcher.key(candidates.get(i).core());
            int named = seen == null ? 0 : seen[0] + (headlineWords.contains(key) ? 1 : 0);
            // A brand's capital inside ("InfoNation") marks a company even when it is sometimes "from" it.
            int placeShare = NameTyping.isBrand(candidates.get(i).core()) ? BRAND_PLACE_SHARE : PLACE_SHARE;
            // A source's employer takes part in the story through its words ("Velda analyst Ann Roe said"): once is enough.
            // The "at" of "General Manager at GE Healthcare" is the speaker's employer; one word may be their town.
            boolean employsSpeaker = speakersEmployers.contains(key) && key.indexOf(' ') > 0;
            boolean actsOrEmploys = named >= 2 && (seen[1] >= 1 || affiliations.contains(key))
                    || speakersEmployers.contains(key);
            if (seen != null && actsOrEmploys && (seen[2] * placeShare < named || employsSpeaker)
                    && !surnames.contains(key) && !titledNames.contains(key) && !lowerCase.contains(key)
                    && !Lexicon.isDemonym(key) && !Lexicon.isPeopleNoun(key)) {
                // "WeWork declined…", "WeWork had…": a one-word name the story (or its headline) names twice and makes
                // act, or names as someone's employer ("Head of Sales at Velda"), rarely "in" it, and no one's
                // surname nor a titled person's name ("President Trump"), is an organisation; a noun of people
                // ("Menschen", "Anwohner", which German writes with a capital) never is.
                candidates.set(i, candidates.get(i).as(NameCandidate.Kind.ORGANISATION));
            }
        }
        for (NameCandidate candidate : candidates) {
            boolean person = candidate.kind() == NameCandidate.Kind.PERSON;
            if (candidate.kind() == NameCandidate.Kind.NAME || person && candidate.singleWord()
                    || !person && candidate.singleWord() && surnames.contains(NameMatcher.key(candidate.core()))) {
                continue; // in a story about John Ford, "Ford" is him rather than the carmaker
            }
            Draft draft = byKey.computeIfAbsent(NameMatcher.key(candidate.core()), key -> {
                Draft created = new Draft(candidate.core(), person ? Actor.PERSON : Actor.ORGANISATION, candidate.kind());
                drafts.add(created);
                return created;
            });
            if (!person) {
                Optional<String> shortName = shortNameAfter(body, candidate.end(), !candidate.singleWord());
                shortName.ifPresent(draft.aliases::add);
                shortName.ifPresent(name -> draft.shortName = name);
                draft.aliases.addAll(companyAliases(candidate.core()));
                keywordAlias(candidate.core(), surnames).ifPresent(draft.aliases::add);
            }
        }
        for (NameCandidate candidate : candidates) {
            if (candidate.kind() == NameCandidate.Kind.PERSON && candidate.singleWord()
                    && drafts.stream().noneMatch(d -> d.kind == NameCandidate.Kind.PERSON
                    && NameMatcher.surnameOf(d.name).equals(NameMatcher.key(candidate.core())))) {
                // "President Trump" with no "Donald Trump" anywhere: the surname is all the article gives.
                byKey.computeIfAbsent(NameMatcher.key(candidate.core()), key -> {
                    Draft created = new Draft(candidate.core(), Actor.PERSON, NameCandidate.Kind.PERSON);
                    drafts.add(created);
                    return created;
                });
            }
        }
        for (NameCandidate candidate : candidates) {
            Draft draft = byKey.get(NameMatcher.key(candidate.core()));
            if (draft != null && draft.kind == NameCandidate.Kind.PERSON && !candidate.singleWord()
                    && honorificBefore(text, candidate.start())) {
                // "Doña Herminia Cárdenas" … "Doña Herminia": the honorific and first name are how the story names her
                draft.aliases.add(candidate.core().substring(0, candidate.core().indexOf(' ')));
            }
        }
        mergeShortNames(drafts);
        mergeAcronyms(drafts);
        NameMatcher draftNames = matcher(drafts);
        SegmentedArticle.Sentence lede = text.lede();
        List<Mention> mentions = new ArrayList<>();
        int[] lastSeen = new int[drafts.size()];
        Arrays.fill(lastSeen, -1);
        for (NameCandidate candidate : candidates) {
            int id = draftNames.resolve(candidate.core(), lastSeen);
            if (id < 0) {
                continue;
            }
            Draft draft = drafts.get(id);
            lastSeen[id] = candidate.start();
            mentions.add(new Mention(id, candidate.start(), candidate.end(), candidate.quoted(), candidate.possessive()));
            draft.mentions++;
            draft.shortMentions += candidate.core().equals(draft.shortName) ? 1 : 0;
            draft.fullMentions += candidate.core().equals(draft.name) ? 1 : 0;
            draft.first = Math.min(draft.first, candidate.start());
            draft.namedOutsideQuotes |= !candidate.quoted();
            draft.partMentions += (candidate.acting() || candidate.speaks()) && !candidate.quoted() ? 1 : 0;
            draft.subjectMentions += candidate.subject() && !candidate.quoted() ? 1 : 0;
            draft.deedMentions += candidate.subject() && !candidate.speaks() && !candidate.reports() && !candidate.quoted() ? 1 : 0;
            draft.speechMentions += candidate.speaks() && !candidate.quoted() ? 1 : 0;
            draft.narratedMentions += candidate.quoted() ? 0 : 1;
            draft.pastMentions += past.contains(candidate.start()) ? 1 : 0;
            draft.historical |= candidate.time() == NameCandidate.Time.HISTORY;
            draft.actedOnMentions += candidate.actedOn() && !candidate.quoted() ? 1 : 0;
            // A possessive qualifies a noun ("Roe’s plan"), unless that noun acts for the name ("Roe’s office said").
            draft.asideMentions += (candidate.time() == NameCandidate.Time.BACKGROUND
                    || candidate.possessive() && !candidate.acting()) && !candidate.quoted() ? 1 : 0;
            draft.actedOnInLede |= candidate.actedOn() && !candidate.quoted() && lede != null
                    && lede.start() <= candidate.start() && candidate.start() < lede.end();
            if (draft.role.isEmpty() && draft.kind == NameCandidate.Kind.PERSON) {
                draft.role = candidate.role();
            }
        }
        return cast(drafts, mentions, lowerCase, speakersEmployers, "en".equals(text.language()));
    }

    /**
     * "Big Machine, which was bought…": a name the article follows with "which" or with the acronym of its initials in
     * brackets, and never with "who", and never gives a title, is a thing (a company, a label), not a person.
     */
    private static void thingsNamedLikePeople(String body, List<NameCandidate> candidates) {
        Map<String, int[]> relatives = new HashMap<>();
        for (NameCandidate candidate : candidates) {
            if (candidate.kind() == NameCandidate.Kind.PERSON && !candidate.singleWord()) {
                int[] seen = relatives.computeIfAbsent(NameMatcher.key(candidate.core()), k -> new int[2]);
                String after = body.substring(candidate.end(), Math.min(body.length(), candidate.end() + 8));
                seen[0] += THING_RELATIVE.matcher(after).lookingAt() || spelledInBrackets(body, candidate) ? 1 : 0;
                seen[1] += PERSON_RELATIVE.matcher(after).lookingAt() || !candidate.role().isEmpty() ? 1 : 0;
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            int[] seen = relatives.get(NameMatcher.key(candidates.get(i).core()));
            if (seen != null && seen[0] > 0 && seen[1] == 0) {
                candidates.set(i, candidates.get(i).as(NameCandidate.Kind.ORGANISATION));
            }
        }
    }

    /**
     * "Régie des Transports Lacustres (RTL)": a name followed by the acronym of its initials in brackets is an
     * organisation's, whatever its head noun; no one gives a person's name an acronym.
     */
    private static boolean spelledInBrackets(String body, NameCandidate candidate) {
        return shortNameAfter(body, candidate.end(), true).filter(initials(candidate.core())::equals).isPresent();
    }

    /**
     * "Big Machine" where the article also writes "Big Machine Records": a name of several words, without a title,
     * that an organisation's name holds before its organisation word is that organisation's short form, not a person.
     */
    private static void shortFormsOfOrganisations(List<NameCandidate> candidates, Set<String> surnames) {
        Set<String> shortForms = new HashSet<>();
        for (NameCandidate candidate : candidates) {
            if (candidate.kind() == NameCandidate.Kind.ORGANISATION) {
                keywordAlias(candidate.core(), surnames).ifPresent(name -> shortForms.add(NameMatcher.key(name)));
            }
        }
        for (int i = 0; i < candidates.size() && !shortForms.isEmpty(); i++) {
            NameCandidate candidate = candidates.get(i);
            if (candidate.kind() == NameCandidate.Kind.PERSON && !candidate.singleWord() && candidate.role().isEmpty()
                    && shortForms.contains(NameMatcher.key(candidate.core()))) {
                candidates.set(i, candidate.as(NameCandidate.Kind.ORGANISATION));
            }
        }
    }

    /**
     * "Eriksson Ek" and later "Joel Eriksson Ek" are one person: a shorter name that ends a longer one becomes an
     * alias of the longer, which is the full name.
     */
    private static void mergeShortNames(List<Draft> drafts) {
        for (Draft shorter : List.copyOf(drafts)) {
            if (shorter.kind != NameCandidate.Kind.PERSON) {
                continue;
            }
            String suffix = " " + NameMatcher.key(shorter.name);
            for (Draft longer : drafts) {
                if (longer != shorter && longer.kind == NameCandidate.Kind.PERSON && (NameMatcher.key(longer.name).endsWith(suffix)
                        || shortFirstName(shorter.name, longer.name) || familyNameFirst(shorter, longer, drafts)
                        || patronymicForm(shorter, longer, drafts))) {
                    longer.aliases.add(shorter.name);
                    drafts.remove(shorter);
                    break;
                }
            }
        }
    }

    /**
     * "Mr. Xi" after "Xi Jinping": a titled single name that is the first word of one two-word name, and no one's
     * surname, is that person named family name first.
     */
    private static boolean familyNameFirst(Draft shorter, Draft longer, List<Draft> drafts) {
        String key = NameMatcher.key(shorter.name);
        String[] words = NameMatcher.key(longer.name).split(" ");
        return key.indexOf(' ') < 0 && words.length == 2 && words[0].equals(key)
                && drafts.stream().filter(d -> d.kind == NameCandidate.Kind.PERSON)
                .noneMatch(d -> d != longer && (NameMatcher.key(d.name).startsWith(key + " ")
                        || d != shorter && NameMatcher.surnameOf(d.name).equals(key)));
    }

    /**
     * "EU" and "European Union", "NSC" and "National Security Council": an acronym that spells the initials of one
     * organisation's name is that organisation.
     */
    private static void mergeAcronyms(List<Draft> drafts) {
        for (Draft acronym : List.copyOf(drafts)) {
            if (acronym.kind == NameCandidate.Kind.PERSON || acronym.name.length() < 2 || acronym.name.length() > 6
                    || !acronym.name.chars().allMatch(Character::isUpperCase)) {
                continue;
            }
            List<Draft> spelled = drafts.stream().filter(d -> d != acronym && d.kind != NameCandidate.Kind.PERSON
                    && initials(d.name).equals(acronym.name)).toList();
            if (spelled.size() == 1) {
                spelled.getFirst().aliases.add(acronym.name);
                spelled.getFirst().aliases.addAll(acronym.aliases);
                drafts.remove(acronym);
            }
        }
    }

    /** The initials of a name's capitalised words: "DHS" for "Department of Homeland Security". */
    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.equals("The")) {
                initials.append(word.charAt(0));
            }
        }
        return initials.length() >= 2 ? initials.toString() : "";
    }

    /**
     * "Нина Павловна" after "Нина Соколова" or "Нина Павловна Соколова": a Russian first name and patronymic,
     * the polite form of address, is the one person with that first name and a surname.
     */
    private static boolean patronymicForm(Draft shorter, Draft longer, List<Draft> drafts) {
        String[] words = NameMatcher.key(shorter.name).split(" ");
        if (words.length != 2 || !PATRONYMIC.matcher(words[1]).matches() || !fullNameOf(words, longer.name)) {
            return false;
        }
        return drafts.stream().filter(d -> d != shorter && d.kind == NameCandidate.Kind.PERSON)
                .filter(d -> fullNameOf(words, d.name)).count() == 1;
    }

    /** Whether {@code name} is a surname's full name with the first name {@code address[0]}, and not an address. */
    private static boolean fullNameOf(String[] address, String name) {
        String[] words = NameMatcher.key(name).split(" ");
        return words.length >= 2 && words.length <= 3 && words[0].equals(address[0])
                && (words.length == 3 ? words[1].equals(address[1]) : !PATRONYMIC.matcher(words[1]).matches());
    }

    /** "Josh Allen" after "Joshua Allen": the same surname, and a first name that shortens the other. */
    private static boolean shortFirstName(String shorter, String longer) {
        String[] a = NameMatcher.key(shorter).split(" ");
        String[] b = NameMatcher.key(longer).split(" ");
        return a.length == 2 && b.length == 2 && a[1].equals(b[1]) && a[0].length() >= 3
                && a[0].length() < b[0].length() && b[0].startsWith(a[0]);
    }

    /** "Walt Disney Co." is also "Walt Disney" and "Disney"; "SoftBank Group Corp" is also "SoftBank Group". */
    private static List<String> companyAliases(String name) {
        List<String> words = new ArrayList<>(List.of(Tokenizer.WHITE_SPACE.split(name)));
        List<String> aliases = new ArrayList<>();
        while (words.size() > 1 && Lexicon.isCompanySuffix(words.getLast().replace(".", ""))) {
            words.removeLast();
            aliases.add(String.join(" ", words));
        }
        String last = words.getLast();
        if (!aliases.isEmpty() && words.size() > 1 && !Lexicon.isOrgKeyword(last) && !Lexicon.isFunctionWord(last)) {
            aliases.add(last);
        }
        return aliases;
    }

    /**
     * "Emirates Airline" is also "Emirates", "Labour Party" also "Labour": the words before an organisation word that
     * ends the name, unless they are a place ("New York Police") or someone's surname ("Ford Foundation").
     */
    private static Optional<String> keywordAlias(String name, Set<String> surnames) {
        int space = name.lastIndexOf(' ');
        if (space < 0 || !Lexicon.isOrgKeyword(name.substring(space + 1)) || Lexicon.isCompanySuffix(name.substring(space + 1))) {
            return Optional.empty();
        }
        String before = name.substring(0, space);
        String last = before.substring(before.lastIndexOf(' ') + 1);
        boolean words = !before.equals("The") && !Lexicon.isFunctionWord(last) && !Lexicon.isOrgKeyword(last)
                && Character.isUpperCase(before.charAt(0));
        return words && !Lexicon.isPlace(before) && !Lexicon.isCountryCode(before) && !Lexicon.isDemonym(before)
                && !surnames.contains(NameMatcher.key(before)) ? Optional.of(before) : Optional.empty();
    }

    /** Keeps the drafts that act in the story, most mentioned first, and renumbers them and their mentions. */
    private static Cast cast(List<Draft> drafts, List<Mention> mentions, Set<String> lowerCase,
                             Set<String> speakersEmployers, boolean english) {
        List<Draft> kept = new ArrayList<>();
        for (Draft draft : drafts) {
            if (draft.mentions > 0 && acts(draft, english)) {
                kept.add(draft);
            }
        }
        kept.sort(Comparator.comparingInt((Draft d) -> -d.mentions).thenComparingInt(d -> d.first));
        Map<Draft, Integer> ids = new HashMap<>();
        List<CastMember> members = new ArrayList<>();
        for (Draft draft : kept) {
            int id = members.size();
            ids.put(draft, id);
            members.add(new CastMember(id, displayName(draft), draft.role, draft.type, draft.mentions, draft.narratedMentions,
                    keyword(draft), draft.subjectMentions, draft.deedMentions, draft.speechMentions, draft.actedOnMentions,
                    draft.asideMentions, draft.first,
                    draft.historical || draft.pastMentions == draft.mentions));
        }
        List<Mention> keptMentions = new ArrayList<>();
        for (Mention mention : mentions) {
            Integer id = ids.get(drafts.get(mention.member()));
            if (id != null) {
                keptMentions.add(new Mention(id, mention.start(), mention.end(), mention.quoted(), mention.possessive()));
            }
        }
        return new Cast(members, keptMentions, matcher(kept), lowerCase, speakersEmployers);
    }

    /**
     * The name the story calls the member by: an organisation's own short name where the story uses it more than the
     * full name it stood in brackets after ("the Procuraduría Federal del Consumidor (Profeco)", then "Profeco" alone);
     * initials so used keep the full name they spell before them, as the story first wrote them ("Inner Harbour Ferry
     * Company (IHFC)"), since initials alone tell a reader little.
     */
    private static String displayName(Draft draft) {
        if (!draft.shortName.isEmpty() && isAcronym(draft.shortName)) {
            return draft.name + " (" + draft.shortName + ")";
        }
        return !draft.shortName.isEmpty() && draft.shortMentions > draft.fullMentions ? draft.shortName : draft.name;
    }

    /**
     * The names that people's roles give as their employer, one word first or any words last: "Velda chief
     * executive", "Head of Platform Solutions for Velda", "CEO and founder of Velda", "analyst with the research firm
     * Velda", "General Manager of Life Care Solutions at Velda Health".
     */
    private static Set<String> affiliations(List<NameCandidate> candidates, boolean speakersOnly) {
        Set<String> employers = new HashSet<>();
        for (NameCandidate candidate : candidates) {
            if (candidate.kind() == NameCandidate.Kind.PERSON && (candidate.speaks() || !speakersOnly)) {
                employers.addAll(employersIn(candidate.role()));
            }
        }
        return employers;
    }

    /**
     * The keys of the organisations a speaker's apposition names as theirs, after its particle: "Sergeant Ann Roe, of
     * the Harlow Police roads unit, said", "a declarado Ana Roe, de la Cooperativa Valle Alto,", "Marc Roe, du syndicat
     * Force Portuaire, a dit". The person's role finder reads no role there, for the apposition opens with no noun.
     */
    private static Set<String> employersInAppositions(String body, List<NameCandidate> candidates) {
        Set<String> employers = new HashSet<>();
        for (int i = 0; i + 1 < candidates.size(); i++) {
            NameCandidate person = candidates.get(i);
            NameCandidate organisation = candidates.get(i + 1);
            if (person.kind() == NameCandidate.Kind.PERSON && person.speaks()
                    && organisation.kind() == NameCandidate.Kind.ORGANISATION && person.end() < organisation.start()
                    && OF_ORGANISATION.matcher(body).region(person.end(), organisation.start()).matches()) {
                employers.add(NameMatcher.key(organisation.core()));
            }
        }
        return employers;
    }

    /** The keys of the employers a person's role names (see {@link #affiliations}): one word first, any words last. */
    private static Set<String> employersIn(String role) {
        List<Token> words = Tokenizer.words(role, 0, role.length());
        if (words.size() < 2) {
            return Set.of();
        }
        Set<String> employers = new HashSet<>();
        String first = words.getFirst().bare();
        if (!Lexicon.isRoleHead(first) && !Lexicon.isFunctionWord(first)) {
            employers.add(NameMatcher.key(first));
        }
        int name = words.size() - 1;
        while (name > 1 && words.get(name - 1).capitalised()) {
            name--; // "at GE Healthcare", "du collectif Maternité Vernolles Vivra": the employer's name may be long
        }
        String before = Lexicon.lower(words.get(name - 1).bare());
        if (before.equals("of") || before.equals("for") || before.equals("at") || Lexicon.isOrgNoun(before)) {
            employers.add(NameMatcher.key(role.substring(words.get(name).start(), words.getLast().start())
                    + words.getLast().bare()));
        }
        return employers;
    }

    /**
     * A person or organisation must be named outside quotations: one only named in them is someone the speaker talks
     * about ("think Ann Roe rather than…"); an unknown acronym twice and outside quotations, or once as a source
     * outside English, whose copy cites tickers and aliases so ("Según la CNMV, …", "Pour la CGT, …"; stage langs4);
     * a country only when it is twice the subject of a verb of action or speech ("Russia launched", "Austria argued")
     * or the object of the lede's ("Roe accused China").
     */
    private static boolean acts(Draft draft, boolean english) {
        return switch (draft.kind) {
            case PERSON, ORGANISATION -> draft.namedOutsideQuotes;
            case ACRONYM -> Lexicon.isKnownOrganisation(draft.name)
                    || draft.namedOutsideQuotes && (draft.mentions >= 2 || !english && draft.speechMentions >= 1);
            case COUNTRY -> draft.partMentions >= 2 || draft.actedOnInLede;
            case NAME -> false;
        };
    }

    /** Whether an honorific of the article's language stands right before {@code offset}: "Doña", "Me". */
    private static boolean honorificBefore(SegmentedArticle text, int offset) {
        List<Token> before = Tokenizer.words(text.body(), Math.max(0, offset - MAX_HONORIFIC_CHARS), offset);
        return !before.isEmpty() && text.text(before.getLast().end(), offset).equals(" ")
                && Lexicon.isHonorific(before.getLast().bare(), text.language());
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
            if (drafts.get(id).kind == NameCandidate.Kind.PERSON) {
                matcher.addSurname(drafts.get(id).name, id);
            }
        }
        return matcher;
    }

    /**
     * "World Health Organization (WHO)", "Procuraduría Federal del Consumidor (Profeco)": the one word in brackets
     * right after an organisation's name is another name for it: an acronym, or after a name of {@code severalWords}
     * a word of a capital and small letters, unless it names a place or another organisation ("(Scotland)", "(Nasdaq)").
     */
    private static Optional<String> shortNameAfter(String body, int end, boolean severalWords) {
        if (!body.startsWith(" (", end)) {
            return Optional.empty();
        }
        int close = body.indexOf(')', end + 2);
        if (close < 0 || close - end > 12) {
            return Optional.empty();
        }
        String inner = body.substring(end + 2, close);
        boolean acronym = isAcronym(inner);
        boolean shortName = severalWords && inner.length() >= 3 && Character.isUpperCase(inner.charAt(0))
                && inner.chars().allMatch(Character::isLetter) && !Lexicon.isPlace(inner)
                && !Lexicon.isKnownOrganisation(inner) && !Lexicon.isOutlet(inner); // not "(Nasdaq)", "(Reuters)"
        return acronym || shortName ? Optional.of(inner) : Optional.empty();
    }

    /** Whether the word is written in capitals as an acronym, perhaps a plural one: "WHO", "AT&T", "ICUs". */
    private static boolean isAcronym(String word) {
        String singular = word.length() > 2 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return singular.length() >= 2 && singular.chars().allMatch(c -> Character.isUpperCase(c) || c == '&');
    }

    /** The noun a description of the member would use: its role noun, or the organisation word of its name. */
    private static String keyword(Draft draft) {
        String source = draft.kind == NameCandidate.Kind.PERSON ? draft.role : draft.name;
        String keyword = "";
        String previous = "";
        for (String word : source.split("[\\s’']+")) {
            if (draft.kind != NameCandidate.Kind.PERSON && !word.isEmpty() && Character.isLowerCase(word.charAt(0))
                    && !keyword.isEmpty()) {
                break; // the head of "Bank of England" stands before the particle; "Hospitals Trust" is a trust
            }
            if (draft.kind == NameCandidate.Kind.PERSON ? Lexicon.isRoleHead(word)
                    : Lexicon.isOrgKeyword(word) || Lexicon.isServiceDistrict(previous, word)) {
                keyword = Lexicon.lower(word); // "the district" stands for the "Sawtooth Water District"
            }
            previous = word;
        }
        return keyword;
    }
}
