package cn.ipbridge.api.statistics;

import java.util.List;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** One group of a grouped count: its key, names where the key is a node, the count and its breakdown. */
public record CountGroup(String key, String label, String labelEn, long count, List<Count> breakdown) {

    /** From a row with columns {@code key, label, labelEn, count, breakdown}. */
    static CountGroup from(Record row) {
        return new CountGroup(Count.keyText(row.get("key")), text(row.get("label")), text(row.get("labelEn")),
                row.get("count").asLong(), Count.listFrom(row.get("breakdown")));
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
