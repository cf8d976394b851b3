package dev.briefs.engine.extractive;

import dev.briefs.article.WordListLines;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The word lists the engine knows, loaded once from the resources beside this class. Every lookup is by lower-case
 * text, so callers pass names as written. The lists are small on purpose: they settle what the text itself cannot
 * (is "Alaska" a place? is "envoy" a title?), while most decisions come from how the article writes a word.
 */
final class Lexicon {

    /** The languages the engine reads, each with a file {@code languages/<code>.txt}; the first is the default. */
    static final List<String> LANGUAGES = List.of("en", "es", "it", "fr", "de", "pt", "ru");
    /**
     * The lower case of the words looked up last, one slot per hash: every stage looks up the same words of the body,
     * and the cached lower case keeps its hash, which the word lists' lookups then need not compute again. Slots are
     * read and replaced without locks: a record's fields are final, so any thread sees a slot whole.
     * First of the fields: the word lists are read through it.
     */
    private static final LowerCase[] LOWER_CASES = new LowerCase[4096];
    /** The longest text kept there: a word, not a sentence, which is lowered once and would only crowd the words out. */
    private static final int MAX_CACHED_LENGTH = 40;

    /** The sections in which every line is one phrase; in the others whitespace separates words. */
    private static final Set<String> PHRASE_SECTIONS = Set.of("forward", "before", "background", "trigger", "future",
            "times", "within", "courtesy", "same-role", "introductions", "programme", "past", "until", "elapsed",
            "conditional", "intent", "as-late-as", "since", "lasted", "deadline", "periphrases", "separable-speech",
            "transcript-notices", "question-openers", "reason-replies", "news-times");

    /** Per language, its sections; a section is a set of lower-case words, or of phrases for the cue sections. */
    private static final Map<String, Map<String, List<String>>> BY_LANGUAGE = loadLanguages();

    private static final Set<String> FUNCTION_WORDS = union(load("function-words.txt"), "function");
    private static final Set<String> ENGLISH_FUNCTION_WORDS = union(load("function-words.txt"), "function", List.of("en"));
    /** The function words of each language: the shared list and the language's own section. */
    private static final Map<String, Set<String>> FUNCTION_WORDS_BY_LANGUAGE =
            perLanguage(language -> union(load("function-words.txt"), "function", List.of(language)));
    /** Months of every language, but weekdays of English only: "Domingo" and "Sabato" are also surnames. */
    private static final Set<String> CALENDAR = union(load("calendar.txt"), "months");
    private static final Set<String> COUNTRIES = load("countries.txt");
    private static final Set<String> PLACES = load("places.txt");
    private static final Set<String> DEMONYMS = load("demonyms.txt");
    private static final Set<String> ROLE_HEADS = union(load("role-heads.txt"), "roles");
    private static final Set<String> COMPOUND_ROLES = union(Set.of(), "compound-roles");
    private static final Set<String> AMOUNTS = union(Set.of(), "amounts");
    private static final Set<String> ROLE_MODIFIERS = load("role-modifiers.txt");
    private static final Set<String> SURNAME_PARTICLES = load("surname-particles.txt");
    private static final Set<String> ORG_KEYWORDS = union(load("org-keywords.txt"), "organisations");
    private static final Set<String> ORGANISATIONS = load("organisations.txt");
    private static final Set<String> SERVICE_DISTRICTS = load("service-districts.txt");
    private static final Set<String> PUBLICATIONS = load("publications.txt");
    private static final Set<String> OUTLETS = load("outlets.txt");
    private static final Set<String> NON_ACTOR_WORDS = load("non-actor-words.txt");
    private static final Set<String> NON_ORG_ACRONYMS = load("non-org-acronyms.txt");
    private static final Set<String> ACTING_VERBS = load("acting-verbs.txt");
    private static final Set<String> PRE_VERBS = load("pre-verbs.txt");
    private static final Set<String> COMPANY_SUFFIXES = load("company-suffixes.txt");
    private static final Set<String> PLACE_PREFIXES = load("place-prefixes.txt");
    private static final Set<String> PLACE_PREPOSITIONS = union(Set.of(), "places");
    private static final Set<String> ORG_NOUNS = union(Set.of(), "orgnouns");
    private static final Set<String> LEGAL_FORMS = union(union(Set.of(), "legalforms"), "name-nouns");
    /** langs4: German adjectives that open sentences before a noun ("Neue Regeln"), and institutions' last parts. */
    private static final Set<String> SENTENCE_ADJECTIVES = union(Set.of(), "sentence-adjectives");
    private static final List<String> INSTITUTION_HEADS = List.copyOf(union(Set.of(), "institution-heads"));
    private static final Set<String> NOT_INSTITUTIONS = union(Set.of(), "not-institutions");
    private static final Map<String, Set<String>> TITLE_NOUNS = perLanguage(language -> lookupSet(cues("title-nouns", language)));
    private static final Map<String, Set<String>> OFFICE_ROLES = perLanguage(language -> lookupSet(cues("office-roles", language)));
    private static final Map<String, Set<String>> OFFICE_PREPOSITIONS = perLanguage(language -> lookupSet(cues("office-prepositions", language)));
    private static final Set<String> DEPARTMENT_PREPOSITIONS = union(Set.of("of"), "office-prepositions");
    private static final Map<String, Set<String>> OUTLET_NOUNS = perLanguage(language -> lookupSet(cues("outlet-nouns", language)));
    private static final Map<String, Set<String>> PLACE_NOUNS = perLanguage(language -> lookupSet(cues("place-nouns", language)));
    /** How many letters a noun has before the ending that marks it a person's ("pesca|dor", not "ador"). */
    private static final int MIN_PERSON_STEM_CHARS = 3;
    private static final Map<String, Set<String>> PERSON_ENDINGS = perLanguage(language -> lookupSet(cues("person-endings", language)));
    /** How many letters a verb has before the ending that marks its first person ("va|mos", not "hoy"). */
    private static final int MIN_FIRST_PERSON_STEM_CHARS = 2;
    private static final Map<String, Set<String>> FIRST_PERSON_ENDINGS = perLanguage(language ->
            lookupSet(cues("first-person-endings", language)));
    /** Words that stand alone as an adverbial of time or manner in a clause: "ayer", "ieri", "gestern" (clauses6). */
    private static final Map<String, Set<String>> CLAUSE_ADVERBS = perLanguage(language -> lookupSet(cues("adverbs", language)));
    /** Words that open a relative or subordinate clause: "who", "che", "que". */
    private static final Map<String, Set<String>> RELATIVES = perLanguage(language -> lookupSet(cues("relatives", language)));
    /** Relative pronouns that are their clause's subject ("…, which will appeal"), stage steps14. */
    private static final Map<String, Set<String>> SUBJECT_RELATIVES = perLanguage(language -> lookupSet(cues("subject-relatives", language)));
    /** Determiners that open a noun's genitive complement, without a preposition: "der Sprecher der Grünen". */
    private static final Map<String, Set<String>> GENITIVES = perLanguage(language -> lookupSet(cues("genitive", language)));
    /** The shortest first part of a compound institution: "Landes" + "amt", not "Samt". */
    private static final int MIN_COMPOUND_PREFIX = 3;

    private static final Set<String> SPEECH_VERBS = union(Set.of(), "speech");
    private static final Set<String> SPEECH_PARTICIPLES = union(Set.of(), "participles");
    private static final Set<String> INVERTED_SPEECH_VERBS = union(Set.of(), "inverted-speech");
    /** A verb and its preposition that lead an infinitive ("acabou por", "a fini par"), and the infinitives of speech. */
    private static final Set<String> PERIPHRASES = union(Set.of(), "periphrases");
    private static final Set<String> SPEECH_INFINITIVES = union(Set.of(), "speech-infinitives");
    /** A verb and its separated particle that together say something: "hielt entgegen", "gab zu" (speakers15). */
    private static final Set<String> SEPARABLE_SPEECH = union(Set.of(), "separable-speech");
    private static final Set<String> ACCORDING = union(Set.of(), "according");
    private static final Set<String> ACCORDING_AFTER = union(Set.of(), "according-after");
    private static final Set<String> HE = union(Set.of(), "he");
    private static final Set<String> SHE = union(Set.of(), "she");
    /** Pronouns of several people: "they", "ellos", "ils", "loro", "они" (frames8). */
    private static final Set<String> PLURAL_PRONOUNS = union(Set.of(), "plural-pronouns");
    private static final Set<String> SINCE = union(Set.of(), "since");
    private static final Set<String> IT = union(Set.of(), "it");
    private static final Set<String> FEMININE = union(SHE, "feminine");
    private static final Set<String> MASCULINE = union(HE, "masculine");
    /** Articles whose gender marks a person a noun before their name describes: "la jueza", "le juge" (gender7). */
    private static final Map<String, Set<String>> FEMININE_ARTICLES = perLanguage(language ->
            union(Set.of(), "feminine-articles", List.of(language)));
    private static final Map<String, Set<String>> MASCULINE_ARTICLES = perLanguage(language ->
            union(Set.of(), "masculine-articles", List.of(language)));
    private static final Set<String> DETERMINERS = union(Set.of(), "determiners");
    /** Per language, its determiners: "a" is an article in Portuguese, a preposition in Italian and Spanish. */
    private static final Map<String, Set<String>> DETERMINERS_IN_LANGUAGE = perLanguage(language -> union(Set.of(),
            "determiners", List.of(language)));
    /** Per language, its articles in every case: German "dem" and "den" as well as "der". */
    private static final Map<String, Set<String>> ARTICLES = perLanguage(language -> union(Set.of(), "articles",
            List.of(language)));
    private static final Set<String> DEFINITE = union(Set.of(), "definite");
    /** Per language, the determiners that refer back to someone known: a Portuguese "a" is one, an English not. */
    private static final Map<String, Set<String>> DEFINITE_IN_LANGUAGE = perLanguage(language -> union(Set.of(),
            "definite", List.of(language)));
    private static final Set<String> AUXILIARIES = union(Set.of(), "auxiliaries");
    /** Per language, its nouns of organisations ([organisations]): Portuguese "secretaria", a department. */
    private static final Map<String, Set<String>> ORGANISATION_NOUNS = perLanguage(language -> union(Set.of(),
            "organisations", List.of(language)));
    /** [strong-past]: the whole words, and the endings its entries opening with "-" give. */
    private static final Set<String> STRONG_PASTS = union(Set.of(), "strong-past");
    private static final List<String> STRONG_PAST_ENDINGS = STRONG_PASTS.stream().filter(past -> past.startsWith("-"))
            .map(past -> past.substring(1)).toList();
    private static final Set<String> CREDITS = union(Set.of(), "credits");
    private static final Set<String> PEOPLE = union(Set.of(), "people");
    private static final Set<String> PROXIES = union(Set.of(), "proxies");
    private static final Set<String> DEFENDANTS = union(Set.of(), "defendants");
    private static final Set<String> ANY_OFFICE = union(Set.of(), "any-office");
    private static final Set<String> VERDICTS = union(Set.of(), "verdicts");
    private static final Set<String> OUTLET_WORDS = union(Set.of(), "outlets");
    private static final Set<String> BROADCASTERS = union(Set.of(), "broadcasters");
    private static final Set<String> PREPOSITIONS = union(Set.of(), "prepositions");
    /** Per language, every word that opens a phrase a preposition governs: [prepositions], [places], [obliques]. */
    private static final Map<String, Set<String>> OBLIQUES = perLanguage(language -> lookupSet(
            union(union(Set.of(), "obliques", List.of(language)), "places", List.of(language))));
    private static final Map<String, Set<String>> COORDINATORS = perLanguage(language -> union(Set.of(),
            "coordinators", List.of(language)));
    /** Per language, the prepositions joining an action noun in an organisation's name to its object (stage names7). */
    private static final Map<String, Set<String>> NAME_CONNECTORS = perLanguage(language -> union(Set.of(),
            "name-connectors", List.of(language)));
    /** Per language, the adjectives that follow an organisation noun inside its name: "civile" (stage names7). */
    private static final Map<String, Set<String>> NAME_ADJECTIVES = perLanguage(language -> union(Set.of(),
            "name-adjectives", List.of(language)));
    /** Per language, the honorifics written before a first name ("Doña Herminia", "Me Ana Roche"; described8). */
    private static final Map<String, Set<String>> HONORIFICS_BY_LANGUAGE = perLanguage(language -> union(Set.of(),
            "honorifics", List.of(language)));
    /** Per language, the plural genitives after which a body's name goes on in lower case: "des" (cast8b). */
    private static final Map<String, Set<String>> NAME_GENITIVES = perLanguage(language -> union(Set.of(),
            "name-genitives", List.of(language)));
    private static final Set<String> FIRST_PERSON = union(Set.of(), "first-person");
    private static final Map<String, Set<String>> FIRST_PERSON_IN_LANGUAGE = perLanguage(language ->
            lookupSet(cues("first-person", language)));
    // Transcript pages (stage "transcript").
    private static final Set<String> JOURNALISTS = union(Set.of(), "journalists");
    /**
     * The lines of every language's [same-role] section, each the role nouns of one office; a role of several words
     * is written with "_" between them ("primo_cittadino") and held with spaces.
     */
    private static final List<Set<String>> SAME_ROLES = BY_LANGUAGE.values().stream()
            .flatMap(sections -> sections.getOrDefault("same-role", List.of()).stream())
            .map(line -> Stream.of(line.split("\\s+")).map(role -> role.replace('_', ' '))
                    .collect(Collectors.toUnmodifiableSet())).toList();
    /** The [same-role] roles of several words ("primo cittadino"), looked up whole. */
    private static final Set<String> ROLE_PHRASES = SAME_ROLES.stream().flatMap(Set::stream)
            .filter(role -> role.indexOf(' ') > 0).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> UNNAMED_SPEAKERS = union(Set.of(), "unnamed");
    /** Per language, the verbs whose present tense tells a schedule (stage "langs3"). */
    private static final Map<String, Set<String>> SCHEDULE_VERBS = perLanguage(language -> lookupSet(cues("schedule", language)));
    private static final Set<String> SEGMENTS = union(Set.of(), "segments");
    /** Participles that open a clause before its subject: "Contacted by …, the company said" (stage "speakers4"). */
    private static final Set<String> CLAUSE_OPENERS = union(Set.of(), "openers");
    /** Prepositions that open a sentence with whose view it gives: "Pour Ana Roche, « … »" (stage "speakers4"). */
    private static final Set<String> FRAMING = union(Set.of(), "framing");
    private static final Set<String> AGENT_PREPOSITIONS = union(Set.of(), "agent-prepositions");
    /** The verb that gives a subject its predicate: "is", "est", "ist" (stage "speakers4"). */
    private static final Set<String> COPULAS = union(Set.of(), "copulas");
    /** Keywords of public bodies' names, which "the company" never stands for (stage "speakers4"). */
    private static final Set<String> PUBLIC_BODIES = union(Set.of(), "public-bodies");
    /** Verbs that cite a document without a subject: "heißt es in", "si legge nel", "говорится в" (statements5). */
    private static final Set<String> IMPERSONAL_CUES = union(Set.of(), "impersonal");

    /** Titles that are forms of address rather than roles: stripped from names, never reported as a role. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady",
            "dr", "prof", "professor", "dr.", "mr.", "mrs.", "ms.", "prof.");

    /** Country abbreviations that qualify roles ("US envoy", "UK Defense Secretary"). */
    private static final Set<String> COUNTRY_CODES = Set.of("us", "u.s", "uk", "u.k", "eu", "un", "usa", "uae");

    private Lexicon() {
    }

    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(lower(word));
    }

    /** Whether the word is a function word of {@code language}: French "sur" is none of Spanish ("del Sur"). */
    static boolean isFunctionWord(String word, String language) {
        return inLanguage(FUNCTION_WORDS_BY_LANGUAGE, word, language);
    }

    /** A function word of another language but not of English: "ed", "del", which English writes as names. */
    static boolean isForeignFunctionWord(String word) {
        return FUNCTION_WORDS.contains(lower(word)) && !ENGLISH_FUNCTION_WORDS.contains(lower(word));
    }

    static boolean isCalendarWord(String word) {
        return CALENDAR.contains(lower(word));
    }

    static boolean isCountry(String name) {
        return COUNTRIES.contains(lower(name));
    }

    /** A country, region, city or other place named as a whole. */
    static boolean isPlace(String name) {
        String key = lower(name);
        return COUNTRIES.contains(key) || PLACES.contains(key);
    }

    /** A word for the people of a place, in the singular or the plural: "American", "Americans". */
    static boolean isDemonym(String word) {
        return singularOrPlural(DEMONYMS, word, 1);
    }

    static boolean isRoleHead(String word) {
        return ROLE_HEADS.contains(lower(word));
    }

    /**
     * A short role that ends a compound title, as German writes them ("Konzernchef", "Projektleiter",
     * "Verhandlungsführerin"): too short to be read at the end of any word, where "head" would end "Whitehead".
     */
    static boolean isCompoundRole(String word) {
        return COMPOUND_ROLES.contains(lower(word));
    }

    /** A magnitude or a currency: "Millionen", "Euro", "milliards", "pounds". */
    static boolean isAmountWord(String word) {
        return AMOUNTS.contains(lower(word));
    }

    /** A particle that a person's surname may open with a capital: "Lo Russo", "De Luca", "Van Dijk". */
    static boolean isSurnameParticle(String word) {
        return SURNAME_PARTICLES.contains(lower(word));
    }

    static boolean isRoleModifier(String word) {
        return ROLE_MODIFIERS.contains(lower(word));
    }

    static boolean isHonorific(String word) {
        return HONORIFICS.contains(lower(word));
    }

    static boolean isCountryCode(String word) {
        return COUNTRY_CODES.contains(lower(word));
    }

    /** A word that makes a name an organisation's, in the singular or the plural ("Centers for Disease Control"). */
    static boolean isOrgKeyword(String word) {
        return singularOrPlural(ORG_KEYWORDS, word, 5);
    }

    /** Whether {@code words} holds the word, or its singular when it is a plural in "s" of at least {@code min} letters. */
    private static boolean singularOrPlural(Set<String> words, String word, int min) {
        String lower = lower(word);
        return words.contains(lower)
                || lower.length() >= min && lower.endsWith("s") && words.contains(lower.substring(0, lower.length() - 1));
    }

    /** A lower-case noun that introduces an organisation's name: "the group", "la empresa", "компания". */
    static boolean isOrgNoun(String word) {
        return ORG_NOUNS.contains(word);
    }

    /**
     * A noun that names a work, a publication or a group by the words in quotation marks after it, in {@code language}:
     * "la película «…»", "il romanzo «…»", "le collectif « … »", "газета «…»" (stage langs4).
     */
    static boolean isTitleNoun(String word, String language) {
        return inLanguage(TITLE_NOUNS, word, language);
    }

    /**
     * Whether a lower-case noun of {@code language} names a kind of person by its ending, as agent nouns and
     * demonyms do ("navetteuse", "commerçant", "comerciante", "santafesino"), also where no role list holds it; at
     * least {@value #MIN_PERSON_STEM_CHARS} letters stand before the ending.
     */
    static boolean hasPersonEnding(String word, String language) {
        String lower = lower(word);
        for (String ending : PERSON_ENDINGS.getOrDefault(language, Set.of())) {
            if (lower.endsWith(ending) && lower.length() - ending.length() >= MIN_PERSON_STEM_CHARS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb's ending gives it the first person, in a language that drops the pronoun ("podemos",
     * "abbiamo"): the speaker speaks of themselves without "nosotros".
     */
    static boolean hasFirstPersonEnding(String word, String language) {
        String lower = lower(word);
        for (String ending : FIRST_PERSON_ENDINGS.getOrDefault(language, Set.of())) {
            if (lower.endsWith(ending) && lower.length() - ending.length() >= MIN_FIRST_PERSON_STEM_CHARS) {
                return true;
            }
        }
        return false;
    }

    /** A noun of an office whose department follows it ("consejera de Medio Ambiente"), per language (stage langs5). */
    static boolean isOfficeRole(String word, String language) {
        return inLanguage(OFFICE_ROLES, word, language);
    }

    /** The preposition between an office and its department: "de", "du", "di", "da". */
    static boolean isOfficePreposition(String word, String language) {
        return inLanguage(OFFICE_PREPOSITIONS, word, language);
    }

    /** The preposition between a title and its department in any language: "of", "de", "del", "da", "di". */
    static boolean isDepartmentPreposition(String word) {
        return DEPARTMENT_PREPOSITIONS.contains(lower(word));
    }

    /** Whether {@code word}, in any case, is in {@code language}'s set of a per-language section. */
    private static boolean inLanguage(Map<String, Set<String>> sets, String word, String language) {
        return sets.getOrDefault(language, Set.of()).contains(lower(word));
    }

    static boolean isClauseAdverb(String word, String language) {
        return inLanguage(CLAUSE_ADVERBS, word, language);
    }

    /** A relative pronoun of {@code language} that is its clause's subject: "which", "que", "der", "который". */
    static boolean isSubjectRelative(String word, String language) {
        return inLanguage(SUBJECT_RELATIVES, word, language);
    }

    /** A word of {@code language} that opens a relative or subordinate clause. */
    static boolean isRelative(String word, String language) {
        return inLanguage(RELATIVES, word, language);
    }

    static boolean opensGenitive(String word, String language) {
        return inLanguage(GENITIVES, word, language);
    }

    /** An article of {@code language} in any case: "dem" in "nach dem Schlusspfiff", "des", "einem". */
    static boolean isArticle(String word, String language) {
        return inLanguage(ARTICLES, word, language);
    }

    /** Whether a language writes articles, so that one opens most noun phrases: its [articles] section is not empty. */
    static boolean writesArticles(String language) {
        return !cues("articles", language.isEmpty() ? LANGUAGES.getFirst() : language).isEmpty();
    }

    /**
     * A noun of news outlets and of the people who write for them, in any case, before an outlet's name in quotation
     * marks: "корреспонденту «Вечернего Заречинска»", "el diario «El Norte»" (stage langs4).
     */
    static boolean isOutletNoun(String word, String language) {
        return inLanguage(OUTLET_NOUNS, word, language);
    }

    /**
     * Whether a lower-case noun of places written right before a name makes it a place's name, as Russian writes a
     * village or town in apposition to its noun: "деревни Тихий Лог", "в посёлке Лесной" ([place-nouns]).
     */
    static boolean isPlaceNoun(String word, String language) {
        return inLanguage(PLACE_NOUNS, word, language);
    }

    /** An adjective that opens a sentence before its noun, as German capitalises it there: "Neue", "Große" (langs4). */
    static boolean isSentenceAdjective(String word) {
        return SENTENCE_ADJECTIVES.contains(lower(word));
    }

    /**
     * A compound that names an institution by its last part, as German writes them in one word: "Bundeskartellamt",
     * "Verwaltungsgericht", "Bundesbank" (langs4); the last part alone ("Amt", "Gericht") is a common noun.
     */
    static boolean isInstitutionCompound(String word) {
        String lower = lower(word);
        if (NOT_INSTITUTIONS.contains(lower)) {
            return false;
        }
        for (String head : INSTITUTION_HEADS) {
            if (lower.endsWith(head) && lower.length() >= head.length() + MIN_COMPOUND_PREFIX) {
                return true;
            }
        }
        return false;
    }

    /**
     * A legal form written before a company's name in guillemets, "ООО «Name»", or a noun of organisations in any of
     * its cases, "хоккейного клуба «Северная Звезда»", "компанию «СтройДом»" (stage langs4).
     */
    static boolean isLegalFormBeforeName(String word) {
        return LEGAL_FORMS.contains(lower(word));
    }

    static boolean isKnownOrganisation(String name) {
        return ORGANISATIONS.contains(lower(name));
    }

    static boolean isPublication(String name) {
        return PUBLICATIONS.contains(lower(name));
    }

    private static final Pattern APOSTROPHE = Pattern.compile("['’]");

    /** The lower-case word after an elided definite article ("l'élue" is "élue", "dell'accusato"), or null. */
    static String afterElidedArticle(String word) {
        String[] elided = APOSTROPHE.split(lower(word), 2);
        return elided.length == 2 && isDefinite(elided[0]) ? elided[1] : null;
    }

    /** Whether "{@code word} District" is a public body ("Water District", "School District") rather than a place. */
    static boolean isServiceDistrict(String word, String district) {
        return lower(district).equals("district") && SERVICE_DISTRICTS.contains(lower(word));
    }

    static boolean isNonActorWord(String word) {
        return NON_ACTOR_WORDS.contains(lower(word));
    }

    static boolean isNonOrgAcronym(String word) {
        return NON_ORG_ACRONYMS.contains(lower(word));
    }

    /** A verb of action or speech that makes the name before it act: "Russia launched", "Osei said". */
    static boolean isActingVerb(String word) {
        return ACTING_VERBS.contains(word);
    }

    /** An auxiliary, modal or adverb that may stand between a subject and its verb: "has", "will", "already". */
    static boolean isPreVerb(String word) {
        return PRE_VERBS.contains(word);
    }

    /** The legal form ending a company's name: "Inc", "Corp", "GmbH", "Group". */
    static boolean isCompanySuffix(String word) {
        return COMPANY_SUFFIXES.contains(lower(word));
    }

    /** A preposition that puts a name in place: "in", "at", "near", "from", "en", "dans", "in der". */
    static boolean isPlacePreposition(String word) {
        return PLACE_PREPOSITIONS.contains(lower(word));
    }

    /** A first word of place names, never of a person's: "St", "Fort", "San", "North". */
    static boolean isPlacePrefix(String word) {
        return PLACE_PREFIXES.contains(lower(word));
    }

    static boolean isSpeechVerb(String word) {
        return SPEECH_VERBS.contains(lower(word));
    }

    /**
     * A verb of speech only where it opens an inverted attribution after a quotation ("…,” comments Jo Park"), since
     * elsewhere the word is mostly a noun ("her comments").
     */
    static boolean isInvertedSpeechVerb(String word) {
        return INVERTED_SPEECH_VERBS.contains(lower(word));
    }

    /** Whether a verb and the preposition after it lead an infinitive: "acabou por", "volvió a", "ha finito per". */
    static boolean isPeriphrasis(String verb, String preposition) {
        return PERIPHRASES.contains(lower(verb + " " + preposition));
    }

    /**
     * Whether a verb and a particle later in its clause make a verb of speech: "hielt … entgegen", "gab … zu",
     * "stellte … klar"; the verb alone ("gab", "hielt") says nothing.
     */
    static boolean isSeparableSpeech(String verb, String particle) {
        return SEPARABLE_SPEECH.contains(lower(verb + " " + particle));
    }

    /** An infinitive of speech, a verb of speech only after a periphrasis ("acabou por dizer"), not in "quer dizer". */
    static boolean isSpeechInfinitive(String word) {
        return SPEECH_INFINITIVES.contains(lower(word));
    }

    /** A participle that carries an attribution on: "…”, adding that…". */
    static boolean isSpeechParticiple(String word) {
        return SPEECH_PARTICIPLES.contains(lower(word));
    }

    /** A word that introduces a source: "according" (to), "según", "selon", "laut". */
    static boolean isAccording(String word) {
        return ACCORDING.contains(lower(word));
    }

    /** A postposition of report that follows its source: "Kreisbrandmeister Ulf Roe zufolge sind …" (lead13). */
    static boolean isAccordingAfter(String word) {
        return ACCORDING_AFTER.contains(lower(word));
    }

    /** A pronoun that stands for a person: "he", "she", "él", "elle", "er", "она". */
    static boolean isPersonPronoun(String word) {
        String key = lower(word);
        return HE.contains(key) || SHE.contains(key);
    }

    /** A preposition that opens a span running to now before a year: "since 1987", "seit 1987", "depuis 1987". */
    static boolean isSince(String word) {
        return SINCE.contains(lower(word));
    }

    /** A pronoun of several people, which never stands for one person: "they", "ellos", "ils", "eles", "они". */
    static boolean isPluralPronoun(String word) {
        return PLURAL_PRONOUNS.contains(lower(word));
    }

    /** A word that marks its person feminine: "she", "elle", "она", and titles such as "Mrs", "Frau", "Mme". */
    static boolean isFeminine(String word) {
        return FEMININE.contains(lower(word));
    }

    /** A word that marks its person masculine: "he", "il", "он", and titles such as "Mr", "Herr", "Sr.". */
    static boolean isMasculine(String word) {
        return MASCULINE.contains(lower(word));
    }

    /**
     * An honorific of {@code language} that stands before a person's first name and is no part of the name: "Doña",
     * "Don", "Dom", "Me". Per language, since "Don" is an English first name.
     */
    static boolean isHonorific(String word, String language) {
        return inLanguage(HONORIFICS_BY_LANGUAGE, word, language.isEmpty() ? "en" : language);
    }

    /**
     * A preposition that joins an action noun inside an organisation's name to its object in {@code language} (English
     * when unknown): "a" in "Delegacia de Repressão a Crimes", "into" in "Board of Inquiry into Floods".
     */
    static boolean isNameConnector(String word, String language) {
        return inLanguage(NAME_CONNECTORS, word, language.isEmpty() ? "en" : language);
    }

    /** An adjective that follows an organisation noun inside its name in {@code language}: "Protezione civile". */
    static boolean isNameAdjective(String word, String language) {
        // As written: a capitalised word would start a name of its own, so only the lower-case adjective continues one.
        return NAME_ADJECTIVES.getOrDefault(language, Set.of()).contains(word);
    }

    /**
     * A plural genitive after which an organisation's name goes on with the lower-case noun of its members in
     * {@code language}: "des" in "Ordre national des médecins", "degli" in "Ordine nazionale degli ingegneri"; in
     * Spanish the article after "de" ("Colegio oficial de los médicos").
     */
    static boolean isNameGenitive(String word, String language) {
        return NAME_GENITIVES.getOrDefault(language, Set.of()).contains(word);
    }

    /** A conjunction that joins a second main clause after a comma: "and", "y", "et", "und", "и", "but". */
    static boolean isCoordinator(String word, String language) {
        return inLanguage(COORDINATORS, word, language);
    }

    /**
     * A preposition of any kind, including those that open an adverbial or an indirect object after a verb
     * ("a jornalistas", "ai cronisti", "durante el debate", "am Rande"), in the article's language: [prepositions],
     * [places] and [obliques], which [prepositions] leaves out because a name after them may still be a subject.
     */
    static boolean isOblique(String word, String language) {
        return isPreposition(word) || inLanguage(OBLIQUES, word, language);
    }

    /** A pronoun that stands for a thing or an organisation: "it". */
    static boolean isThingPronoun(String word) {
        return IT.contains(lower(word));
    }

    /** A word that opens a noun phrase: articles, possessives, numerals, quantifiers. */
    static boolean isDeterminer(String word) {
        return DETERMINERS.contains(lower(word));
    }

    /** A determiner of {@code language}, or of any language when it is not known. */
    static boolean isDeterminer(String word, String language) {
        return language.isEmpty() ? isDeterminer(word) : inLanguage(DETERMINERS_IN_LANGUAGE, word, language);
    }

    /** An article of {@code language} that marks its noun feminine: "la", "una", "une", "a". */
    static boolean isFeminineArticle(String word, String language) {
        return inLanguage(FEMININE_ARTICLES, word, language);
    }

    /** An article of {@code language} that marks its noun masculine: "el", "le", "il", "o". */
    static boolean isMasculineArticle(String word, String language) {
        return inLanguage(MASCULINE_ARTICLES, word, language);
    }

    /** A determiner that refers back to someone known: "the", "its", "il", "la", "der", "son". */
    static boolean isDefinite(String word) {
        return DEFINITE.contains(lower(word));
    }

    /** A determiner of {@code language} that refers back to someone known ("the" in English, "a" in Portuguese). */
    static boolean isDefinite(String word, String language) {
        return inLanguage(DEFINITE_IN_LANGUAGE, word, language);
    }

    /**
     * The simple past of a strong verb, which no regular ending shows: "ließ", "kam", and prefixed "unterschrieb",
     * "übernahmen" (lead13).
     */
    static boolean isStrongPast(String word) {
        String lower = lower(word);
        if (STRONG_PASTS.contains(lower)) {
            return true;
        }
        for (String ending : STRONG_PAST_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** A noun of organisations in {@code language}: "secretaria" and "câmara" in Portuguese (lead13). */
    static boolean isOrganisationNoun(String word, String language) {
        return inLanguage(ORGANISATION_NOUNS, word, language);
    }

    /**
     * An auxiliary that stands before a verb of speech: "ha detto", "a déclaré", "hat gesagt", also with an elided
     * object or negation clitic before it ("Il l'a dit", "Elle m'a dit", "n'a pas dit").
     */
    static boolean isAuxiliary(String word) {
        String lower = lower(word);
        Matcher clitic = ELIDED_CLITIC.matcher(lower);
        return AUXILIARIES.contains(lower) || clitic.matches() && AUXILIARIES.contains(clitic.group(1));
    }

    /** An elided clitic joined to the auxiliary after it: "l'a", "m'a", "n'a", "s'est" (French), "l'ha" (Italian). */
    private static final Pattern ELIDED_CLITIC = Pattern.compile("(?:l|m|t|s|n)['’](.+)");

    private static final Pattern LEADING_THE = Pattern.compile("^The ");

    /**
     * A news outlet: a known publication or agency, a name ending like one ("NBC News", "Associated Press") or opening
     * with a broadcaster's noun ("Radio Clyde", "Rádio Serrana").
     */
    static boolean isOutlet(String name) {
        String[] words = Tokenizer.WHITE_SPACE.split(name.strip());
        String bare = LEADING_THE.matcher(name).replaceFirst("");
        String[] rest = Tokenizer.WHITE_SPACE.split(bare.strip());
        return isPublication(name) || isPublication(bare) || OUTLETS.contains(lower(name)) || OUTLETS.contains(lower(bare))
                || words.length >= 2 && (OUTLET_WORDS.contains(lower(words[words.length - 1]))
                        || BROADCASTERS.contains(lower(words[0])))
                // "CNN Business", "BBC Newsbeat", "Fox News Flash": a desk or show of an outlet is the outlet
                || rest.length >= 2 && (OUTLETS.contains(lower(rest[0])) || OUTLETS.contains(lower(rest[0] + " " + rest[1])));
    }

    /** A pronoun or possessive of the first person: "I", "we", "our", "nous", "ich", "мы". */
    static boolean isFirstPerson(String word) {
        return FIRST_PERSON.contains(lower(word));
    }

    /** A first-person pronoun or possessive of {@code language} (Italian "i" is an article), of any if unknown. */
    static boolean isFirstPerson(String word, String language) {
        return language.isEmpty() ? isFirstPerson(word) : inLanguage(FIRST_PERSON_IN_LANGUAGE, word, language);
    }

    /** A preposition that makes the name after it an object: "with", "de", "von", "с". */
    static boolean isPreposition(String word) {
        return PREPOSITIONS.contains(lower(word));
    }

    /**
     * Whether two role nouns name the same office, as a story varies them ("el alcalde" … "el regidor"): equal, or on
     * one line of a language's [same-role] section.
     */
    static boolean isSameRole(String one, String other) {
        String first = lower(one);
        String second = lower(other);
        if (first.equals(second)) {
            return true;
        }
        for (Set<String> roles : SAME_ROLES) {
            if (roles.contains(first) && roles.contains(second)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether words written in a row are a role of several words that names an office ("il primo cittadino" for
     * "sindaco", "le premier magistrat" for "maire"): one of a [same-role] line.
     */
    static boolean isRolePhrase(String words) {
        return ROLE_PHRASES.contains(lower(words));
    }

    /**
     * Whether a role written out ("presidente da Câmara de Vale Fundo") holds a [same-role] phrase of the office
     * {@code wanted} names ("autarca"): a description by one stands for whom the article gives the other.
     */
    static boolean holdsRolePhrase(String role, String wanted) {
        String words = " " + lower(role) + " ";
        return ROLE_PHRASES.stream().anyMatch(phrase -> words.contains(" " + phrase + " ") && isSameRole(phrase, wanted));
    }

    /** A verb that cites a document without a subject: "heißt" (es in der Mitteilung), "legge", "говорится". */
    static boolean isImpersonalCue(String word) {
        return IMPERSONAL_CUES.contains(lower(word));
    }

    /** A noun that speaks for an organisation: "statement", "spokesperson", "the company", "comunicado". */
    static boolean isProxy(String word) {
        return PROXIES.contains(lower(word));
    }

    /** A noun for the holder of any public office: "the official", "la funcionaria", "l'élu" ([any-office]). */
    static boolean isAnyOffice(String word) {
        return ANY_OFFICE.contains(lower(word));
    }

    /** A noun for the person a court tries: "defendant", "l'accusé", "der Angeklagte", "el acusado" ([defendants]). */
    static boolean isDefendantNoun(String word) {
        return DEFENDANTS.contains(lower(word));
    }

    /** A verb or participle of a court's verdict on someone: "sentenced", "condamné", "verurteilt" ([verdicts]). */
    static boolean isVerdict(String word) {
        return VERDICTS.contains(lower(word));
    }

    /** A participle that opens a clause before its subject: "Contacted", "Joint par", "Angefragt". */
    static boolean isClauseOpener(String word) {
        return CLAUSE_OPENERS.contains(lower(word));
    }

    /** A preposition that names the agent of a participle: "by", "pela", "par", "dalla", "von". */
    static boolean isAgentPreposition(String word) {
        return AGENT_PREPOSITIONS.contains(lower(word));
    }

    /** A preposition that opens a sentence with whose view it gives: "For", "Para", "Pour", "Per", "Für". */
    static boolean isFraming(String word) {
        return FRAMING.contains(lower(word));
    }

    /** A verb that gives its subject a predicate: "Piet Lander is the only ferryman". */
    static boolean isCopula(String word) {
        return COPULAS.contains(lower(word));
    }

    /** A keyword of a public body's name: "ministry", "police", "préfecture", "Behörde". */
    static boolean isPublicBody(String word) {
        return PUBLIC_BODIES.contains(lower(word));
    }

    /**
     * A public body's keyword in any of its inflections: "администрации", "министерстве" for "администрация",
     * "министерство" (the same stem, {@link RoleAntecedents#matches}).
     */
    static boolean isPublicBodyForm(String word) {
        String lower = lower(word);
        return PUBLIC_BODIES.stream().anyMatch(body -> RoleAntecedents.matches(lower, body));
    }

    /** A noun for unnamed people who may speak: "source", "prosecutors", "fuentes". */
    static boolean isPeopleNoun(String word) {
        return PEOPLE.contains(lower(word));
    }

    /** A word that opens a byline or a credit line: "By", "Photo", "Reporting", "Por", "Foto". */
    static boolean isCreditWord(String word) {
        return CREDITS.contains(lower(word));
    }

    /** A noun for the people who make a programme rather than appear in it: "reporter", "host", "corresponsal". */
    static boolean isJournalist(String word) {
        return JOURNALISTS.contains(lower(word));
    }

    /** A word of a transcript's label for a speaker it does not name: "unidentified", "announcer", "crowd". */
    static boolean isUnnamedSpeaker(String word) {
        return UNNAMED_SPEAKERS.contains(lower(word));
    }

    /**
     * A verb whose present tense, with a time beside it, tells a fixed schedule in {@code language}: "Der Rat stimmt am
     * Montag ab", "El pleno vota el martes" (English's own are in NextStepExtractor).
     */
    static boolean isScheduleVerb(String word, String language) {
        return inLanguage(SCHEDULE_VERBS, word, language);
    }

    /** A word of a hand-off to a programme's own segment rather than the story: "traffic", "forecast". */
    static boolean isSegmentWord(String word) {
        return SEGMENTS.contains(lower(word));
    }

    /** The month names of one language file, for dates such as "15 de marzo" (English ones are in TimeExpressions). */
    static List<String> months(String language) {
        return BY_LANGUAGE.getOrDefault(language, Map.of()).getOrDefault("months", List.of());
    }

    /** The weekday names of one language file. */
    static List<String> weekdays(String language) {
        return BY_LANGUAGE.getOrDefault(language, Map.of()).getOrDefault("weekdays", List.of());
    }

    /**
     * A regular expression matching any of {@code phrases} as whole words, case-insensitively, in any script (Java's
     * {@code \\b} only knows ASCII words).
     */
    static String anyPhrase(java.util.Collection<String> phrases) {
        StringBuilder alternatives = new StringBuilder();
        phrases.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).forEach(phrase -> {
            alternatives.append(alternatives.isEmpty() ? "" : "|")
                    .append(java.util.regex.Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q"));
        });
        return "(?<![\\p{L}\\p{N}])(?iu:" + alternatives + ")(?![\\p{L}\\p{N}])";
    }

    /** The phrases of one cue section ("forward", "before", "trigger") of one language's file; English has none. */
    static List<String> cues(String section, String language) {
        Map<String, List<String>> sections = BY_LANGUAGE.get(language);
        return sections == null ? List.of() : sections.getOrDefault(section, List.of());
    }

    /**
     * One value per language, built once, and the English one for an unknown language: stages compile their cue
     * patterns per language, so that an article is read with its own language's cues only.
     */
    static <T> Map<String, T> perLanguage(java.util.function.Function<String, T> build) {
        Map<String, T> values = new HashMap<>();
        for (String language : LANGUAGES) {
            values.put(language, build.apply(language));
        }
        values.put("", values.get(LANGUAGES.getFirst()));
        return Map.copyOf(values);
    }

    /** The phrases of {@code section} of {@code language} as a whole-word pattern alternative, or empty if none. */
    static String cueAlternative(String section, String language) {
        List<String> phrases = cues(section, language);
        return phrases.isEmpty() ? "" : "|" + anyPhrase(phrases);
    }

    /** The commonest words of one language, which tell it apart. */
    static Set<String> commonWords(String language) {
        return lookupSet(BY_LANGUAGE.get(language).getOrDefault("common", List.of()));
    }

    /**
     * An unmodifiable set for looking words up in. A {@code HashSet}, not {@code Set.copyOf}: most lookups miss, and
     * a hash set turns a miss down by the stored hash of each word in the bucket, where {@code Set.copyOf}'s open
     * addressing compares the looked-up word with every word of its probe run (7% of the engine's time).
     */
    static Set<String> lookupSet(Collection<String> words) {
        return Collections.unmodifiableSet(new HashSet<>(words));
    }

    /** A word and its lower case, as {@link #LOWER_CASES} keeps them. */
    private record LowerCase(String text, String lower) {
    }

    static String lower(String text) {
        if (text.length() > MAX_CACHED_LENGTH) {
            return text.toLowerCase(Locale.ROOT);
        }
        int slot = text.hashCode() & LOWER_CASES.length - 1;
        LowerCase cached = LOWER_CASES[slot];
        if (cached != null && cached.text().equals(text)) {
            return cached.lower();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        LOWER_CASES[slot] = new LowerCase(text, lower);
        return lower;
    }

    /** {@code base} and the words of one section of every language. */
    private static Set<String> union(Set<String> base, String section) {
        return union(base, section, LANGUAGES);
    }

    /** {@code base} and the words of one section of the given languages. */
    private static Set<String> union(Set<String> base, String section, List<String> languages) {
        Set<String> words = new HashSet<>(base);
        for (String language : languages) {
            words.addAll(BY_LANGUAGE.get(language).getOrDefault(section, List.of()));
        }
        return lookupSet(words);
    }

    /**
     * Reads {@code languages/<code>.txt}: "[section]" lines open a section; in the cue sections every line is one
     * phrase, elsewhere whitespace separates words.
     */
    private static Map<String, Map<String, List<String>>> loadLanguages() {
        Map<String, Map<String, List<String>>> languages = new HashMap<>();
        for (String language : LANGUAGES) {
            Map<String, List<String>> sections = new LinkedHashMap<>();
            String section = "";
            for (String line : lines("languages/" + language + ".txt")) {
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line.substring(1, line.length() - 1);
                    continue;
                }
                List<String> entries = sections.computeIfAbsent(section, k -> new ArrayList<>());
                if (PHRASE_SECTIONS.contains(section)) {
                    entries.add(lower(line));
                } else {
                    for (String word : line.split("\\s+")) {
                        entries.add(lower(word));
                    }
                }
            }
            languages.put(language, sections);
        }
        return languages;
    }

    private static Set<String> load(String name) {
        Set<String> words = new HashSet<>();
        for (String line : lines(name)) {
            words.add(lower(line));
        }
        return lookupSet(words);
    }

    /** The non-blank lines of a resource beside this class, stripped, without "#" comments. */
    private static List<String> lines(String name) {
        return WordListLines.read(Lexicon.class, name);
    }
}
