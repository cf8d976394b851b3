package dev.briefs.standins;

import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.domain.MultipartUpload;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.GetObjectAclRequest;
import software.amazon.awssdk.services.s3.model.GetObjectAclResponse;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.UploadPartCopyRequest;
import software.amazon.awssdk.services.s3.model.UploadPartCopyResponse;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps object keys verbatim, as S3 does, over S3Proxy's file-system store, which maps a key to a path: there
 * {@code a/./b} and {@code a/b} are one file, a key ending in {@code /} is a directory (its bytes lost), and a
 * 1,024-byte key is a file name too long. Each key is stored under a name made of the hex of its UTF-8 bytes, cut
 * into 200-character directories and ended by {@code ~} (so no stored name is a prefix directory of another), under
 * {@value #ROOT}. Hex keeps S3's listing order (UTF-8 byte order); listings are computed here from the decoded keys
 * (prefix, delimiter, start-after, continuation, page size). Objects stored before, under their plain path, are still
 * listed and read under that path.
 */
final class VerbatimKeyBlobStore extends ForwardingBlobStore {

    static final String ROOT = "~k/";
    private static final int SEGMENT = 200;
    private static final int DEFAULT_MAX_KEYS = 1000;
    private static final HexFormat HEX = HexFormat.of();

    VerbatimKeyBlobStore(BlobStore delegate) {
        super(delegate);
    }

    /** The name a key is stored under. */
    static String stored(String key) {
        String hex = HEX.formatHex(key.getBytes(StandardCharsets.UTF_8));
        StringBuilder name = new StringBuilder(ROOT);
        for (int i = 0; i < hex.length(); i += SEGMENT) {
            name.append(hex, i, Math.min(hex.length(), i + SEGMENT)).append(i + SEGMENT < hex.length() ? "/" : "~");
        }
        return name.toString();
    }

    /** The key of a stored name; a name from before this store (a plain path) is its own key. */
    static String key(String stored) {
        if (!stored.startsWith(ROOT) || !stored.endsWith("~")) {
            return stored;
        }
        String hex = stored.substring(ROOT.length(), stored.length() - 1).replace("/", "");
        return new String(HEX.parseHex(hex), StandardCharsets.UTF_8);
    }

    @Override
    public PutObjectResponse putBlob(PutObjectRequest request, InputStream content) {
        return super.putBlob(request.toBuilder().key(stored(request.key())).build(), content);
    }

    @Override
    public CopyObjectResponse copyBlob(CopyObjectRequest request) {
        return super.copyBlob(request.toBuilder().sourceKey(storedOrLegacy(request.sourceBucket(), request.sourceKey()))
                .destinationKey(stored(request.destinationKey())).build());
    }

    @Override
    public HeadObjectResponse blobMetadata(HeadObjectRequest request) {
        return super.blobMetadata(request.toBuilder().key(storedOrLegacy(request.bucket(), request.key())).build());
    }

    @Override
    public ResponseInputStream<GetObjectResponse> getBlob(GetObjectRequest request) {
        return super.getBlob(request.toBuilder().key(storedOrLegacy(request.bucket(), request.key())).build());
    }

    @Override
    public DeleteObjectResponse removeBlob(DeleteObjectRequest request) {
        return super.removeBlob(request.toBuilder().key(storedOrLegacy(request.bucket(), request.key())).build());
    }

    @Override
    public ObjectCannedACL getBlobAccess(String container, String key) {
        return super.getBlobAccess(container, storedOrLegacy(container, key));
    }

    @Override
    public ObjectCannedACL getBlobAccess(String container, String key, String versionId) {
        return super.getBlobAccess(container, storedOrLegacy(container, key), versionId);
    }

    @Override
    public GetObjectAclResponse getBlobAcl(GetObjectAclRequest request) {
        return super.getBlobAcl(request.toBuilder().key(storedOrLegacy(request.bucket(), request.key())).build());
    }

    @Override
    public void setBlobAccess(String container, String key, ObjectCannedACL access) {
        super.setBlobAccess(container, storedOrLegacy(container, key), access);
    }

    @Override
    public void setBlobAccess(String container, String key, ObjectCannedACL access, String versionId) {
        super.setBlobAccess(container, storedOrLegacy(container, key), access, versionId);
    }

    @Override
    public MultipartUpload initiateMultipartUpload(CreateMultipartUploadRequest request) {
        MultipartUpload upload = super.initiateMultipartUpload(request.toBuilder().key(stored(request.key())).build());
        return new MultipartUpload(upload.id(), request, upload.response() == null ? null
                : upload.response().toBuilder().key(request.key()).build());
    }

    @Override
    public void abortMultipartUpload(MultipartUpload upload) {
        super.abortMultipartUpload(storedUpload(upload));
    }

    @Override
    public CompleteMultipartUploadResponse completeMultipartUpload(MultipartUpload upload,
                                                                   CompleteMultipartUploadRequest request) {
        CompleteMultipartUploadResponse response = super.completeMultipartUpload(storedUpload(upload),
                request.toBuilder().key(stored(request.key())).build());
        return response.toBuilder().key(request.key()).build();
    }

    @Override
    public UploadPartResponse uploadMultipartPart(MultipartUpload upload, UploadPartRequest request,
                                                  InputStream content) {
        return super.uploadMultipartPart(storedUpload(upload), request.toBuilder().key(stored(request.key())).build(),
                content);
    }

    @Override
    public UploadPartCopyResponse copyMultipartPart(MultipartUpload upload, UploadPartCopyRequest request) {
        return super.copyMultipartPart(storedUpload(upload), request.toBuilder()
                .sourceKey(storedOrLegacy(request.sourceBucket(), request.sourceKey()))
                .destinationKey(stored(request.destinationKey())).build());
    }

    @Override
    public List<Part> listMultipartUpload(MultipartUpload upload) {
        return super.listMultipartUpload(storedUpload(upload));
    }

    @Override
    public List<software.amazon.awssdk.services.s3.model.MultipartUpload> listMultipartUploads(String container) {
        return super.listMultipartUploads(container).stream()
                .map(upload -> upload.toBuilder().key(key(upload.key())).build()).toList();
    }

    @Override
    public ListObjectsV2Response list(ListObjectsV2Request request) {
        String prefix = request.prefix() == null ? "" : request.prefix();
        String delimiter = request.delimiter() == null || request.delimiter().isEmpty() ? null : request.delimiter();
        String after = request.continuationToken() != null ? new String(HEX.parseHex(request.continuationToken()),
                StandardCharsets.UTF_8) : request.startAfter();
        int maxKeys = request.maxKeys() == null ? DEFAULT_MAX_KEYS : request.maxKeys();
        List<S3Object> contents = new ArrayList<>();
        Set<String> prefixes = new LinkedHashSet<>();
        String last = null;
        boolean truncated = false;
        // A page that ended on a rolled-up prefix resumes after every key under it.
        boolean afterRolledUp = after != null && delimiter != null && after.endsWith(delimiter);
        for (S3Object object : allObjects(request.bucket())) {
            String key = object.key();
            if (!key.startsWith(prefix) || (after != null && byteOrder(key, after) <= 0)
                    || (afterRolledUp && key.startsWith(after))) {
                continue;
            }
            int cut = delimiter == null ? -1 : key.indexOf(delimiter, prefix.length());
            String rolledUp = cut < 0 ? null : key.substring(0, cut + delimiter.length());
            if (rolledUp != null && prefixes.contains(rolledUp)) {
                continue;
            }
            if (contents.size() + prefixes.size() == maxKeys) {
                truncated = true;
                break;
            }
            if (rolledUp != null) {
                prefixes.add(rolledUp);
                last = rolledUp;
            } else {
                contents.add(object);
                last = key;
            }
        }
        ListObjectsV2Response.Builder response = ListObjectsV2Response.builder().name(request.bucket())
                .prefix(request.prefix()).delimiter(request.delimiter()).maxKeys(maxKeys).startAfter(request.startAfter())
                .continuationToken(request.continuationToken()).encodingType(request.encodingType())
                .contents(contents).commonPrefixes(prefixes.stream().map(p -> CommonPrefix.builder().prefix(p).build())
                        .toList())
                .keyCount(contents.size() + prefixes.size()).isTruncated(truncated);
        if (truncated) {
            response.nextContinuationToken(HEX.formatHex(last.getBytes(StandardCharsets.UTF_8)));
        }
        return response.build();
    }

    /** Every object of the bucket under its key, in S3's order (UTF-8 bytes). */
    private List<S3Object> allObjects(String bucket) {
        List<S3Object> objects = new ArrayList<>();
        String token = null;
        do {
            String page = token;
            ListObjectsV2Response response = super.list(ListObjectsV2Request.builder().bucket(bucket)
                    .continuationToken(page).maxKeys(DEFAULT_MAX_KEYS).build());
            response.contents().stream()
                    // Under the encoded root, a name without the closing "~" is a write a kill cut short (the file
                    // store's temporary file beside the object): S3 never shows an object it did not finish storing.
                    .filter(object -> !object.key().startsWith(ROOT) || object.key().endsWith("~"))
                    .forEach(object -> objects.add(object.toBuilder().key(key(object.key())).build()));
            token = Boolean.TRUE.equals(response.isTruncated()) ? response.nextContinuationToken() : null;
        } while (token != null);
        objects.sort((a, b) -> byteOrder(a.key(), b.key()));
        return objects;
    }

    private static int byteOrder(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** The stored name of {@code key}: its encoded name, or its plain path when only an older copy exists there. */
    private String storedOrLegacy(String container, String key) {
        String stored = stored(key);
        if (delegate().blobMetadataIfPresent(container, stored) != null) {
            return stored;
        }
        try {
            return delegate().blobMetadataIfPresent(container, key) != null ? key : stored;
        } catch (RuntimeException e) {
            // Not a path the file system can hold (too long, "..."): so no older copy either.
            return stored;
        }
    }

    private static MultipartUpload storedUpload(MultipartUpload upload) {
        CreateMultipartUploadRequest request = upload.request().toBuilder().key(stored(upload.request().key())).build();
        return new MultipartUpload(upload.id(), request, upload.response() == null ? null
                : upload.response().toBuilder().key(request.key()).build());
    }
}
