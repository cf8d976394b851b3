package dev.briefs.engine.extractive;

import java.util.List;
import java.util.Set;

/**
 * Reads the role an article gives a person: a title written before the name ("UK Prime Minister Keir Starmer",
 * "US envoy Steve Witkoff", "the company’s chief executive, Jane Doe") or an apposition after it ("Jane Doe, head of
 * the agency,", "Amara Osei, a climatologist at the University of Ghana").
 */
final class RoleFinder {

    /** The shortest first part and role of a compound title: "Vize" + "präsident". */
    private static final int COMPOUND_PREFIX = 3;
    private static final int COMPOUND_ROLE = 7;

    private static final int MAX_ROLE_WORDS = 8;
    private static final int MAX_APPOSITION_WORDS = 12;
    /** The most words of a title's department before the name it is set off from: "de Obras Públicas". */
    private static final int MAX_DEPARTMENT_WORDS = 5;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our", "my");
    private static final Set<String> PURE_HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord",
            "lady", "dr");

    private RoleFinder() {
    }

    /**
     * The title written before the name that starts at token {@code nameFrom}, or empty.
     *
     * @param floor    the first token the title may start at
     * @param roleFrom the first token of a title already found inside the name's capitalised run, or {@code nameFrom}
     *                 when there is none
     */
    static String before(String body, List<Token> tokens, int floor, int roleFrom, int nameFrom) {
        int first = roleFrom;
        int last = nameFrom - 1;
        if (roleFrom == nameFrom) {
            if (last < floor) {
                return "";
            }
            String gap = body.substring(tokens.get(last).end(), tokens.get(nameFrom).start());
            boolean comma = gap.strip().equals(",");
            int head = isTitle(tokens.get(last)) ? last : comma ? departmentHead(body, tokens, floor, last) : -1;
            if (head < 0 || !gap.isBlank() && !gap.strip().equals(".") && !comma) {
                return "";
            }
            first = extendLeft(body, tokens, head, floor);
            if (comma && !introducedByDeterminer(body, tokens, first)) {
                return "";
            }
        } else {
            first = extendLeft(body, tokens, roleFrom, floor);
        }
        String role = body.substring(tokens.get(first).start(), endOfTitle(body, tokens.get(last)));
        return PURE_HONORIFICS.contains(Lexicon.lower(role.replace(".", ""))) ? "" : role;
    }

    /** The apposition after a name that ends at {@code nameEnd}: ", head of X," gives "head of X"; or empty. */
    static String after(String body, int nameEnd, int limit) {
        int i = nameEnd;
        if (i + 1 >= limit || body.charAt(i) != ',' || body.charAt(i + 1) != ' ') {
            return "";
        }
        int start = i + 2;
        int end = appositionEnd(body, start, limit);
        List<Token> words = relativeClauseCut(Tokenizer.words(body, start, end));
        if (!words.isEmpty() && Character.isDigit(words.getFirst().text().charAt(0)) && words.size() == 1) {
            // "Jane Doe, 45, a teacher": skip the age.
            start = end + 1;
            while (start < limit && body.charAt(start) == ' ') {
                start++;
            }
            end = appositionEnd(body, start, limit);
            words = relativeClauseCut(Tokenizer.words(body, start, end));
        }
        if (words.isEmpty() || words.size() > MAX_APPOSITION_WORDS) {
            return "";
        }
        int head = 0;
        Token first = words.getFirst();
        if (DETERMINERS.contains(Lexicon.lower(first.text())) || first.possessive()) {
            head = 1;
        } else if (Lexicon.isFunctionWord(first.text())) {
            return "";
        }
        for (int w = head; w < Math.min(words.size(), head + 4); w++) {
            if (Lexicon.isRoleHead(words.get(w).text())) {
                int from = Set.of("a", "an", "the").contains(Lexicon.lower(first.text())) ? words.get(1).start() : start;
                return body.substring(from, words.getLast().end());
            }
            if (Lexicon.isFunctionWord(words.get(w).text()) && !words.get(w).text().equals("of")) {
                return "";
            }
        }
        return "";
    }

    /** "a ward sister who organised the campaign" is a ward sister: the relative clause is not the role. */
    private static List<Token> relativeClauseCut(List<Token> words) {
        for (int i = 1; i < words.size(); i++) {
            if (Set.of("who", "whose", "which", "that", "whom").contains(words.get(i).text())) {
                return words.subList(0, i);
            }
        }
        return words;
    }

    /** Whether a word can end a title: a role noun ("envoy", "President") or a form of address ("Dr"). */
    static boolean isTitle(Token token) {
        return Lexicon.isRoleHead(token.text()) || Lexicon.isHonorific(token.text()) || compoundTitle(token.text());
    }

    /**
     * A compound ending in a role, as German writes them: "Oberbürgermeister", "Polizeisprecherin", and with a short
     * role of {@link Lexicon#isCompoundRole} "Konzernchef", "Projektleiter".
     */
    static boolean compoundTitle(String word) {
        for (int split = COMPOUND_PREFIX; split < word.length(); split++) {
            String role = word.substring(split);
            if (role.length() >= COMPOUND_ROLE && Lexicon.isRoleHead(role) || Lexicon.isCompoundRole(role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The title whose department ends at token {@code last}, set off from the name by a comma: "La secretaria de
     * Obras, Laura Méndez", "O presidente da Câmara de Vale Fundo, Artur Meireles", as "the finance director, X" is
     * read; the department opens with a preposition of offices and is capitalised words and the prepositions and
     * articles between them. Returns the title's index, or -1.
     */
    private static int departmentHead(String body, List<Token> tokens, int floor, int last) {
        for (int k = last - 1; k >= floor && last - k <= MAX_DEPARTMENT_WORDS; k--) {
            Token word = tokens.get(k);
            if (!body.substring(word.end(), tokens.get(k + 1).start()).isBlank()) {
                return -1;
            }
            if (isTitle(word)) {
                return Lexicon.isDepartmentPreposition(tokens.get(k + 1).text()) && tokens.get(last).capitalised() ? k : -1;
            }
            if (Lexicon.isCalendarWord(word.text()) || !word.capitalised() && !Lexicon.isPreposition(word.text())
                    && !Lexicon.isDeterminer(word.text())) {
                return -1; // "the president in May, X": a time is no department
            }
        }
        return -1;
    }

    private static int extendLeft(String body, List<Token> tokens, int from, int floor) {
        int first = from;
        while (first > floor && from - first < MAX_ROLE_WORDS) {
            Token previous = tokens.get(first - 1);
            if (!body.substring(previous.end(), tokens.get(first).start()).isBlank() || !qualifiesRole(previous)) {
                break;
            }
            first--;
            if (previous.possessive()) {
                break;
            }
        }
        return first;
    }

    /** A word that may stand in a title before its head: "former", "UK", "French", "Defense", "Apple’s". */
    private static boolean qualifiesRole(Token token) {
        String word = token.text();
        if (Lexicon.isRoleHead(word) || Lexicon.isRoleModifier(word) || Lexicon.isDemonym(word)
                || Lexicon.isCountryCode(word)) {
            return true;
        }
        return token.capitalised() && !Lexicon.isFunctionWord(word) && !Lexicon.isDeterminer(word)
                && !Lexicon.isCalendarWord(word);
    }

    private static boolean introducedByDeterminer(String body, List<Token> tokens, int first) {
        return tokens.get(first).possessive() || first > 0 && (DETERMINERS.contains(Lexicon.lower(tokens.get(first - 1).text()))
                || Lexicon.isDeterminer(tokens.get(first - 1).text()));
    }

    /** Keeps the full stop of an abbreviated title ("Gen.", "Dr."): a title right before a name ends no sentence. */
    private static int endOfTitle(String body, Token token) {
        return token.end() < body.length() && body.charAt(token.end()) == '.' ? token.end() + 1 : token.end();
    }

    private static int appositionEnd(String body, int start, int limit) {
        for (int i = start; i < limit; i++) {
            char c = body.charAt(i);
            if (c == ',' || c == ';' || c == '(' || c == ')' || c == '—' || c == '–' || c == ':'
                    || c == '.' && (i + 1 >= limit || body.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return limit;
    }
}
