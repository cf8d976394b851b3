package dev.briefs.article.html;

import org.jsoup.nodes.Element;

import java.util.Set;

/** What kinds of HTML element the extraction distinguishes, by tag name. */
final class ElementNames {

    /** Elements that flow inside a line of text; every other element starts a new block of text. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code",
            "data", "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp",
            "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");

    /** Elements that never hold article text. */
    static final String NON_CONTENT = "script, style, noscript, template, svg, math, canvas, iframe, object, embed,"
            + " video, audio, source, track, map, area, picture, input, button, select, option, textarea, dialog,"
            + " link, meta, base, head";

    private ElementNames() {
    }

    static boolean isInline(Element element) {
        return INLINE.contains(element.normalName());
    }

    static boolean isHeading(Element element) {
        String name = element.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }
}
