package dev.briefs.store;

import dev.briefs.brief.Brief;
import dev.briefs.brief.BriefStatus;

/**
 * The answer to an attempt to start processing an object version.
 *
 * @param verdict  whether this invocation now owns the work, and if not, why
 * @param existing the record that blocked the claim, or null when granted
 */
public record Claim(Verdict verdict, Brief existing) {

    /** Why a claim was or was not granted. */
    public enum Verdict { GRANTED, ALREADY_DONE, NEWER_VERSION, IN_FLIGHT }

    public static Claim granted() {
        return new Claim(Verdict.GRANTED, null);
    }

    /**
     * The verdict on a refused claim, from the record that blocked it.
     *
     * @param existing          the stored record
     * @param existingSequencer the comparable sequencer stored with it
     * @param sequencer         the comparable sequencer of the refused claim
     */
    public static Claim refused(Brief existing, String existingSequencer, String sequencer) {
        int order = existingSequencer.compareTo(sequencer);
        Verdict verdict = order > 0 ? Verdict.NEWER_VERSION
                : existing.status() == BriefStatus.PROCESSING ? Verdict.IN_FLIGHT : Verdict.ALREADY_DONE;
        return new Claim(verdict, existing);
    }

    public boolean isGranted() {
        return verdict == Verdict.GRANTED;
    }
}
