package dev.briefs.aws;

import dev.briefs.brief.ArticleRejectedException;
import dev.briefs.brief.FailureCode;
import dev.briefs.store.ObjectRef;
import dev.briefs.store.StoredObject;
import dev.briefs.standins.StandIns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.util.Map;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        assertEquals("announced.md", standIns.created().getLast().key());
        assertEquals(4, standIns.created().getLast().size());
    }
}
