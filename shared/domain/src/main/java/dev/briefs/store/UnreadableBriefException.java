package dev.briefs.store;

/**
 * A stored item that is not a brief this code can read: written to the table by hand or by another tool, or cut
 * short. Listings skip such items (and log them); a read of the one item fails with this.
 */
public final class UnreadableBriefException extends RuntimeException {

    private final String id;

    public UnreadableBriefException(String id, String reason, Throwable cause) {
        super("The stored brief " + id + " cannot be read: " + reason, cause);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
