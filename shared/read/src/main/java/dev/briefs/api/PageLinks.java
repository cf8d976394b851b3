package dev.briefs.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links between the pages of the listing, for the HTML pager. */
final class PageLinks {

    private PageLinks() {
    }

    /**
     * A link to a page of the listing, keeping the page size the client chose.
     *
     * @param path   where the listing was asked for ({@code /} or {@code /briefs})
     * @param limit  the {@code limit} parameter as the client sent it, or null
     * @param cursor the page's cursor, or null for the first page
     */
    static String to(String path, String limit, String cursor) {
        StringBuilder link = new StringBuilder(path);
        String separator = "?";
        if (limit != null && !limit.isEmpty()) {
            link.append(separator).append("limit=").append(URLEncoder.encode(limit, StandardCharsets.UTF_8));
            separator = "&";
        }
        if (cursor != null) {
            link.append(separator).append("cursor=").append(URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        }
        return link.toString();
    }
}
