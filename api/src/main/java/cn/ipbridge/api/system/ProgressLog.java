package cn.ipbridge.api.system;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.ipbridge.graph.write.WriteProgress;

/** Reports long writes in the log: items committed and items per second, at most every two seconds per kind. */
final class ProgressLog implements WriteProgress {

    private static final Logger log = LoggerFactory.getLogger(ProgressLog.class);
    private static final long EVERY_NANOS = 2_000_000_000L;

    private final Map<String, long[]> startedAndLast = new HashMap<>();

    @Override
    public synchronized void committed(String what, long done) {
        long now = System.nanoTime();
        long[] times = startedAndLast.computeIfAbsent(what, k -> new long[] {now, now});
        if (now - times[1] >= EVERY_NANOS) {
            times[1] = now;
            double seconds = (now - times[0]) / 1e9;
            log.info("Writing {}: {} so far ({}/s)", what, String.format("%,d", done),
                    String.format("%,.0f", done / Math.max(seconds, 0.001)));
        }
    }
}
