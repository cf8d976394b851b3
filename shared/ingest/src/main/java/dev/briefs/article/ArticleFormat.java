package dev.briefs.article;

import java.util.Locale;

/** The input formats the parser reads. */
public enum ArticleFormat {
    TEXT("text/plain"),
    MARKDOWN("text/markdown"),
    HTML("text/html"),
    PDF("application/pdf");

    private final String contentType;

    ArticleFormat(String contentType) {
        this.contentType = contentType;
    }

    /** The canonical media type of the format, for storing with the brief. */
    public String contentType() {
        return contentType;
    }

    /** The file name suffixes (lower case, without the dot) that name this format. */
    public static ArticleFormat fromExtension(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0 || name.lastIndexOf('/') > dot) {
            return null;
        }
        return switch (name.substring(dot + 1)) {
            case "txt", "text" -> TEXT;
            case "md", "markdown" -> MARKDOWN;
            case "html", "htm", "xhtml" -> HTML;
            case "pdf" -> PDF;
            default -> null;
        };
    }

    /** The format a media type names, ignoring parameters such as {@code charset}; null when it names none. */
    public static ArticleFormat fromContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/plain" -> TEXT;
            case "text/markdown", "text/x-markdown" -> MARKDOWN;
            case "text/html", "application/xhtml+xml" -> HTML;
            case "application/pdf", "application/x-pdf" -> PDF;
            default -> null;
        };
    }
}
