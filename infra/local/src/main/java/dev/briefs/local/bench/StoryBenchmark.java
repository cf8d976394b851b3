package dev.briefs.local.bench;

import dev.briefs.aws.DynamoBriefRepository;
import dev.briefs.brief.Actor;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefContent;
import dev.briefs.brief.EngineInfo;
import dev.briefs.brief.HeadlineShift;
import dev.briefs.brief.Quote;
import dev.briefs.brief.Source;
import dev.briefs.local.Endpoints;
import dev.briefs.local.LocalStack;
import dev.briefs.store.BriefIds;
import dev.briefs.store.Sequencers;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * {@code ./briefs bench story DATA_DIR [BRIEFS]}, with {@code ./briefs up --data-dir DATA_DIR} running: seeds the
 * stack's table with BRIEFS (default 10,000) made-up READY briefs of many stories, through the repository the
 * function uses, then measures what the actor index costs and how fast its reads are:
 * <ul>
 *   <li>index write cost: {@code complete()} of a brief with four actors against the same brief without actors, in
 *       milliseconds and in the write units the table reports;</li>
 *   <li>{@code GET /briefs?actor=} (a hot actor in a quarter of the briefs, and others) and
 *       {@code GET /briefs/{id}/related} over HTTP from 16 connections, p50 and p99.</li>
 * </ul>
 * Deterministic (a fixed seed), so runs compare.
 */
public final class StoryBenchmark {

    static final int DEFAULT_BRIEFS = 10_000;
    static final int ACTORS = 500;
    static final int WRITE_SAMPLES = 400;
    static final int REQUESTS = 2_000;
    static final int CONNECTIONS = 16;
    static final String HOT_ACTOR = "Keir Starmer";
    private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");
    private static final Duration SPAN = Duration.ofDays(120);

    private StoryBenchmark() {
    }

    static int run(List<String> args, PrintStream out) throws Exception {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("bench story takes DATA_DIR [BRIEFS] (with ./briefs up --data-dir DATA_DIR)");
        }
        Endpoints endpoints = Endpoints.read(Path.of(args.getFirst()));
        int briefs = args.size() > 1 ? Integer.parseInt(args.get(1)) : DEFAULT_BRIEFS;
        WriteUnits units = new WriteUnits();
        try (DynamoDbClient dynamo = client(endpoints, units)) {
            DynamoBriefRepository repository = new DynamoBriefRepository(dynamo, endpoints.table());
            if (repository.get(id(briefs - 1)).isPresent()) {
                out.printf("the %,d briefs are there from an earlier run: measuring the reads only%n", briefs);
            } else {
                writeCost(repository, units, out);
                long seeding = System.nanoTime();
                seed(repository, briefs);
                out.printf("seeded %,d briefs in %.1f s%n", briefs, (System.nanoTime() - seeding) / 1e9);
            }
        }
        String api = endpoints.apiUrl();
        Random random = new Random(7);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            names.add(i % 4 == 0 ? HOT_ACTOR : actorName(zipf(random)));
        }
        report(out, "GET /briefs?limit=20 (the listing, for comparison)", ApiLoadBenchmark.load(REQUESTS,
                CONNECTIONS, i -> new ApiLoadBenchmark.Request(api + "/briefs?limit=20", "application/json")));
        report(out, "GET /briefs?actor=NAME&limit=20", ApiLoadBenchmark.load(REQUESTS, CONNECTIONS, i ->
                new ApiLoadBenchmark.Request(api + "/briefs?limit=20&actor="
                        + names.get(i % names.size()).replace(" ", "%20"), "application/json")));
        report(out, "GET /briefs/{id}/related", ApiLoadBenchmark.load(REQUESTS, CONNECTIONS, i ->
                new ApiLoadBenchmark.Request(api + "/briefs/" + id((i * 7919) % briefs) + "/related",
                        "application/json")));
        return 0;
    }

    /** The same brief completed with its four actors and without any: the difference is the index. */
    private static void writeCost(DynamoBriefRepository repository, WriteUnits units, PrintStream out) {
        double[] with = new double[WRITE_SAMPLES];
        double[] without = new double[WRITE_SAMPLES];
        double unitsWith = 0;
        double unitsWithout = 0;
        Random random = new Random(11);
        for (int i = 0; i < WRITE_SAMPLES; i++) {
            Instant created = START.minus(Duration.ofDays(400)).plusSeconds(i);
            Brief brief = brief("cost-" + i + ".txt", created, random);
            Brief bare = brief("cost-bare-" + i + ".txt", created, random);
            Brief alone = bare.ready(bare.source(), bare.title(), new BriefContent(bare.headlineShift(), List.of(),
                    bare.quotes(), List.of(), bare.engine()), created);
            double before = units.total();
            with[i] = timedComplete(repository, brief);
            unitsWith += units.total() - before;
            before = units.total();
            without[i] = timedComplete(repository, alone);
            unitsWithout += units.total() - before;
        }
        LatencyStats withIndex = LatencyStats.of(with);
        LatencyStats plain = LatencyStats.of(without);
        out.printf("complete() with 4 actors: median %.2f ms, p99 %.2f ms, %.2f write units (table)%n",
                withIndex.median(), withIndex.p99(), unitsWith / WRITE_SAMPLES);
        out.printf("complete() without actors: median %.2f ms, p99 %.2f ms, %.2f write units (table)%n",
                plain.median(), plain.p99(), unitsWithout / WRITE_SAMPLES);
    }

    private static double timedComplete(DynamoBriefRepository repository, Brief brief) {
        String seq = Sequencers.comparable("01");
        repository.claim(Brief.processing(brief.id(), brief.source(), brief.createdAt()), seq,
                brief.createdAt().plusSeconds(900), brief.createdAt());
        long start = System.nanoTime();
        repository.complete(brief, seq, Map.of());
        return (System.nanoTime() - start) / 1e6;
    }

    private static void seed(DynamoBriefRepository repository, int count) throws Exception {
        try (ExecutorService writers = Executors.newFixedThreadPool(4)) {
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                work.add(writers.submit(() -> {
                    Random random = new Random(100 + writer);
                    for (int i = writer; i < count; i += 4) {
                        Instant created = START.plus(SPAN.multipliedBy(i).dividedBy(count));
                        Brief brief = brief("story-" + i + ".txt", created, random);
                        String seq = Sequencers.comparable("01");
                        repository.claim(Brief.processing(brief.id(), brief.source(), created), seq,
                                created.plusSeconds(900), created);
                        repository.complete(brief, seq, Map.of());
                    }
                    return null;
                }));
            }
            for (Future<?> writer : work) {
                writer.get();
            }
        }
    }

    /**
     * A brief of a story: briefs come in stories of five, which share two actors; a quarter name the hot actor; the
     * rest of the cast is drawn with a long tail, as coverage is.
     */
    private static Brief brief(String key, Instant created, Random random) {
        int number = Integer.parseInt(key.replaceAll("\\D", "").isEmpty() ? "0" : key.replaceAll("\\D", ""));
        int story = number / 5;
        List<Actor> actors = new ArrayList<>();
        actors.add(new Actor(actorName(story % ACTORS), "Minister", Actor.PERSON, 3));
        actors.add(new Actor(actorName((story * 31 + 7) % ACTORS), "", Actor.PERSON, 2));
        actors.add(number % 4 == 0 ? new Actor(HOT_ACTOR, "UK Prime Minister", Actor.PERSON, 2)
                : new Actor(actorName(zipf(random)), "", Actor.PERSON, 1));
        String fourth = actorName(zipf(random));
        if (actors.stream().noneMatch(actor -> actor.name().equals(fourth))) {
            actors.add(new Actor(fourth, "", Actor.ORGANISATION, 1));
        }
        Source source = new Source("briefs-articles", key, "etag", null, 2000L, "text/plain");
        String title = "Story " + story + ": talks on the harbour plan continue, part " + (number % 5);
        return Brief.processing(BriefIds.of("briefs-articles", key), source, created).ready(source, title,
                new BriefContent(new HeadlineShift("Before the talks on story " + story, "After the talks on story "
                        + story + ", the plan moves on", "a vote"), actors,
                        List.of(new Quote(actors.getFirst().name(), "We will keep talking until story " + story
                                + " is settled.")), List.of(), EngineInfo.of("extractive", "bench")), created);
    }

    private static String id(int number) {
        return BriefIds.of("briefs-articles", "story-" + number + ".txt");
    }

    /** An actor index from 0 to ACTORS-1, small ones far more often. */
    private static int zipf(Random random) {
        double u = random.nextDouble();
        return (int) (ACTORS * u * u * u);
    }

    static String actorName(int index) {
        return "Person" + index + " Benchmark";
    }

    private static void report(PrintStream out, String what, ApiLoadBenchmark.Load load) {
        out.printf("%s: %d requests, 16 connections, %.0f requests/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors%n",
                what, load.latencies().length, load.requestsPerSecond(), load.millis().median(), load.millis().p99(),
                load.millis().max(), load.errors());
    }

    private static DynamoDbClient client(Endpoints endpoints, WriteUnits units) {
        var settings = LocalStack.settings(endpoints);
        var builder = DynamoDbClient.builder().region(settings.region()).credentialsProvider(settings.credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.addExecutionInterceptor(units));
        settings.endpoint("DYNAMODB").ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** Asks every write for the capacity it consumed, and adds it up. */
    private static final class WriteUnits implements ExecutionInterceptor {

        private final DoubleAdder total = new DoubleAdder();

        double total() {
            return total.sum();
        }

        @Override
        public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
            return switch (context.request()) {
                case PutItemRequest put -> put.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
                case UpdateItemRequest update ->
                        update.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
                case BatchWriteItemRequest batch ->
                        batch.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
                default -> context.request();
            };
        }

        @Override
        public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
            switch (context.response()) {
                case PutItemResponse put -> add(put.consumedCapacity());
                case UpdateItemResponse update -> add(update.consumedCapacity());
                case BatchWriteItemResponse batch -> batch.consumedCapacity().forEach(this::add);
                default -> { }
            }
        }

        private void add(ConsumedCapacity capacity) {
            if (capacity != null && capacity.capacityUnits() != null) {
                total.add(capacity.capacityUnits());
            }
        }
    }
}
