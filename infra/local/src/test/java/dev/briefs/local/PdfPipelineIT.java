package dev.briefs.local;

import dev.briefs.aws.AwsClients;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.brief.FailureCode;
import dev.briefs.brief.Quote;
import dev.briefs.json.BriefJson;
import dev.briefs.store.BriefIds;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End to end through the local stack: PDFs uploaded as a press office sends them, the brief read over HTTP. */
class PdfPipelineIT {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final BlockingQueue<QueuePoller.Delivery> deliveries = new LinkedBlockingQueue<>();

    @Test
    void aTextPdfBecomesAReadyBriefWithTheTitleAndTextOfThePdf(@TempDir Path dataDir) throws Exception {
        byte[] pdf = pdf(document -> {
            PDPage page = page(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                line(content, REGULAR, 9, 40, "Harbour Authority of Westhaven · Press release");
                line(content, BOLD, 20, 96, "Harbour authority approves night ferries");
                line(content, REGULAR, 11, 140,
                        "The port authority voted on Tuesday to run ferries through the night from March,");
                line(content, REGULAR, 11, 154, "reversing a ban that has stood since 2019.");
                line(content, REGULAR, 11, 176, "“We listened to shift workers,” said chair Ana Ruiz.");
                line(content, REGULAR, 9, 760, "Page 1 of 1");
            }
        });

        Brief brief = briefOf(dataDir, "releases/night-ferries.pdf", pdf);

        assertEquals(BriefStatus.READY, brief.status(), () -> String.valueOf(brief.error()));
        assertEquals("Harbour authority approves night ferries", brief.title());
        assertEquals("application/pdf", brief.source().contentType());
        assertTrue(brief.quotes().stream().map(Quote::text).anyMatch(text -> text.contains("We listened to shift workers")),
                brief.quotes().toString());
    }

    @Test
    void aScannedPdfEndsFailedWithNoTextLayer(@TempDir Path dataDir) throws Exception {
        byte[] scan = pdf(document -> {
            PDPage page = page(document);
            BufferedImage picture = new BufferedImage(85, 110, BufferedImage.TYPE_BYTE_GRAY);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, picture), 36, 36, 540, 720);
            }
        });

        Brief brief = briefOf(dataDir, "releases/scan.pdf", scan);

        assertEquals(BriefStatus.FAILED, brief.status());
        assertEquals(FailureCode.NO_TEXT_LAYER.name(), brief.error().code());
    }

    /** Uploads {@code bytes} to the local stack and returns the brief once the function has handled the upload. */
    private Brief briefOf(Path dataDir, String key, byte[] bytes) throws Exception {
        try (LocalStack stack = LocalStack.start(new LocalStack.Options(0, 0, 0, dataDir, 1, Map.of()), deliveries::add)) {
            Endpoints endpoints = stack.endpoints();
            try (S3Client s3 = AwsClients.s3(LocalStack.settings(endpoints))) {
                s3.putObject(r -> r.bucket(endpoints.bucket()).key(key).contentType("application/pdf"),
                        RequestBody.fromBytes(bytes));
            }
            assertNotNull(deliveries.poll(60, TimeUnit.SECONDS), "the upload of " + key + " reached the function");
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            endpoints.apiUrl() + "/briefs/" + BriefIds.of(endpoints.bucket(), key)))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return BriefJson.readBrief(response.body());
        }
    }

    private interface Layout {
        void draw(PDDocument document) throws IOException;
    }

    private static byte[] pdf(Layout layout) throws IOException {
        try (PDDocument document = new PDDocument()) {
            layout.draw(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static PDPage page(PDDocument document) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        return page;
    }

    /** One line of text, its baseline {@code top} points below the top of a US Letter page. */
    private static void line(PDPageContentStream content, PDFont font, float size, float top, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(72, PDRectangle.LETTER.getHeight() - top);
        content.showText(text);
        content.endText();
    }
}
