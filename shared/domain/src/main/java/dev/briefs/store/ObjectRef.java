package dev.briefs.store;

import java.util.Objects;

/**
 * An uploaded object, as an event announces it.
 *
 * @param bucket    the bucket name
 * @param key       the object key, decoded
 * @param size      the size the event reports, or null
 * @param etag      the ETag the event reports, or null
 * @param versionId the version id, when the bucket is versioned
 * @param sequencer S3's ordering token for events on one key (hex), or null
 */
public record ObjectRef(String bucket, String key, Long size, String etag, String versionId, String sequencer) {

    public ObjectRef {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
    }

    /** A "folder" created by consoles and tools: a zero-byte object whose key ends with a slash. */
    public boolean isFolderMarker() {
        return key.endsWith("/") && (size == null || size == 0);
    }
}
