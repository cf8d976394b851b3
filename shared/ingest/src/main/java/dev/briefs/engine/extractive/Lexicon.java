package dev.briefs.engine.extractive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists the engine knows, loaded once from the resources beside this class. Every lookup is by lower-case
 * text, so callers pass names as written. The lists are small on purpose: they settle what the text itself cannot
 * (is "Alaska" a place? is "envoy" a title?), while most decisions come from how the article writes a word.
 */
final class Lexicon {

    private static final Set<String> FUNCTION_WORDS = load("function-words.txt");
    private static final Set<String> CALENDAR = load("calendar.txt");
    private static final Set<String> COUNTRIES = load("countries.txt");
    private static final Set<String> PLACES = load("places.txt");
    private static final Set<String> DEMONYMS = load("demonyms.txt");
    private static final Set<String> ROLE_HEADS = load("role-heads.txt");
    private static final Set<String> ROLE_MODIFIERS = load("role-modifiers.txt");
    private static final Set<String> ORG_KEYWORDS = load("org-keywords.txt");
    private static final Set<String> ORGANISATIONS = load("organisations.txt");
    private static final Set<String> PUBLICATIONS = load("publications.txt");
    private static final Set<String> NON_ACTOR_WORDS = load("non-actor-words.txt");
    private static final Set<String> NON_ORG_ACRONYMS = load("non-org-acronyms.txt");

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

    static boolean isDemonym(String word) {
        return DEMONYMS.contains(lower(word));
    }

    static boolean isRoleHead(String word) {
        return ROLE_HEADS.contains(lower(word));
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

    static boolean isOrgKeyword(String word) {
        return ORG_KEYWORDS.contains(lower(word));
    }

    static boolean isKnownOrganisation(String name) {
        return ORGANISATIONS.contains(lower(name));
    }

    static boolean isPublication(String name) {
        return PUBLICATIONS.contains(lower(name));
    }

    static boolean isNonActorWord(String word) {
        return NON_ACTOR_WORDS.contains(lower(word));
    }

    static boolean isNonOrgAcronym(String word) {
        return NON_ORG_ACRONYMS.contains(lower(word));
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static Set<String> load(String name) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing word list " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(lower(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read word list " + name, e);
        }
        return Set.copyOf(words);
    }
}
