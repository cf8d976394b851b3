package dev.briefs.functions.summarize;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import dev.briefs.log.JsonLog;
import dev.briefs.store.ObjectRef;
import dev.briefs.pipeline.SummarizeService;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lambda entry point for S3 "object created" events: decodes each record and hands it to the summarize pipeline.
 * Returns one line per record (what became of it), which {@code sam local invoke} and {@code ./briefs invoke} print.
 */
public final class SummarizeHandler implements RequestHandler<S3Event, List<Map<String, String>>> {

    private final SummarizeService service;
    private final Optional<TimeoutRule> timeoutRule;
    /** Set once the rule held: the time limit does not change within a container. */
    private volatile boolean timeoutRuleHolds;

    /** The constructor the Lambda runtime calls: the service is built once per container. */
    public SummarizeHandler() {
        this(SummarizeFunction.service(), TimeoutRule.fromEnvironment(System.getenv()));
    }

    /** A handler whose engine is configured by {@code env}, checking the time limit against its model timeout. */
    public SummarizeHandler(SummarizeService service, Map<String, String> env) {
        this(service, TimeoutRule.fromEnvironment(env));
    }

    SummarizeHandler(SummarizeService service, Optional<TimeoutRule> timeoutRule) {
        this.service = service;
        this.timeoutRule = timeoutRule;
    }

    @Override
    public List<Map<String, String>> handleRequest(S3Event event, Context context) {
        if (!timeoutRuleHolds && context != null) {
            timeoutRule.ifPresent(rule -> rule.enforce(Duration.ofMillis(context.getRemainingTimeInMillis())));
            timeoutRuleHolds = true;
        }
        List<Map<String, String>> results = new ArrayList<>();
        for (S3EventNotificationRecord record : event.getRecords()) {
            ObjectRef ref = objectRef(record);
            JsonLog.context(Map.of("requestId", context == null ? "" : context.getAwsRequestId(), "key", ref.key()));
            try {
                SummarizeService.Outcome outcome = service.process(ref);
                Map<String, String> result = new LinkedHashMap<>();
                result.put("key", ref.key());
                result.put("result", outcome.result().name());
                if (outcome.brief() != null) {
                    result.put("briefId", outcome.brief().id());
                    result.put("status", outcome.brief().status().name());
                }
                results.add(result);
            } finally {
                JsonLog.clear();
            }
        }
        return results;
    }

    /** The object a record names. S3 URL-encodes keys in events, with '+' for spaces. */
    static ObjectRef objectRef(S3EventNotificationRecord record) {
        S3ObjectEntity object = record.getS3().getObject();
        return new ObjectRef(record.getS3().getBucket().getName(), object.getUrlDecodedKey(), object.getSizeAsLong(), blankToNull(object.geteTag()),
                blankToNull(object.getVersionId()), blankToNull(object.getSequencer()));
    }

    // The runtime's deserialiser turns absent fields into empty strings; an unversioned bucket has no version id.
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
