package dev.briefs.brief;

/**
 * The stored object a brief was made from.
 *
 * @param bucket      the bucket name
 * @param key         the object key exactly as the uploader named it (decoded)
 * @param etag        the object's ETag, without quotes
 * @param sha256      the hex SHA-256 of the object's bytes, once read
 * @param size        the object's size in bytes
 * @param contentType the media type of the parsed format
 */
public record Source(String bucket, String key, String etag, String sha256, Long size, String contentType) {
}
