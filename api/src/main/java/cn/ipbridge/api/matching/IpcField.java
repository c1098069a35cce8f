package cn.ipbridge.api.matching;

import java.util.List;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;
import cn.ipbridge.graph.taxonomy.IpcLevel;

/**
 * An IPC code with its chain of ancestors up to the section (read from {@code PARENT} links, so the hierarchy of
 * the graph decides closeness, not the spelling of codes) and the patents that put a firm in it.
 */
record IpcField(String code, List<Ancestor> chain, List<String> patents) {

    record Ancestor(String code, IpcLevel level, String title) {
    }

    /**
     * A Cypher map for IPC class {@code c} with its chain; {@code patents} is a Cypher list expression. The ancestor
     * variable is named after {@code c}: when two of these maps share a query, one name for both makes Neo4j 5.26's
     * planner fail ("insertCachedProperties ... should not appear non-cached").
     */
    static String cypher(String c, String patents) {
        return "{code: %1$s.code, patents: %2$s, chain: [(%1$s)-[:PARENT*0..4]->(%1$s_up:IpcClass) | %1$s_up {.code, .level, .titleZh}]}"
                .formatted(c, patents);
    }

    /** A subquery giving {@code fields}: the main IPC classes of firm {@code e}'s patents, each with its patents. */
    static final String FIRM_FIELDS = """
            CALL (e) {
              MATCH (e)<-[:APPLIED_BY]-(p:Patent)-[:CLASSIFIED_AS {main: true}]->(c:IpcClass)
              WITH c, collect(p.applicationNumber) AS patents
              RETURN collect(%s) AS fields
            }
            """.formatted(cypher("c", "patents"));

    /** A Cypher list of the IPC specialities of {@code node} (an institution or expert), without patents. */
    static String specialitiesOf(String node) {
        return "[(%s)-[:SPECIALIZES_IN]->(s:IpcClass) | %s]".formatted(node, cypher("s", "[]"));
    }

    static IpcField from(Value v) {
        return new IpcField(Values.string(v, "code"),
                v.get("chain").asList(a -> new Ancestor(Values.string(a, "code"),
                        Values.enumOf(IpcLevel.class, a, "level"), Values.string(a, "titleZh"))),
                Values.strings(v, "patents"));
    }

    /** The ancestors from this code up to {@code top}, deepest first (a chain has one ancestor per level). */
    List<Ancestor> upTo(String top) {
        List<Ancestor> sorted = chain.stream()
                .sorted((a, b) -> b.level().compareTo(a.level())).toList();
        int end = 0;
        while (end < sorted.size() && !sorted.get(end).code().equals(top)) {
            end++;
        }
        return sorted.subList(0, Math.min(end + 1, sorted.size()));
    }
}
