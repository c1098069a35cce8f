package cn.ipbridge.api.explore;

import java.util.List;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;

/** A node ready to draw: its id, labels, a caption and a few key properties as text. */
public record GraphNode(String id, List<String> labels, String caption, List<Property> properties) {

    /** A property shown beside a node, as text. */
    public record Property(String name, String value) {
    }

    /** Properties worth showing on a drawn node; lists (e.g. an institution's types) are left out. */
    private static final String SHOWN = "['srdiLevel', 'legalStatus', 'type', 'level', 'kind', 'date', 'filingDate']";

    /** A Cypher map expression for node {@code n} that {@link #from} reads. */
    public static String cypher(String n) {
        return """
                {id: %s, labels: labels(%s),
                 caption: coalesce(%s.name, %s.title, CASE WHEN %s:IpcClass THEN %s.code + ' ' + coalesce(%s.titleZh, '') END, %s.id),
                 properties: [k IN %s WHERE %s[k] IS NOT NULL | {name: k, value: toString(%s[k])}]}"""
                .formatted(NodeId.cypher(n), n, n, n, n, n, n, n, SHOWN, n, n);
    }

    public static GraphNode from(Value v) {
        return new GraphNode(Values.string(v, "id"), Values.strings(v, "labels"), Values.string(v, "caption"),
                v.get("properties").asList(p -> new Property(Values.string(p, "name"), Values.string(p, "value"))));
    }

    /** A node built in Java, for explanation paths assembled from rows already read. */
    public static GraphNode of(NodeId id, String caption) {
        return new GraphNode(id.toString(), List.of(id.label()), caption, List.of());
    }
}
