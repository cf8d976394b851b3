package dev.briefs.functions.api;

import dev.briefs.api.BriefsApi;
import dev.briefs.api.CursorCodec;
import dev.briefs.aws.AwsClients;
import dev.briefs.aws.AwsSettings;
import dev.briefs.aws.BriefsTable;
import dev.briefs.aws.DynamoBriefRepository;

import java.util.Map;

/**
 * Builds the API from the function's environment, once per container: {@code BRIEFS_TABLE}, {@code BRIEFS_CURSOR_KEY}
 * (signs listing cursors), {@code BRIEFS_API_TOKEN} (optional bearer token) and the standard AWS variables.
 */
public final class BriefsApiFunction {

    private BriefsApiFunction() {
    }

    private static final class Holder {
        static final BriefsApi API = create(System.getenv());
    }

    static BriefsApi api() {
        return Holder.API;
    }

    public static BriefsApi create(Map<String, String> env) {
        String table = BriefsTable.nameFrom(env);
        AwsSettings aws = AwsSettings.fromEnvironment(env);
        return new BriefsApi(new DynamoBriefRepository(AwsClients.dynamoDb(aws), table),
                CursorCodec.fromSecret(env.get("BRIEFS_CURSOR_KEY")), env.get("BRIEFS_API_TOKEN"));
    }
}
