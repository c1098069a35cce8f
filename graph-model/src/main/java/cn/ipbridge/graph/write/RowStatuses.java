package cn.ipbridge.graph.write;

import java.util.List;

import org.neo4j.driver.Record;

/** How many rows of an import created a node, changed one, or found it already as the row says. */
public record RowStatuses(long created, long updated, long unchanged) {

    public static final RowStatuses ZERO = new RowStatuses(0, 0, 0);

    public RowStatuses plus(RowStatuses other) {
        return new RowStatuses(created + other.created, updated + other.updated, unchanged + other.unchanged);
    }

    static RowStatuses sum(List<Record> records) {
        RowStatuses total = ZERO;
        for (Record r : records) {
            long n = r.get("rows").asLong();
            total = total.plus(switch (r.get("status").asString()) {
                case "CREATED" -> new RowStatuses(n, 0, 0);
                case "UPDATED" -> new RowStatuses(0, n, 0);
                default -> new RowStatuses(0, 0, n);
            });
        }
        return total;
    }
}
