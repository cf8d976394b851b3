package dev.briefs.functions.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.briefs.api.ApiRequest;
import dev.briefs.api.ApiResponse;
import dev.briefs.api.BriefsApi;
import dev.briefs.log.JsonLog;

import java.util.Map;

/** Lambda entry point for the HTTP API (API Gateway HTTP API, payload format 2.0). */
public final class BriefsApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final BriefsApi api;

    /** The constructor the Lambda runtime calls: the API is built once per container. */
    public BriefsApiHandler() {
        this(BriefsApiFunction.api());
    }

    public BriefsApiHandler(BriefsApi api) {
        this.api = api;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String method = event.getRequestContext() != null && event.getRequestContext().getHttp() != null
                ? event.getRequestContext().getHttp().getMethod() : "GET";
        JsonLog.context(Map.of("requestId", context == null ? "" : context.getAwsRequestId()));
        try {
            ApiResponse response = api.handle(new ApiRequest(method, event.getRawPath(),
                    event.getQueryStringParameters(), event.getHeaders()));
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(response.status())
                    .withHeaders(response.headers())
                    .withBody(response.body())
                    .withIsBase64Encoded(false)
                    .build();
        } finally {
            JsonLog.clear();
        }
    }
}
