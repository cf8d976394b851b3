package dev.briefs.local.invoke;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InvokeReportTest {

    @Test
    void theLineReadsLikeLambdasWithTheColdStartBilledInFull() {
        InvokeReport report = new InvokeReport("req-1", 612.5, 87.25, 1024, 93);
        assertEquals(700, report.billedDurationMs());
        assertEquals("REPORT RequestId: req-1\tInit Duration: 612.50 ms\tDuration: 87.25 ms\tBilled Duration: 700 ms"
                + "\tMemory Size: 1024 MB\tMax Memory Used: 93 MB", report.line());
    }

    @Test
    void billingRoundsUpToTheMillisecond() {
        assertEquals(101, new InvokeReport("r", 100, 0.01, 128, 1).billedDurationMs());
    }
}
