package cn.ipbridge.graph.generator;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/** Items with relative weights, drawn in proportion to them. Items keep the order given, so draws are reproducible. */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("need as many weights as items, and at least one");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("negative weight for " + items.get(i));
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("weights sum to zero");
        }
    }

    static <T> Weighted<T> of(List<T> items, ToDoubleFunction<? super T> weight) {
        return new Weighted<>(items, items.stream().mapToDouble(weight).toArray());
    }

    static <T> Weighted<T> of(List<T> items, double... weights) {
        return new Weighted<>(items, weights);
    }

    T pick(RandomGenerator random) {
        return items.get(pickIndex(random));
    }

    int pickIndex(RandomGenerator random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    List<T> items() {
        return items;
    }
}
