package dev.briefs.store;

/**
 * The bytes of an object and what the store says about them.
 *
 * @param bytes       the content
 * @param contentType the stored media type, or null
 * @param etag        the ETag, without quotes
 */
public record StoredObject(byte[] bytes, String contentType, String etag) {
}
