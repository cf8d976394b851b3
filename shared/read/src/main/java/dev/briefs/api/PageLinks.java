package dev.briefs.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Links between the pages of the listing, for the HTML pager and the filter links. */
final class PageLinks {

    private PageLinks() {
    }

    /**
     * A link to a page of the listing, keeping the filters and the page size the client chose.
     *
     * @param path    where the listing was asked for ({@code /} or {@code /briefs})
     * @param filters the listing's filters as query parameters
     * @param limit   the {@code limit} parameter as the client sent it, or null
     * @param cursor  the page's cursor, or null for the first page
     */
    static String to(String path, Map<String, String> filters, String limit, String cursor) {
        Map<String, String> parameters = new LinkedHashMap<>(filters);
        if (limit != null && !limit.isEmpty()) {
            parameters.put("limit", limit);
        }
        if (cursor != null) {
            parameters.put("cursor", cursor);
        }
        return to(path, parameters);
    }

    /** {@code path} with these query parameters, encoded. */
    static String to(String path, Map<String, String> parameters) {
        StringBuilder link = new StringBuilder(path);
        String separator = "?";
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            link.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = "&";
        }
        return link.toString();
    }
}
