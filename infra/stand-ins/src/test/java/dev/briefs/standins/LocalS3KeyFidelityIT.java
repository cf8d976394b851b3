package dev.briefs.standins;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Keys as real S3 keeps them: verbatim, whatever a file system would make of them. Each key gets its own content,
 * and every one must read back as written, list under its own name and be announced under it.
 */
class LocalS3KeyFidelityIT {

    private static final String CAFE_NFC = Normalizer.normalize("café/résumé.txt", Normalizer.Form.NFC);
    private static final String CAFE_NFD = Normalizer.normalize("café/résumé.txt", Normalizer.Form.NFD);
    /**
     * Keys that a file system maps onto one another, or refuses. Not here: a key with an empty segment
     * ({@code a//b}) or that is only {@code ..}, which S3Proxy's HTTP layer (Jetty) normalises or refuses before any
     * store sees them.
     */
    private static final List<String> KEYS = List.of(
            "alias/real.txt",
            "alias/./real.txt",
            "alias/../alias/real.txt",
            "alias/",
            "./top.txt",
            "k".repeat(1024),
            CAFE_NFC,
            CAFE_NFD,
            "spaces and + plus.txt");

    @TempDir
    static Path dataDir;
    private static LocalS3 s3;
    private static S3Client client;
    private static final List<String> announced = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        s3 = LocalS3.start(0, dataDir, "key-id", "secret-key", event -> announced.add(event.object().key()));
        client = S3Client.builder().endpointOverride(s3.endpoint()).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key-id", "secret-key")))
                .build();
        client.createBucket(r -> r.bucket("fidelity"));
        for (String key : KEYS) {
            client.putObject(r -> r.bucket("fidelity").key(key), RequestBody.fromString(content(key)));
        }
    }

    @AfterAll
    static void stop() {
        client.close();
        s3.close();
    }

    @Test
    void everyKeyReadsBackItsOwnContent() {
        Map<String, String> read = new TreeMap<>();
        Map<String, String> written = new TreeMap<>();
        for (String key : KEYS) {
            written.put(key, content(key));
            read.put(key, client.getObjectAsBytes(r -> r.bucket("fidelity").key(key)).asUtf8String());
        }
        assertEquals(written, read);
    }

    @Test
    void theListingNamesEveryKeyOnceAsWritten() {
        List<String> listed = new ArrayList<>();
        client.listObjectsV2Paginator(r -> r.bucket("fidelity").maxKeys(3)).contents().stream().map(S3Object::key)
                .forEach(listed::add);

        assertEquals(KEYS.stream().sorted().toList(), listed);
        assertEquals(KEYS.stream().sorted().toList(), announced.subList(0, KEYS.size()).stream().sorted().toList());
    }

    @Test
    void prefixesAndDelimitersWorkOnTheKeysAsWritten() {
        var page = client.listObjectsV2(r -> r.bucket("fidelity").prefix("alias/").delimiter("/"));

        assertEquals(List.of("alias/", "alias/real.txt"), page.contents().stream().map(S3Object::key).toList());
        assertEquals(List.of("alias/../", "alias/./"),
                page.commonPrefixes().stream().map(CommonPrefix::prefix).toList());
    }

    @Test
    void aDeletedKeyLeavesItsLookAlikesInPlace() {
        client.putObject(r -> r.bucket("fidelity").key("gone/./x.txt"), RequestBody.fromString("gone"));
        client.putObject(r -> r.bucket("fidelity").key("gone/x.txt"), RequestBody.fromString("stays"));

        client.deleteObject(r -> r.bucket("fidelity").key("gone/./x.txt"));

        assertEquals("stays", client.getObjectAsBytes(r -> r.bucket("fidelity").key("gone/x.txt")).asUtf8String());
        assertEquals(List.of("gone/x.txt"), client.listObjectsV2(r -> r.bucket("fidelity").prefix("gone/")).contents()
                .stream().map(S3Object::key).toList());
        client.deleteObject(r -> r.bucket("fidelity").key("gone/x.txt"));
    }

    private static String content(String key) {
        return "content of " + key.length() + ":" + key.hashCode() + ":" + key;
    }
}
