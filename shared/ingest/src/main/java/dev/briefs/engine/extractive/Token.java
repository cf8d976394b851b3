package dev.briefs.engine.extractive;

/**
 * One word of the body, with its position in the body text.
 *
 * @param text  the word as written, possessive ending included
 * @param start offset of the first character in the body
 * @param end   offset after the last character
 */
record Token(String text, int start, int end) {

    /**
     * Whether the word starts with a capital letter, or is a particle-prefixed name such as "al-Assad"; a prefixed
     * title ("co-CEO", "ex-President") is no name's first word, so "founder and co-CEO Ann Roe" names Ann Roe.
     */
    boolean capitalised() {
        char first = text.charAt(0);
        if (Character.isUpperCase(first)) {
            return true;
        }
        int joint = indexOfJoint();
        return joint > 0 && joint <= 3 && joint + 1 < text.length() && Character.isUpperCase(text.charAt(joint + 1))
                && !Lexicon.isRoleHead(text.substring(joint + 1));
    }

    /**
     * Whether only an elided article capitalises the word, as it does a sentence's first word: "L'azienda",
     * "L'association" are common nouns, "L'Oréal" a name.
     */
    boolean capitalisedByElision() {
        int joint = indexOfJoint();
        return Character.isUpperCase(text.charAt(0)) && joint > 0 && text.charAt(joint) != '-'
                && joint + 1 < text.length() && Character.isLowerCase(text.charAt(joint + 1))
                && Lexicon.afterElidedArticle(text) != null;
    }

    /** Whether the word is written in capitals only, as acronyms are ("NATO"). */
    boolean allCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** Whether the word ends with a possessive "’s" or "'s". */
    boolean possessive() {
        return text.length() > 2 && (text.endsWith("’s") || text.endsWith("'s"));
    }

    /** The word without a possessive ending: "Zelenskyy’s" is "Zelenskyy". */
    String bare() {
        return possessive() ? text.substring(0, text.length() - 2) : text;
    }

    private int indexOfJoint() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '\'' || c == '’') {
                return i;
            }
        }
        return -1;
    }
}
