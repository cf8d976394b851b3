package dev.briefs.standins;

import dev.briefs.store.ObjectEvent;
import dev.briefs.store.ObjectRef;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.domain.MultipartUpload;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.DeleteObjectsRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.DeletedObject;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

import java.io.InputStream;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Wraps S3Proxy's store so that every completed write and every deletion is announced at once, the way S3 event
 * notifications announce them: one event per object change, with a sequencer that orders the changes of a key. S3Proxy's
 * own bookkeeping objects (the {@value #MULTIPART_STUB_PREFIX}* stub of a multipart upload) are never announced, as S3
 * would not know of them.
 */
final class NotifyingBlobStore extends ForwardingBlobStore {

    /** What S3Proxy names the placeholder object it writes while a multipart upload is open. */
    static final String MULTIPART_STUB_PREFIX = ".s3proxy-mpu-stub-";

    /*
     * Sequencers order the events of one key. Deriving them from the clock (microseconds, then a counter) keeps them
     * increasing across restarts of the local stack, as S3's do across time.
     */
    private static final AtomicLong LAST_SEQUENCER = new AtomicLong();

    private final Consumer<ObjectEvent> listener;

    NotifyingBlobStore(BlobStore delegate, Consumer<ObjectEvent> listener) {
        super(delegate);
        this.listener = listener;
    }

    @Override
    public PutObjectResponse putBlob(PutObjectRequest request, InputStream content) {
        PutObjectResponse response = super.putBlob(request, content);
        announceCreated("ObjectCreated:Put", request.bucket(), request.key());
        return response;
    }

    @Override
    public CopyObjectResponse copyBlob(CopyObjectRequest request) {
        CopyObjectResponse response = super.copyBlob(request);
        announceCreated("ObjectCreated:Copy", request.destinationBucket(), request.destinationKey());
        return response;
    }

    @Override
    public CompleteMultipartUploadResponse completeMultipartUpload(MultipartUpload upload,
                                                                   CompleteMultipartUploadRequest request) {
        CompleteMultipartUploadResponse response = super.completeMultipartUpload(upload, request);
        announceCreated("ObjectCreated:CompleteMultipartUpload", request.bucket(), request.key());
        return response;
    }

    @Override
    public DeleteObjectResponse removeBlob(DeleteObjectRequest request) {
        DeleteObjectResponse response = super.removeBlob(request);
        announceRemoved(request.bucket(), request.key());
        return response;
    }

    @Override
    public DeleteObjectsResponse removeBlobs(DeleteObjectsRequest request) {
        DeleteObjectsResponse response = super.removeBlobs(request);
        for (DeletedObject deleted : response.deleted()) {
            announceRemoved(request.bucket(), deleted.key());
        }
        return response;
    }

    private void announceCreated(String eventName, String bucket, String key) {
        if (key.startsWith(MULTIPART_STUB_PREFIX)) {
            return;
        }
        HeadObjectResponse head = delegate().blobMetadata(HeadObjectRequest.builder().bucket(bucket).key(key).build());
        long size = head.contentLength() == null ? 0 : head.contentLength();
        String etag = head.eTag() == null ? null : head.eTag().replace("\"", "");
        listener.accept(new ObjectEvent(eventName, new ObjectRef(bucket, key, size, etag, null, nextSequencer())));
    }

    private void announceRemoved(String bucket, String key) {
        if (!key.startsWith(MULTIPART_STUB_PREFIX)) {
            listener.accept(new ObjectEvent("ObjectRemoved:Delete",
                    new ObjectRef(bucket, key, null, null, null, nextSequencer())));
        }
    }

    /** A sequencer greater than every one before it, in this process and (by the clock) in earlier ones. */
    static String nextSequencer() {
        long micros = Instant.now().toEpochMilli() * 1000;
        long value = LAST_SEQUENCER.updateAndGet(last -> Math.max(last + 1, micros));
        return String.format("%016X", value);
    }
}
