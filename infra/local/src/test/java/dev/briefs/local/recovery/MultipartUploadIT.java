package dev.briefs.local.recovery;

import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.local.LocalStack;
import dev.briefs.store.BriefIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import dev.briefs.aws.AwsClients;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Multipart uploads as the AWS CLI makes them above its 8 MB threshold (8 MB parts): one brief per object, READY for
 * 9 MB and FAILED {@code TOO_LARGE} for 50 MB (over the 10 MiB limit), and no brief of S3Proxy's multipart stub.
 */
class MultipartUploadIT {

    private static final int PART = 8 * 1024 * 1024;

    @Test
    void aNineAndAFiftyMegabyteUploadGiveOneBriefEachAndNothingElse(@TempDir Path dataDir) throws Exception {
        List<String> delivered = new CopyOnWriteArrayList<>();
        try (LocalStack stack = LocalStack.start(new LocalStack.Options(0, 0, 0, dataDir, 2, Map.of()),
                delivery -> delivered.add(delivery.event().object().key()))) {
            try (S3Client s3 = AwsClients.s3(LocalStack.settings(stack.endpoints()))) {
                upload(s3, "reports/nine.txt", article(9 * 1024 * 1024));
                upload(s3, "reports/fifty.txt", article(50 * 1024 * 1024));
            }
            Brief nine = await(stack, "reports/nine.txt");
            Brief fifty = await(stack, "reports/fifty.txt");
            assertEquals(BriefStatus.READY, nine.status());
            assertEquals(BriefStatus.FAILED, fifty.status());
            assertEquals("TOO_LARGE", fifty.error().code());
            assertEquals(List.of("reports/fifty.txt", "reports/nine.txt"), delivered.stream().sorted().toList(),
                    "one event per object, none for the multipart stub");
            assertEquals(2, stack.briefs().list(100, null).items().size(), "and no other brief");
        }
    }

    /** A plain-text article of {@code bytes} bytes: a headline, then numbered paragraphs. */
    private static byte[] article(int bytes) {
        StringBuilder text = new StringBuilder("Harbour authority approves night ferries\n");
        for (int i = 0; text.length() < bytes; i++) {
            text.append("Paragraph ").append(i).append(": the port authority voted on Tuesday to run ferries through"
                    + " the night from March, reversing a ban that has stood since 2019.\n");
        }
        return Arrays.copyOf(text.toString().getBytes(StandardCharsets.UTF_8), bytes);
    }

    private static void upload(S3Client s3, String key, byte[] body) {
        String upload = s3.createMultipartUpload(r -> r.bucket(LocalStack.BUCKET).key(key).contentType("text/plain"))
                .uploadId();
        List<CompletedPart> parts = new ArrayList<>();
        for (int offset = 0, number = 1; offset < body.length; offset += PART, number++) {
            int part = number;
            byte[] slice = Arrays.copyOfRange(body, offset, Math.min(body.length, offset + PART));
            String etag = s3.uploadPart(r -> r.bucket(LocalStack.BUCKET).key(key).uploadId(upload).partNumber(part),
                    RequestBody.fromBytes(slice)).eTag();
            parts.add(CompletedPart.builder().partNumber(part).eTag(etag).build());
        }
        s3.completeMultipartUpload(r -> r.bucket(LocalStack.BUCKET).key(key).uploadId(upload)
                .multipartUpload(m -> m.parts(parts)));
    }

    private static Brief await(LocalStack stack, String key) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            Optional<Brief> brief = stack.briefs().get(BriefIds.of(LocalStack.BUCKET, key))
                    .filter(found -> found.status() != BriefStatus.PROCESSING);
            if (brief.isPresent()) {
                return brief.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no brief of " + key);
    }
}
