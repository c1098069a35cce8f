package cn.ipbridge.api.keylists;

import java.util.List;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;

/** A saved key list: the segment and industry it was made from, its size and the officers responsible. */
record KeyList(String name, KeySegment segment, String industry, int size, List<Officer> officers) {

    record Officer(String id, String name) {
    }

    /** Projection of key list {@code k} that {@link #from} reads. */
    static final String PROJECTION = """
            k {.name, .segment, .industry, size: COUNT { (k)-[:INCLUDES]->(:Enterprise) },
               officers: COLLECT { MATCH (o:Officer)-[:RESPONSIBLE_FOR]->(k) RETURN o {.id, .name} ORDER BY o.id }}""";

    static KeyList from(Value k) {
        return new KeyList(Values.string(k, "name"), Values.enumOf(KeySegment.class, k, "segment"),
                Values.string(k, "industry"), k.get("size").asInt(),
                k.get("officers").asList(o -> new Officer(Values.string(o, "id"), Values.string(o, "name"))));
    }
}
