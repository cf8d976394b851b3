package dev.briefs.engine.extractive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells which cast member a written name refers to: the full name, an alias (an acronym, a publication without its
 * article) or, for people, the surname alone. Comparison ignores case, possessive endings, a leading "the", initials
 * and the style of apostrophe, so "Donald J. Trump", "Trump" and "Trump’s" are one person.
 */
final class NameMatcher {

    private final Map<String, Integer> names = new HashMap<>();
    private final Map<String, List<Integer>> surnames = new HashMap<>();

    /** Registers a full name or an alias of member {@code id}; the first member to claim a name keeps it. */
    void addName(String name, int id) {
        names.putIfAbsent(key(name), id);
    }

    /** Registers the surname of person {@code id}: the words after the given names ("von der Leyen"). */
    void addSurname(String fullName, int id) {
        addSurnameKey(surnameOf(fullName), id);
        String[] words = words(fullName.strip());
        if (words.length == 3 && Character.isUpperCase(words[1].charAt(0)) && words[1].length() > 2) {
            // "Marta Ocaña Villalba" is "Ocaña" after the first mention: Spanish and Portuguese names carry two
            // surnames, and the first is the one used alone.
            addSurnameKey(key(words[1]), id);
        }
    }

    private void addSurnameKey(String surname, int id) {
        if (!surname.isEmpty()) {
            List<Integer> ids = surnames.computeIfAbsent(surname, k -> new ArrayList<>());
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
    }

    /** The members a written name may refer to: one for a full name or alias, several for a shared surname. */
    List<Integer> candidates(String written) {
        String key = key(written);
        Integer exact = names.get(key);
        if (exact != null) {
            return List.of(exact);
        }
        return surnames.getOrDefault(key, List.of());
    }

    /**
     * The member a written name refers to, or -1. When a surname fits several people, the one named most recently
     * wins ({@code lastSeen} holds each member's last mention offset, -1 if none), then the first registered.
     */
    int resolve(String written, int[] lastSeen) {
        List<Integer> ids = candidates(written);
        if (ids.isEmpty()) {
            return -1;
        }
        int best = ids.getFirst();
        for (int id : ids) {
            if (lastSeen[id] > lastSeen[best]) {
                best = id;
            }
        }
        return best;
    }

    /** The lower-case comparison form of a name. */
    static String key(String name) {
        String text = name.replace('’', '\'').strip();
        if (text.endsWith("'s")) {
            text = text.substring(0, text.length() - 2);
        }
        text = Lexicon.lower(text);
        if (text.startsWith("the ")) {
            text = text.substring(4);
        }
        StringBuilder key = new StringBuilder();
        for (String word : words(text)) {
            String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (bare.length() == 1 && Character.isLetter(bare.charAt(0)) && !key.isEmpty()) {
                continue; // a middle initial
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(bare);
        }
        return key.toString();
    }

    /** The surname key of a full name: its last word, with any lower-case particles before it. */
    static String surnameOf(String fullName) {
        String[] words = words(fullName.strip());
        if (words.length < 2) {
            return "";
        }
        int from = words.length - 1;
        while (from > 1 && Character.isLowerCase(words[from - 1].charAt(0))) {
            from--;
        }
        return key(String.join(" ", Arrays.copyOfRange(words, from, words.length)));
    }

    /**
     * The words of a name, split at white space as {@code \s+} splits, with no empty ones: names are keyed for every
     * candidate of every article, so no pattern is run.
     */
    private static String[] words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Tokenizer.isPatternSpace(text.charAt(i));
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return words.toArray(String[]::new);
    }
}
