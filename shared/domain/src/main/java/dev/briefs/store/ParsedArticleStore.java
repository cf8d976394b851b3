package dev.briefs.store;

import dev.briefs.brief.ParsedArticle;

import java.util.Optional;

/**
 * Where the parsed article of each READY brief is kept (a private bucket of derived data in S3: an article of 10 MiB
 * does not fit in a DynamoDB item). An article is stored per brief and per content (the object's SHA-256), so a
 * concurrent re-brief of other content never overwrites the article a stored brief cites.
 */
public interface ParsedArticleStore {

    /** Stores the article of brief {@code article.id()}, made from content with this SHA-256. */
    void put(ParsedArticle article, String sha256);

    /** The stored article as the JSON document it is stored as ({@code BriefJson}), served without decoding it. */
    Optional<String> getDocument(String briefId, String sha256);

    /** Removes the brief's articles of any other content: after a re-brief of a replaced object. */
    void retainOnly(String briefId, String sha256);

    /** Removes every article of the brief: when its object is deleted, or its brief ends FAILED. */
    void delete(String briefId);
}
