package dev.briefs.article.html;

import dev.briefs.brief.ArticleRejectedException;
import dev.briefs.brief.FailureCode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.time.Duration;
import java.util.Locale;

/**
 * The bounds that keep a hostile or broken page from exhausting a function's memory, stack or time, and the parse
 * that enforces them. Over a bound the page is rejected with {@link FailureCode#MARKUP_TOO_COMPLEX}.
 *
 * <ul>
 *   <li>{@value #MAX_MARKUP_CHARS} characters of markup: ten times the largest page of the extraction benchmark;
 *       a bigger page is a data dump, not an article, and its tree would need several hundred MB of heap.</li>
 *   <li>{@value #MAX_ELEMENTS} elements: the benchmark's pages have at most about 1,600. Start tags are counted before
 *       parsing too, so that a flood of tiny elements is refused before it costs gigabytes of heap (jsoup can also
 *       create more elements than there are tags, so the tree is counted again after the parse).</li>
 *   <li>{@value #MAX_DEPTH} levels of nesting: real pages nest fewer than 60 deep. jsoup is told to stop nesting at
 *       {@value #PARSER_DEPTH} so that even 100,000 unclosed {@code <div>}s build a shallow tree quickly; a tree
 *       deeper than {@value #MAX_DEPTH} is rejected before any extraction code walks it.</li>
 *   <li>{@link #TIME_BUDGET} for the whole extraction, counted from the start of the parse and checked after it,
 *       between steps and inside the loops whose length depends on the page. The parse itself cannot be interrupted;
 *       the size limits bound it (under a second for the largest page allowed).</li>
 * </ul>
 */
final class MarkupLimits {

    static final int MAX_MARKUP_CHARS = 15_000_000;
    static final int MAX_ELEMENTS = 200_000;
    static final int MAX_DEPTH = 256;
    static final int PARSER_DEPTH = 512;
    static final Duration TIME_BUDGET = Duration.ofSeconds(5);

    private MarkupLimits() {
    }

    /** Parses the page, rejecting it when it is too large or too deeply nested. */
    static Document parse(String html) {
        if (html.length() > MAX_MARKUP_CHARS) {
            throw tooComplex(String.format(Locale.ROOT, "The page has %,d characters of markup; at most %,d are read.",
                    html.length(), MAX_MARKUP_CHARS));
        }
        int tags = countStartTags(html);
        if (tags > MAX_ELEMENTS) {
            // Refused before parsing: millions of elements would need gigabytes of heap to build.
            throw tooComplex(String.format(Locale.ROOT, "The page has %,d HTML tags; at most %,d elements are read.",
                    tags, MAX_ELEMENTS));
        }
        Document document = Parser.htmlParser().setMaxDepth(PARSER_DEPTH).parseInput(html, "");
        TreeShape shape = new TreeShape();
        NodeTraversor.traverse(shape, document);
        if (shape.elements > MAX_ELEMENTS) {
            throw tooComplex(String.format(Locale.ROOT, "The page has %,d HTML elements; at most %,d are read.",
                    shape.elements, MAX_ELEMENTS));
        }
        if (shape.depth > MAX_DEPTH) {
            throw tooComplex("The page's elements are nested more than " + MAX_DEPTH + " levels deep.");
        }
        return document;
    }

    /** An upper bound of the elements the markup can make: every {@code <} followed by a letter. */
    private static int countStartTags(String html) {
        int tags = 0;
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            char next = html.charAt(i + 1);
            if (next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z') {
                tags++;
            }
        }
        return tags;
    }

    static ArticleRejectedException tooComplex(String message) {
        return new ArticleRejectedException(FailureCode.MARKUP_TOO_COMPLEX, message);
    }

    /** Counts elements and the deepest nesting in one iterative pass (no recursion, whatever the depth). */
    private static final class TreeShape implements NodeVisitor {
        private int elements;
        private int depth;

        @Override
        public void head(org.jsoup.nodes.Node node, int nodeDepth) {
            if (node instanceof Element) {
                elements++;
                depth = Math.max(depth, nodeDepth);
            }
        }
    }
}
