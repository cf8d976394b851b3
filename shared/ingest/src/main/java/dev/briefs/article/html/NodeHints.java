package dev.briefs.article.html;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an element's class, id and role say about it. Page templates name their parts ("article-body", "share-bar",
 * "related-stories"), so these names are the strongest cue there is, in every language a template is written in.
 * The word lists follow Readability's, widened with names trafilatura discards.
 */
final class NodeHints {

    /** Names that rule a subtree out as the article before any scoring (Readability's "unlikely candidates"). */
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends"
                    + "|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break"
                    + "|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter|subscribe|outbrain|taboola");

    /** Names that keep an element despite an unlikely word ("main-header-and-content"). */
    private static final Pattern MAYBE_CONTENT = Pattern.compile("and|article|body|column|content|main|shadow");

    /** Names that raise an element's score as the article container. */
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");

    /** Names that lower it. */
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta"
                    + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget");

    /** Landmark roles that are never the article. */
    private static final Pattern FURNITURE_ROLE = Pattern.compile(
            "menu|menubar|navigation|complementary|alert|alertdialog|dialog|banner|contentinfo|search");

    /** Posts quoted from social networks: their embed code is a blockquote with one of these classes. */
    private static final Pattern EMBEDDED_POST = Pattern.compile("twitter-tweet|instagram-media|tiktok-embed|fb-post");

    private static final int CLASS_WEIGHT = 25;

    private NodeHints() {
    }

    /** The element's class and id, lower case, as one string to match names against. */
    static String names(Element element) {
        String className = element.className();
        String id = element.id();
        if (className.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (className + " " + id).toLowerCase(Locale.ROOT);
    }

    /** Whether the element is navigation, a sidebar, a comment thread or the like, by its names or role. */
    static boolean isUnlikelyCandidate(Element element) {
        if (element.nameIs("body") || element.nameIs("a") || element.nameIs("html")) {
            return false;
        }
        if (FURNITURE_ROLE.matcher(element.attr("role").toLowerCase(Locale.ROOT)).matches()) {
            return true;
        }
        String names = names(element);
        return !names.isEmpty() && UNLIKELY.matcher(names).find() && !MAYBE_CONTENT.matcher(names).find()
                && !holdsEmbeddedPost(element);
    }

    /**
     * Whether the element is or wraps a quoted social-media post. Such posts are quotations the story relies on, but
     * their wrappers are named "social-embed" and the like, which would otherwise mark them as share bars.
     */
    static boolean holdsEmbeddedPost(Element element) {
        for (Element quote : element.getElementsByTag("blockquote")) {
            if (isEmbeddedPost(quote)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element is the blockquote of a quoted social-media post. */
    static boolean isEmbeddedPost(Element element) {
        return element.nameIs("blockquote") && EMBEDDED_POST.matcher(element.className().toLowerCase(Locale.ROOT)).find();
    }

    /** +25 for each of class and id that suggests content, -25 for each that suggests clutter. */
    static int classWeight(Element element) {
        int weight = 0;
        String className = element.className().toLowerCase(Locale.ROOT);
        String id = element.id().toLowerCase(Locale.ROOT);
        weight += weightOf(className);
        weight += weightOf(id);
        if (element.attr("itemprop").equalsIgnoreCase("articleBody")) {
            weight += CLASS_WEIGHT;
        }
        return weight;
    }

    private static int weightOf(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        int weight = 0;
        if (NEGATIVE.matcher(name).find()) {
            weight -= CLASS_WEIGHT;
        }
        if (POSITIVE.matcher(name).find()) {
            weight += CLASS_WEIGHT;
        }
        return weight;
    }
}
