package dev.briefs.brief;

/** Why a brief is FAILED. The names are the {@code error.code} values that clients read. */
public enum FailureCode {
    EMPTY_FILE,
    BINARY_CONTENT,
    TOO_LARGE,
    UNSUPPORTED_FORMAT,
    UNDECODABLE_TEXT,
    MARKUP_TOO_COMPLEX,
    NO_ARTICLE_BODY,
    OBJECT_NOT_FOUND,
    ENGINE_ERROR
}
