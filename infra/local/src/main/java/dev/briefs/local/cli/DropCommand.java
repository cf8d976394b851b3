package dev.briefs.local.cli;

import dev.briefs.log.PrintableText;
import dev.briefs.article.ArticleFormat;
import dev.briefs.aws.AwsClients;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.json.BriefJson;
import dev.briefs.local.Endpoints;
import dev.briefs.local.LocalStack;
import dev.briefs.store.BriefIds;
import dev.briefs.render.BriefMarkdown;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code ./briefs drop [--json] FILE...}: upload to the running stack's bucket, wait for each brief, print it. */
final class DropCommand {

    private final PrintStream out;
    private final PrintStream err;

    DropCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The media type an upload declares: text formats with their charset left to the parser's detection. */
    private static String contentType(ArticleFormat format) {
        return format == null ? "application/octet-stream" : format.contentType();
    }

    private record Upload(String file, String key, String id, Instant at) {
    }

    int run(List<String> arguments) throws InterruptedException {
        Args args = new Args(arguments, Set.of("--data-dir", "--timeout"), Set.of("--json"));
        if (args.positional().isEmpty()) {
            throw new Args.UsageException("drop needs at least one FILE");
        }
        Endpoints endpoints = Endpoints.read(Path.of(args.option("--data-dir", ".briefs")));
        Duration timeout = Duration.ofSeconds(args.intOption("--timeout", 300));
        List<Upload> uploads = new ArrayList<>();
        int failures = 0;
        try (S3Client s3 = AwsClients.s3(LocalStack.settings(endpoints))) {
            for (String file : args.positional()) {
                Path path = Path.of(file);
                if (!Files.isRegularFile(path)) {
                    err.println(file + ": no such file");
                    failures++;
                    continue;
                }
                String key = path.getFileName().toString();
                ArticleFormat format = ArticleFormat.fromExtension(key);
                Instant at = Instant.now();
                s3.putObject(r -> r.bucket(endpoints.bucket()).key(key)
                        .contentType(contentType(format)),
                        RequestBody.fromFile(path));
                err.println("uploaded " + PrintableText.of(file) + " to s3://" + endpoints.bucket() + "/" + PrintableText.of(key));
                uploads.add(new Upload(file, key, BriefIds.of(endpoints.bucket(), key), at));
            }
        }
        BriefWaiter waiter = new BriefWaiter(endpoints.apiUrl(), System.getenv("BRIEFS_API_TOKEN"), err);
        for (Upload upload : uploads) {
            Optional<Brief> brief = waiter.await(upload.id(), upload.key(), upload.at(), timeout);
            if (brief.isEmpty()) {
                err.println(PrintableText.of(upload.file()) + ": no brief after " + timeout.toSeconds() + " s; see .briefs/logs");
                failures++;
                continue;
            }
            Brief finished = brief.get();
            if (finished.status() == BriefStatus.FAILED) {
                failures++;
                err.println(PrintableText.of(upload.file()) + ": FAILED: " + finished.error().code() + ": " + finished.error().message());
            }
            out.println(args.flag("--json") ? BriefJson.write(finished) : BriefMarkdown.render(finished));
            if (!args.flag("--json")) {
                err.println("→ " + endpoints.apiUrl() + "/briefs/" + finished.id());
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
