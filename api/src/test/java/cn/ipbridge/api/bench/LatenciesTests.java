package cn.ipbridge.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Percentiles by wrk's rule and wrk's coordinated-omission correction, on latencies worked out by hand. */
class LatenciesTests {

    @Test
    void takesPercentilesByWrksRank() {
        Latencies oneToHundred = Latencies.ofMillis(IntStream.rangeClosed(1, 100).mapToObj(i -> (double) i).toList());
        // rank = round(p% of 100 + 0.5): 51, 96 and 100
        assertThat(oneToHundred.percentileMillis(50)).isEqualTo(51);
        assertThat(oneToHundred.percentileMillis(95)).isEqualTo(96);
        assertThat(oneToHundred.percentileMillis(99)).isEqualTo(100);
        assertThat(Latencies.ofMillis(List.of()).percentileMillis(50)).isNaN();
    }

    @Test
    void countsAStalledRequestAgainForEveryIntervalItHeldItsClient() {
        List<Double> ms = new ArrayList<>(Collections.nCopies(9, 10.0));
        ms.add(910.0);
        Latencies recorded = Latencies.ofMillis(ms);
        // one client, 10 requests in 1 s: E = 100 ms; 910 ms counts again at 810, 710, ..., 110 (above E)
        Latencies corrected = recorded.correctedFor(1, 1.0, 10);

        assertThat(recorded.count()).isEqualTo(10);
        assertThat(corrected.count()).isEqualTo(18);
        assertThat(recorded.percentileMillis(50)).isEqualTo(10);
        assertThat(corrected.percentileMillis(50)).isEqualTo(110);
        assertThat(corrected.percentileMillis(90)).isEqualTo(810);
        assertThat(corrected.percentileMillis(95)).isEqualTo(910);
    }

    @Test
    void leavesLatenciesUnderTwiceTheIntervalAlone() {
        Latencies recorded = Latencies.ofMillis(List.of(10.0, 10.0, 10.0, 150.0, 199.0));
        // one client, 10 requests in 1 s: E = 100 ms, and no latency reaches 200 ms
        assertThat(recorded.correctedFor(1, 1.0, 10).count()).isEqualTo(5);
        // two clients, 4 requests in 0.5 s: E = 250 ms, nothing reaches 500 ms either
        assertThat(recorded.correctedFor(2, 0.5, 4).count()).isEqualTo(5);
    }

    @Test
    void readsTheHistogramWrksScriptPrints() {
        Latencies parsed = Latencies.parse("1500:2,250:1,1500:1");
        assertThat(parsed.count()).isEqualTo(4);
        assertThat(parsed.percentileMillis(20)).isEqualTo(0.25);
        assertThat(parsed.percentileMillis(99)).isEqualTo(1.5);
        assertThat(Latencies.parse("").count()).isZero();
    }
}
