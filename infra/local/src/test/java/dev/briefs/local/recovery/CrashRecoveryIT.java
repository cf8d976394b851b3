package dev.briefs.local.recovery;

import dev.briefs.brief.BriefStatus;
import dev.briefs.local.bench.CrashRecoveryBenchmark;
import dev.briefs.local.bench.CrashRecoveryBenchmark.Result;
import dev.briefs.local.bench.CrashRecoveryBenchmark.Victim;
import dev.briefs.local.invoke.ProjectRoot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kill -9} in the middle of a 200-file burst, of real processes: {@code ./briefs up} in a child JVM (and
 * dynalite, its child), then of dynalite alone. Afterwards every object has exactly one brief, READY; none is
 * PROCESSING; nothing is dead-lettered.
 */
class CrashRecoveryIT {

    private static final int FILES = 200;

    @BeforeAll
    static void fromTheCheckout() {
        System.setProperty("briefs.home", ProjectRoot.find().toString());
    }

    @Test
    void killingTheWholeStackMidBurstLosesNothingAfterARestart(@TempDir Path dataDir) throws Exception {
        assertRecovered(CrashRecoveryBenchmark.measure(Victim.STACK, FILES, dataDir));
    }

    @Test
    void killingDynaliteMidBurstLosesNothingOnceItIsStartedAgain(@TempDir Path dataDir) throws Exception {
        Result result = CrashRecoveryBenchmark.measure(Victim.DYNAMODB, FILES, dataDir);
        assertRecovered(result);
        assertTrue(result.dynamoRestarts() >= 1, "the stack started dynalite again");
    }

    private static void assertRecovered(Result result) {
        assertEquals(FILES, result.objects(), "every upload got in (the client retries while the stack is down)");
        assertEquals(0, result.missing(), "every object has a brief");
        assertEquals(FILES, result.byStatus().get(BriefStatus.READY), result.byStatus() + ", failed by code "
                + result.failures());
        assertEquals(0, result.byStatus().get(BriefStatus.PROCESSING), "none is left PROCESSING");
        assertEquals(0, result.deadLettered(), "the dead-letter queue is empty");
    }
}
