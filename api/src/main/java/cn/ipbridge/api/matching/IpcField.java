package cn.ipbridge.api.matching;

import java.util.List;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;
import cn.ipbridge.graph.taxonomy.IpcLevel;

/**
 * An IPC code with its chain of ancestors up to the section (read from {@code PARENT} links, so the hierarchy of
 * the graph decides closeness, not the spelling of codes), how many of a firm's patents put it there and one of
 * them to draw ({@code sample}; null for an institution's or expert's speciality).
 */
record IpcField(String code, List<Ancestor> chain, int patents, String sample) {

    record Ancestor(String code, IpcLevel level, String title) {
    }

    /**
     * A Cypher map for IPC class {@code c}; {@code patents} and {@code sample} are Cypher expressions. The chain
     * comes from {@link IpcHierarchy}, not from the query.
     */
    static String cypher(String c, String patents, String sample) {
        return "{code: %1$s.code, patents: %2$s, sample: %3$s}".formatted(c, patents, sample);
    }

    /**
     * A Cypher list of the main IPC classes of firm {@code e}'s patents, from its derived profile
     * ({@code ACTIVE_IN}, see graph-model's FirmProfileWriter): one link per class instead of a walk over patents.
     */
    static final String FIRM_FIELDS = "[(e)-[active:ACTIVE_IN]->(field:IpcClass) | %s]"
            .formatted(cypher("field", "active.patents", "active.sample"));

    /** A Cypher list of the IPC specialities of {@code node} (an institution or expert), without patents. */
    static String specialitiesOf(String node) {
        return "[(%s)-[:SPECIALIZES_IN]->(s:IpcClass) | %s]".formatted(node, cypher("s", "0", "null"));
    }

    static IpcField from(Value v, IpcHierarchy hierarchy) {
        String code = Values.string(v, "code");
        return new IpcField(code, hierarchy.chain(code), v.get("patents").asInt(0), Values.string(v, "sample"));
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
