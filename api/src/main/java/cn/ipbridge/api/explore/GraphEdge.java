package cn.ipbridge.api.explore;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;

/** A directed edge ready to draw: relationship type and the ids of its start and end nodes. */
public record GraphEdge(String type, String source, String target) {

    /** A Cypher map expression for relationship {@code r} that {@link #from} reads. */
    public static String cypher(String r) {
        return "{type: type(%s), source: %s, target: %s}".formatted(r,
                NodeId.cypher("startNode(" + r + ")"), NodeId.cypher("endNode(" + r + ")"));
    }

    public static GraphEdge from(Value v) {
        return new GraphEdge(Values.string(v, "type"), Values.string(v, "source"), Values.string(v, "target"));
    }

    public static GraphEdge of(NodeId source, String type, NodeId target) {
        return new GraphEdge(type, source.toString(), target.toString());
    }
}
