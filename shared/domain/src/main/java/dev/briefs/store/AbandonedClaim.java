package dev.briefs.store;

import dev.briefs.brief.Brief;

/**
 * A PROCESSING brief whose lease ran out: the invocation that claimed it is gone, and its object's event must be
 * delivered again.
 *
 * @param brief     the PROCESSING record
 * @param sequencer the stored comparable sequencer of the claimed version, which a redelivery must carry to take it over
 */
public record AbandonedClaim(Brief brief, String sequencer) {
}
