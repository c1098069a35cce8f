package cn.ipbridge.graph.write;

import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Cypher of the import write path. Each statement does one thing over one list, so none needs an Eager
 * operator (no statement reads what it writes): read the stored hashes, drop replaced links, merge nodes, merge
 * missing Applicants, create links. {@code ImportStatementsIT} checks the plans.
 */
final class ImportStatements {

    private static final Pattern PROPERTY_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    private ImportStatements() {
    }

    static String storedHashes(ImportEntity e) {
        return """
                UNWIND $keys AS key
                MATCH (n:%s {%s: key})
                RETURN key, n.importHash AS hash
                """.formatted(e.nodeLabel(), e.key());
    }

    static String dropLinks(ImportEntity e, String type) {
        return """
                UNWIND $keys AS key
                MATCH (:%s {%s: key})-[old:%s]->()
                DELETE old
                """.formatted(e.nodeLabel(), e.key(), type);
    }

    /**
     * Sets each property by name rather than {@code SET n += map}: with a map the planner cannot rule out that it
     * writes the key the MERGE reads, and plans an Eager. The names are the parsers' field names, never file text.
     */
    static String mergeNodes(ImportEntity e, Collection<String> properties) {
        StringBuilder set = new StringBuilder("SET n.importHash = r.hash");
        for (String property : properties) {
            if (!PROPERTY_NAME.matcher(property).matches() || property.equals(e.key())) {
                throw new IllegalArgumentException("not a property an import sets: " + property);
            }
            set.append(", n.").append(property).append(" = r.properties.").append(property);
        }
        return """
                UNWIND $rows AS r
                MERGE (n:%s {%s: r.key})
                %s
                %s
                """.formatted(e.nodeLabel(), e.key(), set, e.nodeClause());
    }

    static String mergeTargets(LinkTarget t) {
        return """
                UNWIND $keys AS key
                MERGE (:%s {%s: key})
                """.formatted(t.label(), t.key());
    }

    /** Plain CREATE: the node is new or has just lost its links of this type, and a row's links are distinct. */
    static String createLinks(ImportEntity e, LinkTarget t) {
        return """
                UNWIND $links AS l
                MATCH (n:%s {%s: l.from})
                MATCH (x:%s {%s: l.to})
                CREATE (n)-[:%s%s]->(x)
                """.formatted(e.nodeLabel(), e.key(), t.label(), t.key(), t.type(), t.properties().isEmpty() ? ""
                : t.properties().stream().map(p -> p + ": l.properties." + p).collect(Collectors.joining(", ", " {", "}")));
    }
}
