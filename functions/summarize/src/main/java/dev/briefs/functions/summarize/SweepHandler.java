package dev.briefs.functions.summarize;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.briefs.log.JsonLog;
import dev.briefs.pipeline.Sweeper;

import java.time.Instant;
import java.util.Map;

/**
 * Lambda entry point of the sweeper, run by an EventBridge schedule: puts the objects of briefs whose PROCESSING
 * lease ran out back on the upload queue. The schedule's event carries nothing it needs.
 */
public final class SweepHandler implements RequestHandler<Map<String, Object>, Map<String, Integer>> {

    private static final class Holder {
        static final Sweeper SWEEPER = UploadQueue.sweeper(System.getenv());
    }

    private final Sweeper sweeper;

    /** The constructor the Lambda runtime calls. */
    public SweepHandler() {
        this(Holder.SWEEPER);
    }

    public SweepHandler(Sweeper sweeper) {
        this.sweeper = sweeper;
    }

    @Override
    public Map<String, Integer> handleRequest(Map<String, Object> event, Context context) {
        JsonLog.context(Map.of("requestId", context == null ? "" : context.getAwsRequestId()));
        try {
            return Map.of("requeued", sweeper.requeueAbandoned(Instant.now()));
        } finally {
            JsonLog.clear();
        }
    }
}
