package cn.ipbridge.graph.write;

import java.util.Collection;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Cypher of the import write path, each statement one {@code UNWIND} over a list: read the stored hashes,
 * drop replaced links, merge missing Applicants, write nodes with their links. {@code ImportStatementsIT} checks
 * that none but the drop needs an Eager operator.
 */
final class ImportStatements {

    private static final Pattern PROPERTY_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    private ImportStatements() {
    }

    /** A links-only entity's "hash" is its links' text ({@link LinkState}), spelled from the graph. */
    static String storedHashes(ImportEntity e) {
        return """
                UNWIND $keys AS key
                MATCH (n:%s {%s: key})
                RETURN key, %s AS hash
                """.formatted(e.nodeLabel(), e.key(), e.linksOnly() ? LinkState.stored(e) : "n.importHash");
    }

    static String dropLinks(ImportEntity e, String type) {
        return """
                UNWIND $keys AS key
                MATCH (:%s {%s: key})%s[old:%s]%s()
                DELETE old
                """.formatted(e.nodeLabel(), e.key(), e.linkedIncoming(type) ? "<-" : "-", type,
                e.linkedIncoming(type) ? "-" : "->");
    }

    /**
     * Merges the nodes and creates their links, with each node in scope (no second look-up by key). Properties
     * are set by name rather than {@code SET n += map}, and link properties inline on CREATE: with a map the
     * planner cannot rule out a write to what it reads, and plans an Eager. Names come from code, never files.
     * Links use plain CREATE: the node is new or has just lost its links of that type, and a row's are distinct.
     */
    static String writeNodes(ImportEntity e, Collection<String> properties) {
        return writeNodes(e, properties, e.targets(), false);
    }

    /**
     * @param targets the kinds of link the rows have (a subquery per kind runs once per row, so kinds no row of
     *                the batch has are left out)
     * @param create  the rows' nodes are known not to exist (the stored-hash read of the same transaction found
     *                none): {@code CREATE} skips MERGE's look-up and lock; the key's constraint still holds. A
     *                links-only entity matches its nodes and sets nothing on them.
     */
    static String writeNodes(ImportEntity e, Collection<String> properties, Collection<LinkTarget> targets,
                             boolean create) {
        if (e.linksOnly() && (create || !properties.isEmpty())) {
            throw new IllegalArgumentException(e + " rows only link nodes that exist");
        }
        for (String property : properties) {
            if (!PROPERTY_NAME.matcher(property).matches() || property.equals(e.key())) {
                throw new IllegalArgumentException("not a property an import sets: " + property);
            }
        }
        String pattern = "(n:%s {%s: r.key".formatted(e.nodeLabel(), e.key());
        String node = create
                // properties inline: the engine writes a new node's properties in one step (a null is not written)
                ? "CREATE " + pattern + ", importHash: r.hash" + each(properties, ", %1$s: r.properties.%1$s") + "})"
                : e.linksOnly() ? "MATCH " + pattern + "})"
                : "MERGE " + pattern + "})\nSET n.importHash = r.hash"
                        + each(properties, ", n.%1$s = r.properties.%1$s");
        StringBuilder links = new StringBuilder();
        for (LinkTarget t : new TreeSet<>(targets)) {
            if (!e.targets().contains(t)) {
                throw new IllegalArgumentException(e + " rows do not link to " + t);
            }
            links.append("""
                    CALL (n, r) {
                      UNWIND r.links.%s AS l
                      MATCH (x:%s {%s: l.to})
                      CREATE (n)%s[:%s%s]%s(x)
                    }
                    """.formatted(t.name(), t.label(), t.key(), t.incoming() ? "<-" : "-", t.type(),
                    t.properties().isEmpty() ? ""
                    : t.properties().stream().map(p -> p + ": l.properties." + p)
                    .collect(Collectors.joining(", ", " {", "}")), t.incoming() ? "-" : "->"));
        }
        return """
                UNWIND $rows AS r
                %s
                %s
                %s""".formatted(node, e.nodeClause(), links.isEmpty() ? "" : "WITH n, r\n" + links);
    }

    /** {@code template} (with the property name as {@code %1$s}) for each property, joined. */
    private static String each(Collection<String> properties, String template) {
        return properties.stream().map(template::formatted).collect(Collectors.joining());
    }

    static String mergeTargets(LinkTarget t) {
        return """
                UNWIND $keys AS key
                MERGE (:%s {%s: key})
                """.formatted(t.label(), t.key());
    }
}
