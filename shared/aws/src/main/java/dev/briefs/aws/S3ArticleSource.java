package dev.briefs.aws;

import dev.briefs.brief.ArticleRejectedException;
import dev.briefs.brief.FailureCode;
import dev.briefs.store.ArticleSource;
import dev.briefs.store.ObjectRef;
import dev.briefs.store.StoredObject;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads articles from S3 in one GET, streamed and cut off at the size limit. */
public final class S3ArticleSource implements ArticleSource {

    private final S3Client s3;

    public S3ArticleSource(S3Client s3) {
        this.s3 = s3;
    }

    @Override
    public StoredObject read(ObjectRef ref, long maxBytes) {
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(ref.bucket()).key(ref.key());
        if (ref.versionId() != null) {
            request.versionId(ref.versionId());
        }
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(request.build())) {
            GetObjectResponse response = in.response();
            Long length = response.contentLength();
            if (length != null && length > maxBytes) {
                in.abort();
                throw ArticleRejectedException.tooLarge(length, maxBytes);
            }
            // The declared length can lie (or be absent): enforce the limit on what actually arrives.
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                in.abort();
                throw ArticleRejectedException.tooLarge(-1, maxBytes);
            }
            return new StoredObject(bytes, response.contentType(), unquote(response.eTag()));
        } catch (NoSuchKeyException e) {
            throw new ArticleRejectedException(FailureCode.OBJECT_NOT_FOUND,
                    "The object was deleted before it could be read.");
        } catch (IOException e) {
            throw new UncheckedIOException("Reading s3://" + ref.bucket() + "/" + ref.key() + " failed", e);
        }
    }

    private static String unquote(String etag) {
        return etag == null ? null : etag.replace("\"", "");
    }
}
