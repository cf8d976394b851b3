package dev.briefs.article.html;

/** Text measures shared by the HTML classes. */
final class Texts {

    private Texts() {
    }

    /** Commas in any script: Latin, Arabic, CJK full-width and ideographic. */
    static int countCommas(CharSequence text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case ',', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C', '\u3001' ->
                        commas++;
                default -> { }
            }
        }
        return commas;
    }
}
