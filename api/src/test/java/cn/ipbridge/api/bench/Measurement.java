package cn.ipbridge.api.bench;

import java.util.Locale;

/** What one load run measured: completed requests, their time, failures and latency percentiles in ms. */
public record Measurement(long requests, double seconds, long errors, double p50, double p95, double p99) {

    double throughput() {
        return requests / seconds;
    }

    String cells() {
        if (requests == 0) {
            return String.format(Locale.ROOT, "none finished in %.0f s", seconds);
        }
        return String.format(Locale.ROOT, "%.1f | %.0f / %.0f / %.0f", throughput(), p50, p95, p99);
    }
}
