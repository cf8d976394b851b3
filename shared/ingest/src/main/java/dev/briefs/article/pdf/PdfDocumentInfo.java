package dev.briefs.article.pdf;

import dev.briefs.article.ArticleMetadata;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a PDF says about itself in its document information and catalog.
 *
 * <p>Authoring tools fill the Title and Author fields with whatever they have: the file name, "Microsoft Word -
 * draft.docx", "Untitled", the login of whoever saved the file. Those are dropped, so that the title falls back to
 * the page and the byline stays empty rather than naming "Administrator" or a lower-case login.
 *
 * @param title    the document's title when it reads as one, else null
 * @param metadata the byline (Author), published date (CreationDate, ISO-8601) and language (the catalog's Lang)
 */
record PdfDocumentInfo(String title, ArticleMetadata metadata) {

    private static final Pattern PLACEHOLDER_TITLE = Pattern.compile(
            "(microsoft (word|powerpoint|excel)\\s*-.*|untitled.*|(new )?document\\s*\\d*|(powerpoint )?presentation\\s*\\d*"
                    + "|slide \\d+|title|.*\\.(docx?|pdf|rtf|odt|pages|indd|qxp|txt|pptx?|xlsx?|html?|tex|dvi|ps))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDER_AUTHOR = Pattern.compile(
            "admin(istrator)?|user|owner|unknown|author|microsoft office user|windows user|(?-i:[a-z0-9._-]+)",
            Pattern.CASE_INSENSITIVE);

    static PdfDocumentInfo read(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        String title = clean(info.getTitle());
        String author = clean(info.getAuthor());
        return new PdfDocumentInfo(
                title != null && isRealTitle(title) ? title : null,
                new ArticleMetadata(
                        author != null && !PLACEHOLDER_AUTHOR.matcher(author).matches() ? author : null,
                        iso(info.getCreationDate()),
                        languageTag(document.getDocumentCatalog().getLanguage()),
                        null));
    }

    /** A headline has words: at least two, and it is not a file name or a tool's placeholder. */
    private static boolean isRealTitle(String title) {
        return title.contains(" ") && title.codePoints().filter(Character::isLetter).count() >= 3
                && !PLACEHOLDER_TITLE.matcher(title).matches();
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = value.replaceAll("[\\s\\u00A0]+", " ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static String iso(Calendar date) {
        return date == null ? null
                : OffsetDateTime.ofInstant(date.toInstant(), date.getTimeZone().toZoneId()).toString();
    }

    private static String languageTag(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String tag = Locale.forLanguageTag(lang.strip().replace('_', '-')).toLanguageTag();
        return tag.equals("und") ? null : tag;
    }
}
