package dev.briefs.article.html;

import dev.briefs.article.Whitespace;
import dev.briefs.article.ArticleMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the headline and metadata from the page's head: JSON-LD first (written for search engines, so the most
 * deliberate), then Open Graph and other meta tags, then the visible page ({@code <h1>}, {@code <time>}, bylines).
 * Must run before {@link DocumentCleaner} removes the scripts that hold the JSON-LD.
 */
final class PageMetadataReader {

    private static final String PUBLISHED_META = "meta[property=article:published_time],"
            + " meta[name=article:published_time], meta[itemprop=datePublished], meta[name=pubdate],"
            + " meta[name=publishdate], meta[name=publish-date],"
            + " meta[name=date], meta[name=dc.date], meta[name=dc.date.issued], meta[name=dcterms.created],"
            + " meta[name=sailthru.date], meta[name=parsely-pub-date]";
    private static final String AUTHOR_META = "meta[name=author], meta[property=article:author],"
            + " meta[name=sailthru.author], meta[name=parsely-author], meta[name=dc.creator], meta[name=byl]";
    private static final String VISIBLE_AUTHOR = "[itemprop=author] [itemprop=name], [rel=author], [itemprop=author],"
            + " .byline, .author-name";
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i:by|par|por|von|di|door)\\s+");
    /** Where a visible byline runs on into other things: a separator, a weekday or date, "Updated". */
    private static final Pattern BYLINE_END = Pattern.compile("\\s+[|•·]\\s+"
            + "|\\s+(?i:(on\\s+)?(mon|tue|wed|thu|fri|sat|sun)\\w*,"
            + "|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*\\.?\\s+\\d{1,2},?\\s+\\d{4}"
            + "|updated|published|posted)");
    /** Years before this are placeholders ("0001-01-01"), not dates. */
    private static final int MIN_YEAR = 1000;
    private static final Pattern URL = Pattern.compile("^(https?:)?//\\S+$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_BYLINE_LENGTH = 120;
    /** A date, optionally with a time, optionally with an offset. */
    private static final DateTimeFormatter ISO_DATE_OR_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private PageMetadataReader() {
    }

    static PageMetadata read(Document document) {
        JsonLdArticle jsonLd = JsonLdArticle.read(document);
        List<String> headings = document.select("h1").eachText();
        return new PageMetadata(title(document, jsonLd, headings), new ArticleMetadata(byline(document, jsonLd),
                published(document, jsonLd), language(document, jsonLd), canonicalUrl(document, jsonLd)));
    }

    private static String title(Document document, JsonLdArticle jsonLd, List<String> headings) {
        String raw = firstPresent(meta(document, "meta[property=og:title]"), jsonLd.headline(),
                meta(document, "meta[name=twitter:title]"), document.title(),
                headings.isEmpty() ? null : headings.getFirst());
        if (raw == null) {
            return "";
        }
        return TitleCleaner.clean(raw, meta(document, "meta[property=og:site_name]"), headings);
    }

    private static String byline(Document document, JsonLdArticle jsonLd) {
        if (!jsonLd.authors().isEmpty()) {
            return String.join(", ", jsonLd.authors());
        }
        for (Element meta : document.select(AUTHOR_META)) {
            String author = BY_PREFIX.matcher(Whitespace.collapse(meta.attr("content"))).replaceFirst("");
            if (!author.isEmpty() && !URL.matcher(author).matches()) {
                return author;
            }
        }
        Element visible = document.selectFirst(VISIBLE_AUTHOR);
        if (visible == null) {
            return null;
        }
        // Visible bylines run on into the date and share links: "Jane Doe | November 18, 2019 Print this article".
        String text = BYLINE_END.split(Whitespace.collapse(visible.text()), 2)[0];
        text = BY_PREFIX.matcher(text).replaceFirst("").strip();
        return text.isEmpty() || text.length() > MAX_BYLINE_LENGTH ? null : text;
    }

    private static String published(Document document, JsonLdArticle jsonLd) {
        Element time = document.selectFirst("time[datetime][itemprop=datePublished], time[pubdate][datetime]");
        for (String raw : new String[] {jsonLd.published(), meta(document, PUBLISHED_META),
                time == null ? null : time.attr("datetime")}) {
            if (raw != null && !raw.isBlank()) {
                String date = normalizeDate(raw);
                if (!date.matches("^\\d{4}-.*") || Integer.parseInt(date.substring(0, 4)) >= MIN_YEAR) {
                    return date;
                }
            }
        }
        return null;
    }

    /** ISO-8601 when the date is in one of the forms pages use; otherwise as written. */
    static String normalizeDate(String raw) {
        String date = raw.strip();
        // Pages also write a space instead of the T, and offsets without the colon.
        String isoLike = date.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) (\\d)", "$1T$2")
                .replaceFirst("T(.*[+-]\\d{2})(\\d{2})$", "T$1:$2");
        try {
            return ISO_DATE_OR_TIME.parseBest(isoLike, OffsetDateTime::from, LocalDateTime::from, LocalDate::from)
                    .toString();
        } catch (DateTimeParseException notIso) {
            // HTTP-style dates ("Mon, 18 Nov 2019 16:07:38 -0600") appear in feeds copied into pages.
        }
        try {
            return OffsetDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toString();
        } catch (DateTimeParseException e) {
            return date;
        }
    }

    private static String language(Document document, JsonLdArticle jsonLd) {
        Element html = document.selectFirst("html");
        String raw = firstPresent(html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
                meta(document, "meta[http-equiv=content-language]"), jsonLd.language(),
                meta(document, "meta[property=og:locale]"));
        if (raw == null) {
            return null;
        }
        try {
            String tag = new Locale.Builder().setLanguageTag(raw.strip().replace('_', '-')).build().toLanguageTag();
            return tag.equals("und") ? null : tag;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    private static String canonicalUrl(Document document, JsonLdArticle jsonLd) {
        Element link = document.selectFirst("link[rel=canonical][href]");
        String canonical = link == null ? null : Whitespace.collapse(link.attr("href"));
        String openGraph = meta(document, "meta[property=og:url]");
        // A relative canonical link cannot be resolved without the page's address; an absolute og:url can stand in.
        if (canonical != null && !canonical.isEmpty() && !URL.matcher(canonical).matches() && openGraph != null
                && URL.matcher(openGraph).matches()) {
            return openGraph;
        }
        return firstPresent(canonical, openGraph, jsonLd.url());
    }

    private static String meta(Document document, String query) {
        for (Element meta : document.select(query)) {
            String content = Whitespace.collapse(meta.attr("content"));
            if (!content.isEmpty()) {
                return content;
            }
        }
        return null;
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
