package dev.briefs.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;

/**
 * Turns event JSON into event objects with the Lambda Java runtime's own serialisation library, so local invocations
 * see exactly what the managed runtime would hand the handler.
 */
public final class LambdaEvents {

    private static final PojoSerializer<SQSEvent> SQS =
            LambdaEventSerializers.serializerFor(SQSEvent.class, LambdaEvents.class.getClassLoader());
    private static final PojoSerializer<APIGatewayV2HTTPEvent> HTTP =
            LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, LambdaEvents.class.getClassLoader());

    private LambdaEvents() {
    }

    public static SQSEvent sqs(String json) {
        return SQS.fromJson(json);
    }

    public static APIGatewayV2HTTPEvent http(String json) {
        return HTTP.fromJson(json);
    }
}
