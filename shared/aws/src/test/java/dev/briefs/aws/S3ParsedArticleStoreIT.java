package dev.briefs.aws;

import dev.briefs.brief.ParsedArticle;
import dev.briefs.json.BriefJson;
import dev.briefs.standins.StandIns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Parsed articles in S3Proxy through the real SDK client: stored per brief and content, replaced, removed. */
class S3ParsedArticleStoreIT {

    private static final String BUCKET = "derived";
    private static final String ID = "b_0123456789abcdef01234567";
    private static final String OLD = "aa".repeat(32);
    private static final String NEW = "bb".repeat(32);
    private static StandIns standIns;
    private static S3Client s3;
    private static S3ParsedArticleStore store;

    @BeforeAll
    static void start() {
        standIns = StandIns.start(object -> { });
        s3 = AwsClients.s3(AwsSettings.local(StandIns.REGION, StandIns.ACCESS_KEY_ID, StandIns.SECRET_ACCESS_KEY,
                Map.of("S3", standIns.s3Endpoint())));
        s3.createBucket(r -> r.bucket(BUCKET));
        store = new S3ParsedArticleStore(s3, BUCKET);
    }

    @AfterAll
    static void stop() {
        s3.close();
        standIns.close();
    }

    private static ParsedArticle article(String id, String text) {
        return new ParsedArticle(id, "Title", List.of(new ParsedArticle.Sentence(1, "Title"),
                new ParsedArticle.Sentence(2, text)));
    }

    @Test
    void anArticleIsStoredAsItsJsonAndReadBackByBriefAndContent() {
        ParsedArticle article = article(ID, "Ünïcode “quotes” and <tags>.");
        store.put(article, OLD);
        assertEquals(Optional.of(BriefJson.write(article)), store.getDocument(ID, OLD));
        assertEquals(Optional.empty(), store.getDocument(ID, NEW), "another content's article is another object");
        assertEquals(Optional.empty(), store.getDocument("b_ffffffffffffffffffffffff", OLD));
    }

    @Test
    void aRebriefKeepsOnlyTheNewContentsArticleAndDeleteRemovesEveryOne() {
        String id = "b_00000000000000000000000a";
        String other = "b_00000000000000000000000b";
        store.put(article(id, "old"), OLD);
        store.put(article(id, "new"), NEW);
        store.put(article(other, "untouched"), OLD);
        store.retainOnly(id, NEW);
        assertEquals(List.of(id + "/" + NEW + ".json"), keys(id));
        store.delete(id);
        assertEquals(List.of(), keys(id));
        assertEquals(List.of(other + "/" + OLD + ".json"), keys(other), "other briefs' articles stay");
        store.delete(id);
    }

    @Test
    void theBucketIsNamedByItsVariable() {
        assertEquals("derived", S3ParsedArticleStore.bucketFrom(Map.of("BRIEFS_DERIVED_BUCKET", " derived ")));
        IllegalStateException missing = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> S3ParsedArticleStore.bucketFrom(Map.of()));
        assertEquals(true, missing.getMessage().startsWith("BRIEFS_DERIVED_BUCKET is not set"));
    }

    private static List<String> keys(String id) {
        return s3.listObjectsV2(r -> r.bucket(BUCKET).prefix(id + "/")).contents().stream().map(S3Object::key).toList();
    }
}
