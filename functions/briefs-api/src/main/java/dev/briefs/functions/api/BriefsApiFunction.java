package dev.briefs.functions.api;

import dev.briefs.api.ApiRequest;
import dev.briefs.api.BriefsApi;
import dev.briefs.api.CursorCodec;
import dev.briefs.aws.AwsClients;
import dev.briefs.aws.AwsSettings;
import dev.briefs.aws.BriefsTable;
import dev.briefs.aws.DynamoBriefRepository;
import dev.briefs.aws.S3ParsedArticleStore;
import dev.briefs.aws.SnapStartPriming;
import dev.briefs.store.BriefIds;

import java.util.Map;

/**
 * Builds the API from the function's environment, once per container: {@code BRIEFS_TABLE}, {@code BRIEFS_DERIVED_BUCKET} (parsed articles, read only), {@code BRIEFS_CURSOR_KEY}
 * (signs listing cursors), {@code BRIEFS_API_TOKEN} (optional bearer token) and the standard AWS variables.
 */
public final class BriefsApiFunction {

    private BriefsApiFunction() {
    }

    private static final class Holder {
        static final BriefsApi API = create(System.getenv());
        static final SnapStartPriming PRIMING = SnapStartPriming.register(BriefsApiFunction::warmUp);
    }

    /** Serves a health check and a not-found lookup: routing, JSON and one DynamoDB read, no writes. */
    static void warmUp() {
        Holder.API.handle(new ApiRequest("GET", "/health", Map.of(), Map.of()));
        Holder.API.handle(new ApiRequest("GET", "/briefs/" + BriefIds.of("priming", "priming"), Map.of(), Map.of()));
    }

    static BriefsApi api() {
        return Holder.API;
    }

    public static BriefsApi create(Map<String, String> env) {
        String table = BriefsTable.nameFrom(env);
        String derivedBucket = S3ParsedArticleStore.bucketFrom(env);
        AwsSettings aws = AwsSettings.fromEnvironment(env);
        return new BriefsApi(new DynamoBriefRepository(AwsClients.dynamoDb(aws), table),
                new S3ParsedArticleStore(AwsClients.s3(aws), derivedBucket),
                CursorCodec.fromSecret(env.get("BRIEFS_CURSOR_KEY")), env.get("BRIEFS_API_TOKEN"));
    }
}
