package dev.briefs.local.bench;

import java.util.Arrays;

/**
 * Order statistics of a set of measurements.
 *
 * @param count  how many
 * @param median the median
 * @param p99    the 99th percentile (nearest rank)
 * @param max    the largest
 */
public record LatencyStats(int count, double median, double p99, double max) {

    static LatencyStats of(double[] values) {
        if (values.length == 0) {
            return new LatencyStats(0, 0, 0, 0);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted.length, percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
