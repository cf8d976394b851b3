package dev.briefs.api;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP request, as the API sees it whatever carried it (API Gateway, the local server).
 *
 * @param method  the HTTP method, upper case
 * @param path    the raw path, without the query string
 * @param query   query parameters, decoded
 * @param headers headers with lower-case names
 */
public record ApiRequest(String method, String path, Map<String, String> query, Map<String, String> headers) {

    public ApiRequest {
        method = method == null ? "GET" : method.toUpperCase(Locale.ROOT);
        query = query == null ? Map.of() : Map.copyOf(query);
        Map<String, String> lower = new TreeMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        }
        headers = Map.copyOf(lower);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
