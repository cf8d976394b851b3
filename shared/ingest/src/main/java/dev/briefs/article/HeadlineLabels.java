package dev.briefs.article;

import java.util.regex.Pattern;

/**
 * Page labels that sites put before or after a headline ("LIVE: …", "EN DIRECT - …", "… – live updates"): the format
 * of the page, not part of what happened, so a brief's title and headline shift never carry them.
 */
final class HeadlineLabels {

    /**
     * The labels of the seven briefed languages ({@code page-cues/<language>.txt}, [label], and the [release] cues:
     * "Press release: …"), matched whole and only next to a separator.
     */
    private static final String LABEL = "(?:" + FurnitureLines.phrases("label") + "|" + FurnitureLines.phrases("release") + ")";
    // A dash separates only with spaces around it: "Live-action remake" keeps its first word; after a wire's count of
    // its updates it needs none ("UPDATE 2-Acme shares slump").
    private static final Pattern BEFORE = Pattern.compile("^\\s*" + LABEL + "(?:\\s*[:|]|\\s+[–—·-]|\\s+\\d{1,2}\\s*[:|–—-])\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AFTER = Pattern.compile("\\s+[|–—·-]\\s+" + LABEL + "\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private HeadlineLabels() {
    }

    /** {@code title} without a leading or trailing page label; a title that is nothing but a label stays as it is. */
    static String strip(String title) {
        String stripped = AFTER.matcher(BEFORE.matcher(title).replaceFirst("")).replaceFirst("");
        return stripped.isBlank() ? title : stripped;
    }
}
