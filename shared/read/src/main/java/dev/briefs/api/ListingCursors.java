package dev.briefs.api;

/** The listing positions of requests and pages, as the signed cursors clients see. */
final class ListingCursors {

    private final CursorCodec codec;

    ListingCursors(CursorCodec codec) {
        this.codec = codec;
    }

    /** The position a request's cursor stands for, or null without one; 400 for a cursor this API did not sign. */
    String after(ApiRequest request) {
        String cursor = request.query().get("cursor");
        try {
            return cursor == null || cursor.isEmpty() ? null : codec.decode(cursor);
        } catch (CursorCodec.InvalidCursorException e) {
            throw new ApiException(400, "INVALID_CURSOR", e.getMessage());
        }
    }

    /** The cursor of a page's next position, or null for none. */
    String encode(String position) {
        return position == null ? null : codec.encode(position);
    }
}
