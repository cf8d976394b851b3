package dev.briefs.render;

/**
 * Builds HTML in which every piece of text and every attribute value is escaped. Tag and attribute names come from
 * this package's code only; nothing an article contains can reach the output unescaped, because the only way to add
 * text is {@link #text} (or an attribute value), and both escape.
 */
final class HtmlWriter {

    private final StringBuilder html = new StringBuilder(4096);

    /** Markup written by this package (the doctype, the stylesheet): never text from a brief. */
    HtmlWriter trusted(String markup) {
        html.append(markup);
        return this;
    }

    /**
     * Opens an element.
     *
     * @param tag        the element name
     * @param attributes alternating attribute names and values; a null value leaves the attribute out
     */
    HtmlWriter open(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        html.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                html.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        html.append('>');
        return this;
    }

    HtmlWriter close(String tag) {
        html.append("</").append(tag).append('>');
        return this;
    }

    HtmlWriter text(String text) {
        html.append(escape(text));
        return this;
    }

    /** An element holding only text. */
    HtmlWriter element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /**
     * Text with the five characters that can end a text run or an attribute value replaced by references. That is
     * enough in element content and in quoted attribute values, the only places this writer puts text.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
