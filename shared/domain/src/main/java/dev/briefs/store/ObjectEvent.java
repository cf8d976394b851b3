package dev.briefs.store;

import java.util.Objects;

/**
 * What a bucket notification says happened to one object.
 *
 * @param eventName the S3 event name, such as {@code ObjectCreated:Put} or {@code ObjectRemoved:Delete}
 * @param object    the object
 */
public record ObjectEvent(String eventName, ObjectRef object) {

    public ObjectEvent {
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(object, "object");
    }

    /** An upload, a copy or a completed multipart upload: the object has (new) content to brief. */
    public boolean isCreated() {
        return eventName.startsWith("ObjectCreated:");
    }

    /** A deletion (or, in a versioned bucket, a delete marker): the object's brief must go. */
    public boolean isRemoved() {
        return eventName.startsWith("ObjectRemoved:");
    }
}
