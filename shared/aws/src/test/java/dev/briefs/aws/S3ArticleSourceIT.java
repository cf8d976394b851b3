package dev.briefs.aws;

import dev.briefs.brief.ArticleRejectedException;
import dev.briefs.brief.FailureCode;
import dev.briefs.store.ObjectEvent;
import dev.briefs.store.ObjectRef;
import dev.briefs.store.Sequencers;
import dev.briefs.store.StoredObject;
import dev.briefs.standins.StandIns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading objects from S3Proxy through the real SDK client, uploads made with the SDK's default (chunked) encoding. */
class S3ArticleSourceIT {

    private static final String BUCKET = "articles";
    private static StandIns standIns;
    private static S3Client s3;
    private static S3ArticleSource source;

    @BeforeAll
    static void start() {
        standIns = StandIns.shared();
        s3 = AwsClients.s3(AwsSettings.local(StandIns.REGION, StandIns.ACCESS_KEY_ID, StandIns.SECRET_ACCESS_KEY,
                Map.of("S3", standIns.s3Endpoint(), "DYNAMODB", standIns.dynamoDbEndpoint())));
        s3.createBucket(r -> r.bucket(BUCKET));
        source = new S3ArticleSource(s3);
    }

    @AfterAll
    static void stop() {
        s3.close();
    }

    @Test
    void readsTheBytesAndContentTypeOfAnObject() {
        byte[] text = "Headline\nBody with “curly quotes” and ü.".getBytes(StandardCharsets.UTF_8);
        s3.putObject(r -> r.bucket(BUCKET).key("news/a b+c ü.txt").contentType("text/plain; charset=utf-8"),
                RequestBody.fromBytes(text));
        StoredObject object = source.read(new ObjectRef(BUCKET, "news/a b+c ü.txt", null, null, null, null), 1000);
        assertArrayEquals(text, object.bytes());
        // S3Proxy (Jetty) drops the space before the parameter; the media type is what matters.
        assertEquals("text/plain;charset=utf-8", object.contentType().replace(" ", ""));
        assertEquals(32, object.etag().length());
    }

    @Test
    void objectsOverTheLimitAreRejectedWithoutReadingThemWhole() {
        s3.putObject(r -> r.bucket(BUCKET).key("big.txt"), RequestBody.fromBytes(new byte[5000]));
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class,
                () -> source.read(new ObjectRef(BUCKET, "big.txt", null, null, null, null), 4999));
        assertEquals(FailureCode.TOO_LARGE, e.code());
    }

    @Test
    void aDeletedObjectIsNotFound() {
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class,
                () -> source.read(new ObjectRef(BUCKET, "never-there.txt", null, null, null, null), 1000));
        assertEquals(FailureCode.OBJECT_NOT_FOUND, e.code());
    }

    @Test
    void everyWriteIsAnnounced() {
        s3.putObject(r -> r.bucket(BUCKET).key("announced.md"), RequestBody.fromString("# Hi"));
        assertEquals("ObjectCreated:Put", standIns.created().getLast().eventName());
        assertEquals("announced.md", standIns.created().getLast().object().key());
        assertEquals(4L, standIns.created().getLast().object().size());
    }

    @Test
    void aDeletionIsAnnouncedWithALaterSequencer() {
        s3.putObject(r -> r.bucket(BUCKET).key("short-lived.txt"), RequestBody.fromString("soon gone"));
        String written = standIns.created().getLast().object().sequencer();
        s3.deleteObject(r -> r.bucket(BUCKET).key("short-lived.txt"));
        ObjectEvent removed = standIns.created().getLast();
        assertEquals("ObjectRemoved:Delete", removed.eventName());
        assertEquals("short-lived.txt", removed.object().key());
        assertTrue(Sequencers.comparable(removed.object().sequencer()).compareTo(Sequencers.comparable(written)) > 0);
    }

    @Test
    void aMultipartUploadIsAnnouncedOnceAndItsStubNever() {
        int before = standIns.created().size();
        String upload = s3.createMultipartUpload(r -> r.bucket(BUCKET).key("big.txt")).uploadId();
        byte[] part = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(part, (byte) 'a');
        String first = s3.uploadPart(r -> r.bucket(BUCKET).key("big.txt").uploadId(upload).partNumber(1),
                RequestBody.fromBytes(part)).eTag();
        String second = s3.uploadPart(r -> r.bucket(BUCKET).key("big.txt").uploadId(upload).partNumber(2),
                RequestBody.fromString("the end")).eTag();
        s3.completeMultipartUpload(r -> r.bucket(BUCKET).key("big.txt").uploadId(upload).multipartUpload(m -> m.parts(
                p -> p.partNumber(1).eTag(first), p -> p.partNumber(2).eTag(second))));
        List<ObjectEvent> announced = standIns.created().subList(before, standIns.created().size());
        assertEquals(List.of("ObjectCreated:CompleteMultipartUpload big.txt"),
                announced.stream().map(e -> e.eventName() + " " + e.object().key()).toList());
        assertEquals(part.length + 7L, announced.getFirst().object().size());
    }
}
