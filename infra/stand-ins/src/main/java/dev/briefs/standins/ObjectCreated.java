package dev.briefs.standins;

/**
 * An object written to the local S3, as S3 would announce it.
 *
 * @param eventName the S3 event name, such as {@code ObjectCreated:Put}
 * @param bucket    the bucket
 * @param key       the key, as stored (not URL-encoded)
 * @param size      the size in bytes
 * @param etag      the ETag, without quotes
 */
public record ObjectCreated(String eventName, String bucket, String key, long size, String etag) {
}
