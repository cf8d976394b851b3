package dev.briefs.story;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The index key of an actor's name: the same person or organisation written with other capitals, accents or
 * punctuation ("Zelenskyy", "ZELENSKYY", "Zelénskyy") gets the same key, so one query finds them all.
 */
public final class ActorNames {

    /** Longer names are refused by the API: no actor in any article needs more, and the key is a partition key. */
    public static final int MAX_LENGTH = 200;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private ActorNames() {
    }

    /**
     * The key: letters without their diacritics, in lower case, with every run of other characters (spaces, dots,
     * hyphens, apostrophes) as one space. Empty when the name holds no letter or digit.
     */
    public static String key(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(bare).replaceAll(" ").strip();
    }

    /** Whether a name asked for is one the index can hold: not too long, no control characters, some letter. */
    public static boolean isValid(String name) {
        return name != null && name.length() <= MAX_LENGTH && name.codePoints().noneMatch(Character::isISOControl)
                && !key(name).isEmpty();
    }
}
