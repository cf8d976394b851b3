package dev.briefs.functions.summarize;

import dev.briefs.article.Article;
import dev.briefs.article.ArticleParser;
import dev.briefs.article.NumberedSentences;
import dev.briefs.aws.AwsClients;
import dev.briefs.aws.AwsSettings;
import dev.briefs.aws.BriefsTable;
import dev.briefs.aws.DynamoBriefRepository;
import dev.briefs.aws.S3ArticleSource;
import dev.briefs.aws.S3ParsedArticleStore;
import dev.briefs.aws.SnapStartPriming;
import dev.briefs.aws.SqsEventQueue;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.Source;
import dev.briefs.engine.BriefEngine;
import dev.briefs.engine.TimedBriefEngine;
import dev.briefs.engine.extractive.ExtractiveBriefEngine;
import dev.briefs.json.BriefJson;
import dev.briefs.llm.BriefEngines;
import dev.briefs.store.BriefIds;
import dev.briefs.pipeline.SummarizeService;
import dev.briefs.pipeline.SummarizeSettings;
import dev.briefs.verify.VerifyingBriefEngine;

import software.amazon.awssdk.services.s3.S3Client;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Builds the summarize service from the function's environment, once per container (at class initialisation, which
 * SnapStart snapshots): {@code BRIEFS_TABLE}, {@code BRIEFS_DERIVED_BUCKET}, {@code BRIEFS_MAX_ARTICLE_BYTES}, {@code BRIEFS_LLM_*} and the standard
 * AWS variables.
 */
public final class SummarizeFunction {

    private SummarizeFunction() {
    }

    private static final class Holder {
        static final SummarizeService SERVICE = create(System.getenv());
        static final SqsEventQueue QUEUE = UploadQueue.of(System.getenv());
        static final int MAX_RECEIVES = UploadQueue.maxReceives(System.getenv());
        static final SnapStartPriming PRIMING = SnapStartPriming.register(SummarizeFunction::warmUp);
    }

    static SummarizeService service() {
        return Holder.SERVICE;
    }

    static SqsEventQueue queue() {
        return Holder.QUEUE;
    }

    static int maxReceives() {
        return Holder.MAX_RECEIVES;
    }

    /** The handler wired from {@code env}, as the runtime's constructor wires it from the process environment. */
    public static SummarizeHandler handler(Map<String, String> env) {
        return new SummarizeHandler(create(env), UploadQueue.of(env), UploadQueue.maxReceives(env),
                TimeoutRule.fromEnvironment(env));
    }

    /** A short original article for priming: the parser, the extractive engine, verification and JSON. */
    private static final String PRIMING_ARTICLE = """
            Port authority approves night ferries after long campaign
            The port authority voted on Tuesday to run ferries through the night from March, reversing a ban \
            that has stood since 2019.
            Chair Ana Ruiz said the change followed months of talks:
            “We listened to shift workers and to the crews.”
            What comes next
            The operator will publish a timetable next week, and the first crossing is due on March 3.
            """;

    /**
     * Exercises the offline code paths without side effects: nothing is read from S3 or written anywhere. The article
     * is parsed as text and, rendered into a PDF in memory, as PDF too, so PDFBox is loaded before the snapshot.
     */
    static void warmUp() {
        ArticleParser parser = new ArticleParser();
        parser.parse(primingPdf(), "priming.pdf", "application/pdf");
        Article article = parser.parse(PRIMING_ARTICLE.getBytes(StandardCharsets.UTF_8), "priming.txt",
                "text/plain");
        BriefContent content = new VerifyingBriefEngine(new ExtractiveBriefEngine()).brief(article);
        Instant now = Instant.now();
        Brief brief = Brief.processing(BriefIds.of("priming", "priming.txt"), null, now)
                .ready(new Source("priming", "priming.txt", null, null, 0L, "text/plain"), article.title(), content, now);
        BriefJson.readBrief(BriefJson.write(brief));
        BriefJson.write(NumberedSentences.of(article).toParsedArticle(brief.id(), article.title()));
    }

    /** A service wired from {@code env}; fails with a message naming the variable when the configuration is wrong. */
    public static SummarizeService create(Map<String, String> env) {
        String table = BriefsTable.nameFrom(env);
        String derivedBucket = S3ParsedArticleStore.bucketFrom(env);
        AwsSettings aws = AwsSettings.fromEnvironment(env);
        S3Client s3 = AwsClients.s3(aws);
        SummarizeSettings settings = SummarizeSettings.fromEnvironment(env);
        return new SummarizeService(
                new S3ArticleSource(s3),
                new DynamoBriefRepository(AwsClients.dynamoDb(aws), table),
                new S3ParsedArticleStore(s3, derivedBucket),
                new ArticleParser(settings.maxArticleBytes()),
                engine(env),
                settings,
                Clock.systemUTC());
    }

    /**
     * The brief engine {@code BRIEFS_LLM_PROVIDER} selects, with the extractive engine as default and fallback. The
     * extractive engine's answers are verified like the LLM's (which verify themselves), so every brief is.
     */
    public static BriefEngine engine(Map<String, String> env) {
        BriefEngine extractive = new VerifyingBriefEngine(new ExtractiveBriefEngine());
        return new TimedBriefEngine(BriefEngines.fromEnvironment(env, extractive));
    }

    /** The priming article as a one-page PDF, one line per paragraph. */
    private static byte[] primingPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
                content.newLineAtOffset(50, 740);
                for (String line : PRIMING_ARTICLE.replace("“", "\"").replace("”", "\"").split("\n")) {
                    content.showText(line);
                    content.newLineAtOffset(0, -14);
                }
                content.endText();
            }
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
