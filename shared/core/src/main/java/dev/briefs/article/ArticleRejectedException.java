package dev.briefs.article;

import dev.briefs.brief.FailureCode;

/**
 * An input that cannot become a brief, whatever is retried: a permanent failure that ends as a FAILED record.
 */
public class ArticleRejectedException extends RuntimeException {

    private final FailureCode code;

    public ArticleRejectedException(FailureCode code, String message) {
        super(message);
        this.code = code;
    }

    public FailureCode code() {
        return code;
    }
}
