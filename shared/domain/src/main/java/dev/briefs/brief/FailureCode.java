package dev.briefs.brief;

/** Why a brief is FAILED. The names are the {@code error.code} values that clients read. */
public enum FailureCode {
    EMPTY_FILE,
    BINARY_CONTENT,
    TOO_LARGE,
    UNSUPPORTED_FORMAT,
    UNDECODABLE_TEXT,
    MARKUP_TOO_COMPLEX,
    /** A PDF without text to extract, such as a scan: it needs OCR first. */
    NO_TEXT_LAYER,
    /** A PDF that needs a password to open. */
    ENCRYPTED_PDF,
    /** A damaged PDF, or one too complex to read within the time budget. */
    UNREADABLE_PDF,
    NO_ARTICLE_BODY,
    OBJECT_NOT_FOUND,
    ENGINE_ERROR,
    /** A transient failure (the store, the bucket or the model unavailable) outlasted every delivery of the event. */
    RETRIES_EXHAUSTED,
    /**
     * Briefing the file would take more memory or stack than a worker has: a decompression bomb, or a JVM
     * {@code Error} (out of memory, stack overflow) while parsing or briefing it.
     */
    RESOURCE_LIMIT
}
