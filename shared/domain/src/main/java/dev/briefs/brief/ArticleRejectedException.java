package dev.briefs.brief;



/**
 * An input that cannot become a brief, whatever is retried: a permanent failure that ends as a FAILED record.
 */
public class ArticleRejectedException extends RuntimeException {

    private final FailureCode code;

    public ArticleRejectedException(FailureCode code, String message) {
        super(message);
        this.code = code;
    }

    /**
     * The rejection of an object over the size limit.
     *
     * @param size  its size in bytes, or 0 or less when only "more than the limit" is known (cut off while streaming)
     * @param limit the limit, {@code BRIEFS_MAX_ARTICLE_BYTES}
     */
    public static ArticleRejectedException tooLarge(long size, long limit) {
        return new ArticleRejectedException(FailureCode.TOO_LARGE,
                "The file is larger than the limit of " + limit + " bytes (BRIEFS_MAX_ARTICLE_BYTES)"
                        + (size > 0 ? ": " + size + " bytes." : "."));
    }

    public FailureCode code() {
        return code;
    }
}
