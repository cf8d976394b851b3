package dev.briefs.pipeline;

import dev.briefs.store.InMemoryBriefRepository;
import dev.briefs.testing.MutableClock;
import dev.briefs.store.ObjectRef;
import dev.briefs.store.StoredObject;
import dev.briefs.store.ArticleSource;
import dev.briefs.store.Sequencers;
import dev.briefs.store.BriefIds;
import dev.briefs.article.Article;
import dev.briefs.article.ArticleParser;
import dev.briefs.brief.ArticleRejectedException;
import dev.briefs.brief.Brief;
import dev.briefs.brief.ParsedArticle;
import dev.briefs.json.BriefJson;
import dev.briefs.store.InMemoryParsedArticleStore;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.BriefStatus;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.FailureCode;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.engine.BriefEngine;
import dev.briefs.engine.EngineBusyException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline's decisions, with an in-memory store and source standing in for DynamoDB and S3. */
class SummarizeServiceTest {

    private static final String STORY = """
            Council backs new tram line
            The city council voted on Monday to fund a tram line to the airport, ending a decade of delay on the \
            project that critics had called unaffordable.
            """;

    private final Map<String, byte[]> objects = new HashMap<>();
    private final InMemoryBriefRepository repository = new InMemoryBriefRepository();
    private final AtomicInteger engineCalls = new AtomicInteger();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
    private RuntimeException sourceFailure;

    private final ArticleSource source = (ref, maxBytes) -> {
        if (sourceFailure != null) {
            throw sourceFailure;
        }
        byte[] bytes = objects.get(ref.key());
        if (bytes == null) {
            throw new ArticleRejectedException(FailureCode.OBJECT_NOT_FOUND, "gone");
        }
        return new StoredObject(bytes, "text/plain", "etag");
    };

    private final BriefEngine engine = article -> {
        engineCalls.incrementAndGet();
        return new BriefContent(new HeadlineShift("", article.title(), ""), List.of(), List.of(), List.of(),
                EngineInfo.of("test", "1"));
    };

    private final InMemoryParsedArticleStore articles = new InMemoryParsedArticleStore();

    private final SummarizeService service = new SummarizeService(source, repository, articles, new ArticleParser(),
            engine, new SummarizeSettings(1000, Duration.ofMinutes(15)), clock);

    @Test
    void anArticleBecomesAReadyBrief() {
        objects.put("news/tram line.txt", bytes(STORY));
        SummarizeService.Outcome outcome = service.process(ref("news/tram line.txt", "0A"));
        assertEquals(SummarizeService.Result.READY, outcome.result());
        Brief stored = repository.get(BriefIds.of("bucket", "news/tram line.txt")).orElseThrow();
        assertEquals(BriefStatus.READY, stored.status());
        assertEquals("Council backs new tram line", stored.title());
        assertEquals("news/tram line.txt", stored.source().key());
        assertEquals(BriefIds.sha256Hex(bytes(STORY)), stored.source().sha256());
        assertEquals("text/plain", stored.source().contentType());
    }

    @Test
    void whatAPageSaysAboutItsPublicationIsCarriedIntoTheBrief() {
        objects.put("tram.html", bytes("""
                <!doctype html><html lang="en"><head><title>Council backs new tram line | City Times</title>
                <meta name="author" content="Jane Roe">
                <meta property="article:published_time" content="2026-11-20T08:00:00Z">
                <link rel="canonical" href="https://example.com/news/tram"></head>
                <body><article><h1>Council backs new tram line</h1>
                <p>The city council voted on Monday to fund a tram line to the airport, ending a decade of delay on the
                project that critics had called unaffordable.</p>
                <p>Work on the first section is due to start in May, the transport office said in a statement.</p>
                </article></body></html>"""));
        Brief brief = service.process(ref("tram.html", "01")).brief();
        assertEquals(BriefStatus.READY, brief.status());
        assertEquals("Jane Roe", brief.published().byline());
        assertTrue(brief.published().date().startsWith("2026-11-20"), brief.published().date());
        assertEquals("en", brief.published().language());
        assertEquals("https://example.com/news/tram", brief.published().canonicalUrl());
    }

    @Test
    void folderMarkersLeaveNoRecord() {
        SummarizeService.Outcome outcome = service.process(new ObjectRef("bucket", "drafts/", 0L, null, null, "01"));
        assertEquals(SummarizeService.Result.SKIPPED_FOLDER_MARKER, outcome.result());
        assertTrue(repository.list(10, null).items().isEmpty());
    }

    @Test
    void aRepeatedEventMakesNoSecondBriefAndNoSecondEngineCall() {
        objects.put("a.txt", bytes(STORY));
        Brief first = service.process(ref("a.txt", "0A")).brief();
        clock.advance(Duration.ofMinutes(1));
        SummarizeService.Outcome again = service.process(ref("a.txt", "0A"));
        assertEquals(SummarizeService.Result.SKIPPED_ALREADY_DONE, again.result());
        assertEquals(1, engineCalls.get());
        assertEquals(first.createdAt(), repository.get(first.id()).orElseThrow().createdAt());
    }

    @Test
    void aLateEventForAnOlderVersionNeverOverwritesTheNewer() {
        objects.put("a.txt", bytes(STORY.replace("Council backs", "Council rejects")));
        service.process(ref("a.txt", "0F"));
        objects.put("a.txt", bytes(STORY));
        SummarizeService.Outcome late = service.process(ref("a.txt", "0A"));
        assertEquals(SummarizeService.Result.SKIPPED_NEWER_VERSION, late.result());
        assertEquals("Council rejects new tram line",
                repository.get(BriefIds.of("bucket", "a.txt")).orElseThrow().title());
    }

    @Test
    void aLiveLeaseMakesTheDuplicateRetryAndAnExpiredLeaseIsTakenOver() {
        objects.put("a.txt", bytes(STORY));
        Brief crashed = Brief.processing(BriefIds.of("bucket", "a.txt"), null, clock.instant());
        repository.claim(crashed, Sequencers.comparable("0A"), clock.instant().plus(Duration.ofMinutes(15)),
                clock.instant());
        assertThrows(RetryLaterException.class, () -> service.process(ref("a.txt", "0A")));
        assertEquals(0, engineCalls.get());

        clock.advance(Duration.ofMinutes(16));
        assertEquals(SummarizeService.Result.READY, service.process(ref("a.txt", "0A")).result());
    }

    @Test
    void identicalContentUnderAnotherKeyReusesTheAnalysis() {
        objects.put("a.txt", bytes(STORY));
        objects.put("copy of a.txt", bytes(STORY));
        service.process(ref("a.txt", "01"));
        Brief copy = service.process(ref("copy of a.txt", "01")).brief();
        assertEquals(1, engineCalls.get());
        assertEquals(BriefStatus.READY, copy.status());
        assertEquals("copy of a.txt", copy.source().key());
        assertEquals("Council backs new tram line", copy.headlineShift().after());
    }

    @Test
    void aFallbackBriefIsNotReusedSoAReprocessReachesTheEngineAgain() {
        objects.put("a.txt", bytes(STORY));
        objects.put("copy of a.txt", bytes(STORY));
        Brief first = service.process(ref("a.txt", "01")).brief();
        Brief fellBack = first.ready(first.source(), first.title(), new BriefContent(first.headlineShift(),
                first.actors(), first.quotes(), first.nextSteps(),
                EngineInfo.of("extractive", "1").withFallbackReason("the LLM answered 401")), clock.instant());
        repository.complete(fellBack, Sequencers.comparable("01"));

        Brief copy = service.process(ref("copy of a.txt", "01")).brief();
        assertEquals(2, engineCalls.get(), "the fallback analysis is not copied");
        assertEquals("test", copy.engine().provider());
        assertNull(copy.engine().fallbackReason());
    }

    @Test
    void aBriefIsNeverReusedForItsOwnObject() {
        Brief own = Brief.processing("b_000000000000000000000001", null, clock.instant());
        Brief other = Brief.processing("b_000000000000000000000002", null, clock.instant());
        EngineInfo engineInfo = EngineInfo.of("test", "1");
        BriefContent content = new BriefContent(HeadlineShift.EMPTY, List.of(), List.of(), List.of(), engineInfo);
        assertTrue(SummarizeService.isReusable(other.ready(null, "t", content, clock.instant()), own.id()));
        assertFalse(SummarizeService.isReusable(own.ready(null, "t", content, clock.instant()), own.id()),
                "a stale index entry of the object being reprocessed");
    }

    @Test
    void permanentProblemsBecomeFailedRecordsAndTheNextFileIsProcessed() {
        objects.put("empty.txt", new byte[0]);
        objects.put("good.txt", bytes(STORY));
        Brief empty = service.process(ref("empty.txt", "01")).brief();
        assertEquals(BriefStatus.FAILED, empty.status());
        assertEquals("EMPTY_FILE", empty.error().code());
        assertNull(empty.headlineShift());

        Brief big = service.process(new ObjectRef("bucket", "big.txt", 5000L, null, null, "01")).brief();
        assertEquals("TOO_LARGE", big.error().code());

        Brief gone = service.process(ref("deleted.txt", "01")).brief();
        assertEquals("OBJECT_NOT_FOUND", gone.error().code());

        assertEquals(SummarizeService.Result.READY, service.process(ref("good.txt", "01")).result());
    }

    @Test
    void aReadyBriefsParsedArticleIsStoredAsNumberedSentencesAndReplacedWhenTheObjectIs() {
        objects.put("a.txt", bytes(STORY));
        Brief first = service.process(ref("a.txt", "01")).brief();
        ParsedArticle article = BriefJson.readParsedArticle(
                articles.getDocument(first.id(), first.source().sha256()).orElseThrow());
        assertEquals(first.id(), article.id());
        assertEquals(new ParsedArticle.Sentence(1, "Council backs new tram line"), article.sentences().getFirst());
        assertEquals(2, article.sentences().size(), article.toString());

        objects.put("a.txt", bytes(STORY.replace("Council", "Assembly")));
        Brief second = service.process(ref("a.txt", "02")).brief();
        assertEquals(Set.of(second.id() + "/" + second.source().sha256()), articles.keys(),
                "the re-brief keeps only the new content's article");

        objects.put("a.txt", new byte[0]);
        assertEquals(BriefStatus.FAILED, service.process(ref("a.txt", "03")).brief().status());
        assertEquals(Set.of(), articles.keys(), "a FAILED brief cites no article");
    }

    @Test
    void anEngineBugIsRecordedNotRetried() {
        objects.put("a.txt", bytes(STORY));
        BriefEngine broken = article -> {
            throw new IllegalArgumentException("boom");
        };
        SummarizeService failing = new SummarizeService(source, repository, articles, new ArticleParser(), broken,
                new SummarizeSettings(1000, Duration.ofMinutes(15)), clock);
        Brief brief = failing.process(ref("a.txt", "01")).brief();
        assertEquals("ENGINE_ERROR", brief.error().code());
        assertTrue(brief.error().message().contains("boom"));
    }

    @Test
    void anErrorFromTheJvmEndsTheFileFailedWithResourceLimitAndTheNextFileIsBriefed() {
        List<Error> errors = new ArrayList<>(List.of(new OutOfMemoryError("Java heap space"),
                new StackOverflowError()));
        BriefEngine exhausting = article -> {
            if (!errors.isEmpty()) {
                throw errors.removeFirst();
            }
            return engine.brief(article);
        };
        SummarizeService service = new SummarizeService(source, repository, articles, new ArticleParser(), exhausting,
                new SummarizeSettings(1000, Duration.ofMinutes(15)), clock);
        objects.put("heap.txt", bytes(STORY));
        objects.put("stack.txt", bytes(STORY + "\nA second version."));
        objects.put("next.txt", bytes(STORY + "\nA third version."));

        Brief heap = service.process(ref("heap.txt", "01")).brief();
        Brief stack = service.process(ref("stack.txt", "01")).brief();

        assertEquals("RESOURCE_LIMIT", heap.error().code());
        assertTrue(heap.error().message().contains("memory"), heap.error().message());
        assertEquals("RESOURCE_LIMIT", stack.error().code());
        assertTrue(stack.error().message().contains("stack"), stack.error().message());
        assertEquals(BriefStatus.FAILED, repository.get(heap.id()).orElseThrow().status());
        assertEquals(BriefStatus.FAILED, repository.get(stack.id()).orElseThrow().status());
        assertEquals(SummarizeService.Result.READY, service.process(ref("next.txt", "01")).result());
    }

    @Test
    void aTransientFailureAsksForARetryLaterAndReleasesTheClaimForIt() {
        objects.put("a.txt", bytes(STORY));
        sourceFailure = new IllegalStateException("S3 unavailable");
        RetryLaterException retry = assertThrows(RetryLaterException.class, () -> service.process(ref("a.txt", "01")));
        assertSame(sourceFailure, retry.getCause());
        assertEquals(BriefStatus.PROCESSING, repository.get(BriefIds.of("bucket", "a.txt")).orElseThrow().status());

        sourceFailure = null;
        assertEquals(SummarizeService.Result.READY, service.process(ref("a.txt", "01")).result());
    }

    @Test
    void aTransientFailureOnTheLastDeliveryLeavesAFailedBriefNotAProcessingOne() {
        objects.put("a.txt", bytes(STORY));
        sourceFailure = new IllegalStateException("S3 is unreachable");
        RetryLaterException first = assertThrows(RetryLaterException.class,
                () -> service.process(ref("a.txt", "0A"), new Attempt(1, 3, Duration.ZERO, "m-1")));
        assertTrue(first.delay().toMillis() >= 1000 && first.delay().toMillis() <= 2000, first.delay().toString());
        assertEquals(BriefStatus.PROCESSING, repository.get(BriefIds.of("bucket", "a.txt")).orElseThrow().status());

        assertThrows(RetryLaterException.class,
                () -> service.process(ref("a.txt", "0A"), new Attempt(3, 3, Duration.ofMinutes(1), "m-1")));
        Brief exhausted = repository.get(BriefIds.of("bucket", "a.txt")).orElseThrow();
        assertEquals(BriefStatus.FAILED, exhausted.status());
        assertEquals("RETRIES_EXHAUSTED", exhausted.error().code());
        assertTrue(exhausted.error().message().contains("S3 is unreachable"), exhausted.error().message());

        sourceFailure = null; // redriven from the dead-letter queue once S3 is back: the same version is briefed
        assertEquals(SummarizeService.Result.READY,
                service.process(ref("a.txt", "0A"), new Attempt(1, 3, Duration.ofHours(1), "m-1")).result());
    }

    @Test
    void aRedeliveryOfTheSameMessageTakesOverItsOwnLiveClaim() {
        objects.put("a.txt", bytes(STORY));
        Brief crashed = Brief.processing(BriefIds.of("bucket", "a.txt"), null, clock.instant());
        repository.claim(crashed, Sequencers.comparable("0A"), clock.instant().plus(Duration.ofMinutes(15)),
                clock.instant(), "m-1");
        assertThrows(RetryLaterException.class,
                () -> service.process(ref("a.txt", "0A"), new Attempt(2, 5, Duration.ZERO, "m-2")),
                "another message's live claim is not taken");
        assertEquals(SummarizeService.Result.READY,
                service.process(ref("a.txt", "0A"), new Attempt(2, 5, Duration.ZERO, "m-1")).result());
    }

    @Test
    void aBusyModelIsWaitedOutOnTheQueueWithinTheBudgetThenTheFallbackBriefs() {
        objects.put("a.txt", bytes(STORY));
        BriefContent fallback = new BriefContent(new HeadlineShift("", "fallback", ""), List.of(), List.of(), List.of(),
                new EngineInfo("extractive", "1", "model busy", null, null, null, null, null));
        List<String> whyStopped = new java.util.ArrayList<>();
        BriefEngine busy = article -> {
            throw new EngineBusyException("rate limited (HTTP 429)", java.util.Optional.of(Duration.ofSeconds(30)),
                    why -> {
                        whyStopped.add(why);
                        return fallback;
                    }, null);
        };
        SummarizeService waiting = new SummarizeService(source, repository, articles, new ArticleParser(), busy,
                new SummarizeSettings(1000, Duration.ofMinutes(15), Duration.ofHours(1)), clock);

        RetryLaterException later = assertThrows(RetryLaterException.class,
                () -> waiting.process(ref("a.txt", "0A"), new Attempt(1, 8, Duration.ofMinutes(10), "m")));
        assertTrue(later.delay().compareTo(Duration.ofSeconds(30)) >= 0, "at least the Retry-After");
        assertTrue(later.delay().compareTo(Duration.ofSeconds(45)) <= 0, "plus up to half of it: " + later.delay());
        assertEquals(BriefStatus.PROCESSING, repository.get(BriefIds.of("bucket", "a.txt")).orElseThrow().status());
        assertEquals(List.of(), whyStopped, "no fallback while the event can wait");

        Brief old = waiting.process(ref("a.txt", "0A"), new Attempt(2, 8, Duration.ofMinutes(61), "m")).brief();
        assertEquals("fallback", old.headlineShift().after());
        assertTrue(whyStopped.getFirst().contains("budget of 3600 s"), whyStopped.toString());

        repository.resetOrder(old.id());
        waiting.process(ref("a.txt", "0B"), new Attempt(8, 8, Duration.ZERO, "n"));
        assertTrue(whyStopped.getLast().contains("no delivery"), whyStopped.toString());
    }

    @Test
    void aRemovalDeletesTheBriefUnlessANewerVersionHoldsIt() {
        objects.put("a.txt", bytes(STORY));
        service.process(ref("a.txt", "0A"));
        assertFalse(service.remove(ref("a.txt", "09")), "an older removal does not delete a newer brief");
        assertTrue(repository.get(BriefIds.of("bucket", "a.txt")).isPresent());
        assertTrue(service.remove(ref("a.txt", "0B")));
        assertTrue(repository.get(BriefIds.of("bucket", "a.txt")).isEmpty());
    }

    private static ObjectRef ref(String key, String sequencer) {
        return new ObjectRef("bucket", key, null, "etag", null, sequencer);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
