package dev.briefs.aws;

import dev.briefs.brief.ParsedArticle;
import dev.briefs.json.BriefJson;
import dev.briefs.store.ParsedArticleStore;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Parsed articles as JSON objects in the derived-data bucket ({@value #BUCKET_VARIABLE}), one per brief and content:
 * {@code <brief id>/<sha256>.json}. Never the articles bucket, whose writes trigger the summarize function.
 */
public final class S3ParsedArticleStore implements ParsedArticleStore {

    /** The environment variable that names the derived-data bucket. */
    public static final String BUCKET_VARIABLE = "BRIEFS_DERIVED_BUCKET";

    private final S3Client s3;
    private final String bucket;

    public S3ParsedArticleStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** The bucket from {@value #BUCKET_VARIABLE}; fails naming the variable when it is not set. */
    public static String bucketFrom(Map<String, String> env) {
        String value = env.get(BUCKET_VARIABLE);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(BUCKET_VARIABLE
                    + " is not set: it names the bucket that keeps the parsed article of each brief");
        }
        return value.trim();
    }

    @Override
    public void put(ParsedArticle article, String sha256) {
        s3.putObject(r -> r.bucket(bucket).key(key(article.id(), sha256)).contentType("application/json"),
                RequestBody.fromString(BriefJson.write(article), StandardCharsets.UTF_8));
    }

    @Override
    public Optional<String> getDocument(String briefId, String sha256) {
        try {
            ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(r -> r.bucket(bucket).key(key(briefId, sha256)));
            return Optional.of(object.asUtf8String());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void retainOnly(String briefId, String sha256) {
        String kept = key(briefId, sha256);
        deleteWhere(briefId, key -> !key.equals(kept));
    }

    @Override
    public void delete(String briefId) {
        deleteWhere(briefId, key -> true);
    }

    private void deleteWhere(String briefId, Predicate<String> doomed) {
        List<ObjectIdentifier> keys = s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(briefId + "/")).contents()
                .stream().map(S3Object::key).filter(doomed).map(key -> ObjectIdentifier.builder().key(key).build())
                .toList();
        // A brief has one article, two while a re-brief replaces it: far below the 1,000 keys of one request.
        if (!keys.isEmpty()) {
            s3.deleteObjects(r -> r.bucket(bucket).delete(d -> d.objects(keys).quiet(true)));
        }
    }

    private static String key(String briefId, String sha256) {
        return briefId + "/" + sha256 + ".json";
    }
}
