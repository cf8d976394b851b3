package dev.briefs.article.html;

import org.jsoup.nodes.Element;

import java.util.Set;

/** What kinds of HTML element the extraction distinguishes, by tag name. */
final class ElementNames {

    /**
     * Elements a browser lays out as blocks, each starting a new line of text. Everything else flows inside a line,
     * as browsers render unknown and custom elements ({@code <my-citation>}) inline unless a style says otherwise.
     */
    private static final Set<String> BLOCK = Set.of("html", "body", "address", "article", "aside", "blockquote",
            "center", "details", "dialog", "dd", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "listing", "main",
            "menu", "nav", "ol", "p", "plaintext", "pre", "search", "section", "summary", "table", "caption", "colgroup",
            "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "xmp");

    /** Elements that never hold article text. */
    static final String NON_CONTENT = "script, style, noscript, template, svg, math, canvas, iframe, object, embed,"
            + " video, audio, source, track, map, area, picture, input, button, select, option, textarea, dialog,"
            + " link, meta, base, head";

    private ElementNames() {
    }

    static boolean isInline(Element element) {
        return !BLOCK.contains(element.normalName());
    }

    static boolean isHeading(Element element) {
        String name = element.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }
}
