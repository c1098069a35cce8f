package cn.ipbridge.graph.generator;

import java.util.function.Supplier;

/** A value worked out on first use and kept, so a part of the graph is generated once however often it is read. */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> compute;
    private T value;

    Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = compute.get();
        }
        return value;
    }
}
