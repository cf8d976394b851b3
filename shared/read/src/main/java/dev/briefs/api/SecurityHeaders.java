package dev.briefs.api;

import dev.briefs.render.BriefPages;

import java.util.LinkedHashMap;
import java.util.Map;

/** The headers every response carries: no sniffing, caching, referrers or framing; HTTPS only. */
final class SecurityHeaders {

    private static final Map<String, String> HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-store",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "Strict-Transport-Security", "max-age=31536000; includeSubDomains");

    private SecurityHeaders() {
    }

    /** The headers of a response of this content type; pages get the policy that admits their stylesheet. */
    static Map<String, String> of(String contentType) {
        Map<String, String> headers = new LinkedHashMap<>(HEADERS);
        headers.put("Content-Type", contentType);
        if (contentType.startsWith("text/html")) {
            headers.put("Content-Security-Policy", BriefPages.CONTENT_SECURITY_POLICY);
        }
        return headers;
    }
}
