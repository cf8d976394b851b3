package dev.briefs.api;

import java.util.Map;

/**
 * An HTTP response.
 *
 * @param status  the status code
 * @param headers the headers
 * @param body    the body text
 */
public record ApiResponse(int status, Map<String, String> headers, String body) {

    public ApiResponse {
        headers = Map.copyOf(headers);
    }
}
