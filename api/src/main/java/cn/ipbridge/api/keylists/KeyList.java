package cn.ipbridge.api.keylists;

import java.util.List;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;

/**
 * A saved key list: the segment and industry it was made from, its size and the officers responsible. Size and
 * members are the caller's firms only (a DISTRICT: its district's).
 */
record KeyList(String name, KeySegment segment, String industry, int size, List<Officer> officers) {

    record Officer(String id, String name) {
    }

    /**
     * Projection of key list {@code k} that {@link #from} reads; {@code firm} is a {@code RowScope} predicate over
     * {@code e}, so the size counts only the caller's firms.
     */
    static String projection(String firm) {
        return """
                k {.name, .segment, .industry, size: COUNT { (k)-[:INCLUDES]->(e:Enterprise) WHERE %s },
                   officers: COLLECT { MATCH (o:Officer)-[:RESPONSIBLE_FOR]->(k)
                                       RETURN o {.id, .name} ORDER BY o.id }}"""
                .formatted(firm);
    }

    static KeyList from(Value k) {
        return new KeyList(Values.string(k, "name"), Values.enumOf(KeySegment.class, k, "segment"),
                Values.string(k, "industry"), k.get("size").asInt(),
                k.get("officers").asList(o -> new Officer(Values.string(o, "id"), Values.string(o, "name"))));
    }
}
