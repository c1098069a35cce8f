package cn.ipbridge.graph.write;

import org.neo4j.driver.summary.SummaryCounters;

/** What a write changed in the graph, summed over its batches. */
public record WriteCounts(long items, long nodesCreated, long relationshipsCreated, long propertiesSet) {

    public static final WriteCounts ZERO = new WriteCounts(0, 0, 0, 0);

    WriteCounts plus(int batchItems, SummaryCounters counters) {
        return new WriteCounts(items + batchItems,
                nodesCreated + counters.nodesCreated(),
                relationshipsCreated + counters.relationshipsCreated(),
                propertiesSet + counters.propertiesSet());
    }

    public WriteCounts plus(WriteCounts other) {
        return new WriteCounts(items + other.items, nodesCreated + other.nodesCreated,
                relationshipsCreated + other.relationshipsCreated, propertiesSet + other.propertiesSet);
    }
}
