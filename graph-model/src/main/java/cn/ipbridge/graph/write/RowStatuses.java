package cn.ipbridge.graph.write;

/** How many rows of an import created a node, changed one, or found it already as the row says. */
public record RowStatuses(long created, long updated, long unchanged) {

    public static final RowStatuses ZERO = new RowStatuses(0, 0, 0);

    public RowStatuses plus(RowStatuses other) {
        return new RowStatuses(created + other.created, updated + other.updated, unchanged + other.unchanged);
    }
}
