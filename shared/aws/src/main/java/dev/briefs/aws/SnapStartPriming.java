package dev.briefs.aws;

import dev.briefs.log.JsonLog;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import java.util.Map;

/**
 * Runs a function's warm-up just before Lambda SnapStart takes its snapshot, so restored containers start with the
 * parsing, JSON and SDK code paths loaded and compiled. Warm-ups must have no side effects (reads only); a failing
 * warm-up is logged and never blocks the snapshot.
 */
public final class SnapStartPriming implements Resource {

    private final Runnable warmUp;

    private SnapStartPriming(Runnable warmUp) {
        this.warmUp = warmUp;
    }

    /**
     * Registers {@code warmUp} with the CRaC global context and returns the registration, which the caller keeps
     * (the context holds resources weakly).
     */
    public static SnapStartPriming register(Runnable warmUp) {
        SnapStartPriming priming = new SnapStartPriming(warmUp);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        try {
            warmUp.run();
        } catch (RuntimeException e) {
            JsonLog.warn("priming before the snapshot failed", Map.of("exception", e.toString()));
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: clients resolve credentials and connections lazily, per request.
    }
}
