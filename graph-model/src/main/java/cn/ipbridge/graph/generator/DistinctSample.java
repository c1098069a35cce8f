package cn.ipbridge.graph.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Draws items without repeats, e.g. the firms at an event, where a firm attends once with its whole delegation. */
final class DistinctSample {

    private DistinctSample() {
    }

    /** Up to {@code count} different items of the pool, in draw order (a partial Fisher-Yates shuffle). */
    static <T> List<T> of(RandomGenerator random, List<T> pool, int count) {
        int n = Math.min(count, pool.size());
        int[] order = new int[pool.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        List<T> sample = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(order.length - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
            sample.add(pool.get(order[i]));
        }
        return sample;
    }
}
