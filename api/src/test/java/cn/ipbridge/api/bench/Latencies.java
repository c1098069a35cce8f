package cn.ipbridge.api.bench;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Request latencies as wrk keeps them: a count per whole microsecond. Percentiles follow wrk's rule, so that the
 * floor (timed in Java) and the targets wrk drives are read alike; {@link #correctedFor} is wrk's own
 * coordinated-omission correction ({@code stats_correct} in wrk's stats.c), which wrk applies to every histogram it
 * reports and which bench/wrk/graphql.lua undoes, so that all three targets can be given both ways.
 */
final class Latencies {

    private final long[] micros;
    private final long[] counts;
    private final long total;

    private Latencies(TreeMap<Long, Long> histogram) {
        micros = new long[histogram.size()];
        counts = new long[histogram.size()];
        int i = 0;
        long sum = 0;
        for (Map.Entry<Long, Long> e : histogram.entrySet()) {
            micros[i] = e.getKey();
            counts[i++] = e.getValue();
            sum += e.getValue();
        }
        total = sum;
    }

    static Latencies ofMillis(Collection<Double> millis) {
        TreeMap<Long, Long> histogram = new TreeMap<>();
        millis.forEach(ms -> histogram.merge((long) (ms * 1000), 1L, Long::sum));
        return new Latencies(histogram);
    }

    /** From wrk's script: {@code micros:count} pairs separated by commas (empty when nothing was recorded). */
    static Latencies parse(String pairs) {
        TreeMap<Long, Long> histogram = new TreeMap<>();
        for (String pair : pairs.isEmpty() ? new String[0] : pairs.split(",")) {
            int colon = pair.indexOf(':');
            histogram.merge(Long.parseLong(pair.substring(0, colon)), Long.parseLong(pair.substring(colon + 1)),
                    Long::sum);
        }
        return new Latencies(histogram);
    }

    long count() {
        return total;
    }

    /** wrk's rule: the least latency at or below which round(p% of the count + 0.5) requests fall; NaN if none. */
    double percentileMillis(double p) {
        long rank = Math.round(p / 100.0 * total + 0.5);
        long seen = 0;
        for (int i = 0; i < micros.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return micros[i] / 1000.0;
            }
        }
        return Double.NaN;
    }

    /**
     * What wrk reports for a run of {@code clients} connections over {@code seconds} that completed {@code requests}:
     * the expected interval E is the run's time over the requests each connection completed, and every latency n of
     * at least 2E also counts once at n - E, n - 2E, ... while above E, the requests a client would have sent had
     * it not been waiting (coordinated omission).
     */
    Latencies correctedFor(int clients, double seconds, long requests) {
        TreeMap<Long, Long> histogram = new TreeMap<>();
        for (int i = 0; i < micros.length; i++) {
            histogram.merge(micros[i], counts[i], Long::sum);
        }
        long perClient = requests / clients;
        long expected = perClient == 0 ? 0 : Math.round(seconds * 1_000_000) / perClient;
        if (expected > 0) {
            for (int i = 0; i < micros.length; i++) {
                for (long m = micros[i] - expected; micros[i] >= 2 * expected && m > expected; m -= expected) {
                    histogram.merge(m, counts[i], Long::sum);
                }
            }
        }
        return new Latencies(histogram);
    }
}
