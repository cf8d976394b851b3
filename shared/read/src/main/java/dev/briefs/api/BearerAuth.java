package dev.briefs.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/** Checks {@code Authorization: Bearer <token>} against the configured token, in constant time. */
final class BearerAuth {

    private static final String SCHEME = "Bearer ";
    private final byte[] token;

    /** @param token the token to require, or null or empty for none */
    BearerAuth(String token) {
        this.token = token == null || token.isEmpty() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /** Returns when the request may pass; throws a 401 when it presents no token or another one. */
    void check(ApiRequest request) {
        if (token == null) {
            return;
        }
        String header = request.header("authorization");
        byte[] presented = header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                ? header.substring(SCHEME.length()).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(presented, token)) {
            // RFC 6750: a 401 names the scheme the client should use.
            throw new ApiException(401, "UNAUTHORIZED", "Send Authorization: Bearer <token>.",
                    Map.of("WWW-Authenticate", "Bearer"));
        }
    }
}
