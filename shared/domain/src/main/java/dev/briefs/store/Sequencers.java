package dev.briefs.store;

import java.util.Locale;

/**
 * S3 event sequencers are hexadecimal strings of varying length that order events on one key. Left-padding them to a
 * fixed width makes plain string comparison (which is what a DynamoDB condition can do) give the same order.
 */
public final class Sequencers {

    static final int WIDTH = 32;
    /** The position of an object version whose event carried no sequencer (a hand-made event). */
    public static final String NONE = "0".repeat(WIDTH);

    private Sequencers() {
    }

    /** The comparable form of a sequencer; {@link #NONE} when absent or not hexadecimal. */
    public static String comparable(String sequencer) {
        if (sequencer == null || sequencer.isEmpty() || sequencer.length() > WIDTH
                || !sequencer.matches("[0-9A-Fa-f]+")) {
            return NONE;
        }
        return "0".repeat(WIDTH - sequencer.length()) + sequencer.toUpperCase(Locale.ROOT);
    }
}
