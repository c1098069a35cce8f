package cn.ipbridge.api.bench;

import java.util.Locale;

/**
 * What one load run of {@code clients} concurrent clients measured: completed requests, their time, failures and
 * the latency of each request as recorded; percentiles in ms.
 */
public record Measurement(long requests, double seconds, long errors, int clients, Latencies latencies) {

    double throughput() {
        return requests / seconds;
    }

    double p50() {
        return latencies.percentileMillis(50);
    }

    double p95() {
        return latencies.percentileMillis(95);
    }

    double p99() {
        return latencies.percentileMillis(99);
    }

    /** p95 as wrk reports it, with its coordinated-omission correction ({@link Latencies#correctedFor}). */
    double correctedP95() {
        return latencies.correctedFor(clients, seconds, requests).percentileMillis(95);
    }

    String cells() {
        if (requests == 0) {
            return String.format(Locale.ROOT, "none finished in %.0f s", seconds);
        }
        return String.format(Locale.ROOT, "%.1f | %.0f / %.0f / %.0f", throughput(), p50(), p95(), p99());
    }
}
