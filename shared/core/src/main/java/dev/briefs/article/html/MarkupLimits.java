package dev.briefs.article.html;

import dev.briefs.article.ArticleRejectedException;
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
 *   <li>{@value #MAX_ELEMENTS} elements: the benchmark's pages have at most about 1,600.</li>
 *   <li>{@value #MAX_DEPTH} levels of nesting: real pages nest fewer than 60 deep. jsoup is told to stop nesting at
 *       {@value #PARSER_DEPTH} so that even 100,000 unclosed {@code <div>}s build a shallow tree quickly; a tree
 *       deeper than {@value #MAX_DEPTH} is rejected before any extraction code walks it.</li>
 *   <li>{@link #TIME_BUDGET} of extraction work after the parse, checked between steps and inside the long loops.</li>
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
