package cn.ipbridge.api.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

/**
 * Nodes and edges ready to draw. {@code capped} says the answer stopped at its node cap and more nodes exist. It is
 * also how a match explains itself: the graph paths that made the score.
 */
public record Subgraph(List<GraphNode> nodes, List<GraphEdge> edges, boolean capped) {

    public static final Subgraph EMPTY = new Subgraph(List.of(), List.of(), false);

    static Subgraph from(Value nodes, Value edges, boolean capped) {
        return new Subgraph(nodes.asList(GraphNode::from), edges.asList(GraphEdge::from), capped);
    }

    /** Builds a subgraph edge by edge, keeping each node and edge once. */
    public static final class Builder {

        private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
        private final List<GraphEdge> edges = new ArrayList<>();

        public Builder node(NodeId id, String caption) {
            nodes.putIfAbsent(id.toString(), GraphNode.of(id, caption));
            return this;
        }

        public Builder edge(NodeId source, String type, NodeId target) {
            GraphEdge edge = GraphEdge.of(source, type, target);
            if (!edges.contains(edge)) {
                edges.add(edge);
            }
            return this;
        }

        public boolean isEmpty() {
            return nodes.isEmpty();
        }

        public Subgraph build() {
            return new Subgraph(List.copyOf(nodes.values()), List.copyOf(edges), false);
        }
    }
}
