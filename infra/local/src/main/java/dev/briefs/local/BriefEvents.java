package dev.briefs.local;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefs.aws.DynamoBriefRepository;
import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;
import dev.briefs.store.BriefIds;
import dev.briefs.store.BriefRepository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The local stand-in for the notification pipes of template.yaml: after each delivery that stored a READY or FAILED
 * brief, reads the stored brief (as a pipe reads the table's stream) and appends its {@code Brief Ready} or
 * {@code Brief Failed} event to {@code DIR/events.jsonl}, one JSON object per line, as EventBridge delivers it.
 */
public final class BriefEvents implements Consumer<QueuePoller.Delivery> {

    public static final String FILE_NAME = "events.jsonl";
    public static final String SOURCE = "briefs";
    /** The detail's fields, the same as the pipes' input templates. */
    public static final List<String> DETAIL_FIELDS = List.of("id", "key", "status", "title",
            "engine", "path");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BriefRepository repository;
    private final Path file;
    private final String region;

    public BriefEvents(BriefRepository repository, Path dataDir, String region) {
        this.repository = repository;
        this.file = dataDir.resolve(FILE_NAME);
        this.region = region;
    }

    @Override
    public void accept(QueuePoller.Delivery delivery) {
        if (delivery.failed() || !delivery.event().isCreated()) {
            return;
        }
        String id = BriefIds.of(delivery.event().object().bucket(), delivery.event().object().key());
        try {
            repository.get(id).filter(brief -> brief.status() != BriefStatus.PROCESSING).ifPresent(this::append);
        } catch (RuntimeException e) {
            // The brief is stored; a lost notification must not turn into a retried delivery.
            System.err.println("events: no event for " + id + ": " + e);
        }
    }

    /** The event of a brief in its final status, as EventBridge delivers it to a rule's target. */
    public String event(Brief brief, Instant now) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", brief.status() == BriefStatus.READY ? "Brief Ready" : "Brief Failed");
        event.put("source", SOURCE);
        event.put("account", "000000000000");
        event.put("time", now.truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("region", region);
        event.putArray("resources");
        ObjectNode detail = event.putObject("detail");
        detail.put("id", brief.id());
        detail.put("key", brief.source().key());
        detail.put("status", brief.status().name());
        detail.put("title", brief.title() == null ? "" : brief.title());
        detail.put("engine", DynamoBriefRepository.engineName(brief));
        detail.put("path", "/briefs/" + brief.id());
        return event.toString();
    }

    private synchronized void append(Brief brief) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, event(brief, Instant.now()) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
