package dev.briefs.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;

/**
 * Turns event JSON into event objects with the Lambda Java runtime's own serialisation library, so local invocations
 * see exactly what the managed runtime would hand the handler.
 */
public final class LambdaEvents {

    private static final PojoSerializer<S3Event> S3 =
            LambdaEventSerializers.serializerFor(S3Event.class, LambdaEvents.class.getClassLoader());
    private static final PojoSerializer<APIGatewayV2HTTPEvent> HTTP =
            LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, LambdaEvents.class.getClassLoader());

    private LambdaEvents() {
    }

    public static S3Event s3(String json) {
        return S3.fromJson(json);
    }

    public static APIGatewayV2HTTPEvent http(String json) {
        return HTTP.fromJson(json);
    }
}
