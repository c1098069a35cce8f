package cn.ipbridge.graph.write;

import java.util.Map;

/**
 * What a programme record write left in the graph: the record as it now is (its properties plus the keys of what
 * it links to) and the audit {@code Change} written with it.
 */
public record Recorded(Map<String, Object> record, Map<String, Object> change) {
}
