package dev.briefs.store;

import dev.briefs.brief.ArticleRejectedException;

/** Where uploaded articles are read from (S3 in AWS, S3Proxy locally). */
public interface ArticleSource {

    /**
     * Reads one object, never more than {@code maxBytes}.
     *
     * @throws ArticleRejectedException with TOO_LARGE when the object is larger than {@code maxBytes},
     *                                  with OBJECT_NOT_FOUND when it no longer exists
     * @throws RuntimeException         for transient failures, which the caller lets fail the invocation
     */
    StoredObject read(ObjectRef ref, long maxBytes);
}
