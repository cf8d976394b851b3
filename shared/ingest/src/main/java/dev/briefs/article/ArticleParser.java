package dev.briefs.article;

import dev.briefs.brief.ArticleRejectedException;
import dev.briefs.article.html.HtmlArticleParser;
import dev.briefs.article.pdf.InflationLimits;
import dev.briefs.article.pdf.PdfArticleParser;
import dev.briefs.brief.FailureCode;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parser's entry point: detects the format (content type, then file extension, then the content itself),
 * decodes the bytes and hands them to the parser of that format. A PDF goes to {@link PdfArticleParser} as bytes,
 * before any decoding. Rejects what cannot be an article with a {@link FailureCode}. Thread-safe.
 */
public final class ArticleParser {

    /** Fewer words than this after boilerplate removal is not an article. */
    static final int MIN_BODY_WORDS = 15;

    private static final Pattern DECLARED_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|article|div|p|h1|meta|title)[\\s>/]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern MARKDOWN_CUES = Pattern.compile(
            "(?m)^(#{1,6} \\S|> \\S|```)|\\[[^\\]]+]\\([^)]+\\)|\\*\\*[^*]+\\*\\*");

    /** {@code BRIEFS_MAX_ARTICLE_BYTES}'s default. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 10L * 1024 * 1024;

    private final FormatParser text = new PlainTextArticleParser();
    private final FormatParser markdown = new MarkdownArticleParser();
    private final FormatParser html = new HtmlArticleParser();
    private final long maxArticleBytes;
    /** Built on the first PDF: loading PDFBox costs about 45 ms, which text, Markdown and HTML should not pay. */
    private volatile PdfArticleParser pdf;

    /** A parser for articles of at most {@link #DEFAULT_MAX_ARTICLE_BYTES}. */
    public ArticleParser() {
        this(DEFAULT_MAX_ARTICLE_BYTES);
    }

    /** A parser for articles of at most {@code maxArticleBytes}, which also bounds how far a PDF may inflate. */
    public ArticleParser(long maxArticleBytes) {
        this.maxArticleBytes = maxArticleBytes;
    }

    /**
     * Parses one file.
     *
     * @param bytes       the file's content
     * @param fileName    the file name or object key, for its extension; may be null
     * @param contentType the declared media type; may be null
     * @return the article, with a body of at least {@value #MIN_BODY_WORDS} words
     * @throws ArticleRejectedException when the content cannot be an article
     */
    public Article parse(byte[] bytes, String fileName, String contentType) {
        if (bytes.length == 0 || new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).isBlank()
                && bytes.length <= 4096) {
            throw new ArticleRejectedException(FailureCode.EMPTY_FILE, "The file is empty.");
        }
        Article article = isPdf(bytes, fileName, contentType) ? pdf().parse(bytes)
                : parseText(bytes, fileName, contentType);
        if (article.wordCount() < MIN_BODY_WORDS) {
            throw new ArticleRejectedException(FailureCode.NO_ARTICLE_BODY,
                    "No article body was found: " + article.wordCount() + " words remain after removing page furniture"
                            + " (at least " + MIN_BODY_WORDS + " are needed).");
        }
        return article;
    }

    private PdfArticleParser pdf() {
        PdfArticleParser parser = pdf;
        if (parser == null) {
            // Stateless: two threads building one each at the same time is harmless.
            parser = new PdfArticleParser(InflationLimits.relativeTo(maxArticleBytes));
            pdf = parser;
        }
        return parser;
    }

    /** A PDF by its magic number, its media type or its name: PDFs are binary and never go through text decoding. */
    private static boolean isPdf(byte[] bytes, String fileName, String contentType) {
        return TextDecoder.startsWith(bytes, '%', 'P', 'D', 'F') || ArticleFormat.fromContentType(contentType) == ArticleFormat.PDF
                || ArticleFormat.fromExtension(fileName) == ArticleFormat.PDF;
    }

    private Article parseText(byte[] bytes, String fileName, String contentType) {
        rejectNonText(bytes, fileName, contentType);
        String decoded = TextDecoder.decode(bytes, declaredCharset(bytes, contentType));
        FormatParser parser = switch (detectFormat(decoded, fileName, contentType)) {
            case TEXT -> text;
            case MARKDOWN -> markdown;
            case HTML -> html;
            case PDF -> throw new IllegalStateException("PDFs are recognised before decoding, never from their text");
        };
        return parser.parse(decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded);
    }

    /** The format of a decoded document. */
    static ArticleFormat detectFormat(String decoded, String fileName, String contentType) {
        ArticleFormat declared = ArticleFormat.fromContentType(contentType);
        if (declared == ArticleFormat.HTML || declared == ArticleFormat.MARKDOWN) {
            return declared;
        }
        ArticleFormat named = ArticleFormat.fromExtension(fileName);
        if (named == ArticleFormat.HTML || named == ArticleFormat.MARKDOWN) {
            return named;
        }
        String head = decoded.substring(0, Math.min(decoded.length(), 2048));
        if (HTML_START.matcher(head.startsWith("\uFEFF") ? head.substring(1) : head).find()) {
            return ArticleFormat.HTML;
        }
        if (named == null && declared == null && MARKDOWN_CUES.matcher(decoded).find()) {
            return ArticleFormat.MARKDOWN;
        }
        return ArticleFormat.TEXT;
    }

    private static void rejectNonText(byte[] bytes, String fileName, String contentType) {
        String magic = magicType(bytes);
        if (magic != null) {
            throw new ArticleRejectedException(magic.equals("ZIP") ? FailureCode.UNSUPPORTED_FORMAT
                    : FailureCode.BINARY_CONTENT,
                    "The file is " + articleFor(magic) + " " + magic + " file, not a text, Markdown, HTML or PDF article.");
        }
        boolean utf16 = (bytes.length >= 2) && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        if (!utf16 && looksBinary(bytes)) {
            throw new ArticleRejectedException(FailureCode.BINARY_CONTENT,
                    "The file holds binary data, not text.");
        }
        String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")
                || type.equals("application/zip")) {
            throw new ArticleRejectedException(FailureCode.UNSUPPORTED_FORMAT,
                    "Content type " + type + " is not a supported article format (text, Markdown, HTML, PDF).");
        }
        if (fileName != null && ArticleFormat.fromExtension(fileName) == null
                && fileName.toLowerCase(Locale.ROOT).matches(".*\\.(docx?|odt|rtf|pptx?|xlsx?|zip|gz|epub)$")) {
            throw new ArticleRejectedException(FailureCode.UNSUPPORTED_FORMAT,
                    "Files named *" + fileName.substring(fileName.lastIndexOf('.')) + " are not a supported article format"
                            + " (text, Markdown, HTML, PDF).");
        }
    }

    private static String articleFor(String word) {
        return "AEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String magicType(byte[] b) {
        if (TextDecoder.startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG";
        }
        if (TextDecoder.startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (TextDecoder.startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        if (TextDecoder.startsWith(b, 'P', 'K', 3, 4)) {
            return "ZIP";
        }
        if (TextDecoder.startsWith(b, 0x1F, 0x8B)) {
            return "GZIP";
        }
        if (TextDecoder.startsWith(b, 'R', 'I', 'F', 'F')) {
            return "RIFF media";
        }
        return null;
    }

    /**
     * A NUL byte anywhere, or many control characters, means binary data. The whole content is read (a few
     * milliseconds for the largest article), so where in the file the binary part starts makes no difference.
     */
    private static boolean looksBinary(byte[] bytes) {
        int n = bytes.length;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = bytes[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }

    private static Charset declaredCharset(byte[] bytes, String contentType) {
        String declared = null;
        if (contentType != null) {
            Matcher matcher = DECLARED_CHARSET.matcher(contentType);
            declared = matcher.find() ? matcher.group(1) : null;
        }
        if (declared == null) {
            Matcher matcher = DECLARED_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096),
                    StandardCharsets.ISO_8859_1));
            declared = matcher.find() ? matcher.group(1) : null;
        }
        try {
            return declared == null ? null : Charset.forName(declared);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
