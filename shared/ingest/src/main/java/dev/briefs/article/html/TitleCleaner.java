package dev.briefs.article.html;

import dev.briefs.article.Whitespace;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips the site name that pages append (or prepend) to their headline: "Headline | Site", "Headline - Section -
 * Site", "Site: Headline". The site name is known when the page gives {@code og:site_name}; otherwise a page heading
 * equal to the start (or the end, after a section name like "Opinion |") of the title confirms where the headline ends,
 * and failing both, trailing segments of four words or fewer are taken for site and section names.
 */
final class TitleCleaner {

    /** Separators between headline and site name: spaced, so that hyphenated words are not split. */
    private static final String SEPARATOR_TEXT = "\\s+(?:[|\\-–—·•:»/]+|::)\\s+";
    private static final Pattern SEPARATOR = Pattern.compile(SEPARATOR_TEXT);
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile(SEPARATOR_TEXT + "$");
    private static final Pattern DASH_LIKE = Pattern.compile("[\\-–—:/]");
    private static final int MAX_SITE_NAME_WORDS = 4;
    private static final int MIN_HEADLINE_WORDS = 3;

    private TitleCleaner() {
    }

    /**
     * @param title    the raw title
     * @param siteName the site's name, or null
     * @param headings the page's {@code <h1>} texts, which often hold the bare headline
     */
    static String clean(String title, String siteName, List<String> headings) {
        String cleaned = Whitespace.collapse(title);
        if (siteName != null && !siteName.isBlank()) {
            cleaned = withoutSiteName(cleaned, Whitespace.collapse(siteName));
        }
        for (String heading : headings) {
            String bare = Whitespace.collapse(heading);
            if (bare.isEmpty() || cleaned.length() <= bare.length()) {
                continue;
            }
            if (cleaned.startsWith(bare) && SEPARATOR.matcher(cleaned.substring(bare.length())).lookingAt()
                    || cleaned.endsWith(bare)
                    && TRAILING_SEPARATOR.matcher(cleaned.substring(0, cleaned.length() - bare.length())).find()) {
                return bare;
            }
        }
        return withoutShortTrailingSegments(cleaned);
    }

    private static String withoutSiteName(String title, String siteName) {
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        String lowerSite = siteName.toLowerCase(Locale.ROOT);
        if (lowerTitle.equals(lowerSite)) {
            return title;
        }
        if (lowerTitle.endsWith(lowerSite)) {
            String head = title.substring(0, title.length() - siteName.length());
            Matcher separator = TRAILING_SEPARATOR.matcher(head);
            if (separator.find() && separator.start() > 0) {
                return head.substring(0, separator.start());
            }
        }
        if (lowerTitle.startsWith(lowerSite)) {
            Matcher separator = SEPARATOR.matcher(title).region(siteName.length(), title.length());
            if (separator.lookingAt() && separator.end() < title.length()) {
                return title.substring(separator.end());
            }
        }
        return title;
    }

    private static String withoutShortTrailingSegments(String title) {
        String cleaned = title;
        while (true) {
            Matcher separator = SEPARATOR.matcher(cleaned);
            int lastStart = -1;
            int lastEnd = -1;
            while (separator.find()) {
                lastStart = separator.start();
                lastEnd = separator.end();
            }
            if (lastStart <= 0) {
                return cleaned;
            }
            String head = cleaned.substring(0, lastStart);
            String tail = cleaned.substring(lastEnd);
            // Dashes, colons and slashes also occur inside headlines ("Brexit - what next"); pipes and the like do not.
            boolean dashLike = DASH_LIKE.matcher(cleaned.substring(lastStart, lastEnd)).find();
            if (words(tail) > MAX_SITE_NAME_WORDS || dashLike && words(head) < MIN_HEADLINE_WORDS) {
                return cleaned;
            }
            cleaned = head;
        }
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
