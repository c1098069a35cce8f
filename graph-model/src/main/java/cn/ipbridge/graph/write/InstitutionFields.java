package cn.ipbridge.graph.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

/**
 * The institutions whose fields each IPC subclass is in, for the derived {@code IN_FIELDS_OF} links
 * ({@link FirmProfileWriter}): an institution's fields are the subclasses at, above or below its specialities (a
 * main group's subclass above it; a class's or section's subclasses below it). Read once per profile write, however
 * many batches it takes.
 * <p>
 * A firm's link to an institution counts its patents in those fields and their share of all its patents
 * ({@link FirmProfiles.Link#shareOf}); it carries the institution's name, so that the index on
 * {@code IN_FIELDS_OF (institution, share)} gives an institution's firms in order of that share.
 */
final class InstitutionFields {

    /** The subclasses of institution {@code i}'s fields, as {@code sub}. */
    static final String SUBCLASSES_OF_I = """
            MATCH (i)-[:SPECIALIZES_IN]->(s:IpcClass)
            CALL (s) {
              MATCH (s)-[:PARENT*0..3]->(sub:IpcClass {level: 'SUBCLASS'})
              RETURN sub
              UNION
              WITH s WHERE s.level IN ['SECTION', 'CLASS']
              MATCH (s)<-[:PARENT*1..2]-(sub:IpcClass {level: 'SUBCLASS'})
              RETURN sub
            }
            WITH DISTINCT i, sub""";

    /**
     * Replaces the {@code IN_FIELDS_OF} links of institution {@code i} with those its fields and the firms' profiles
     * give: for an institution whose specialities changed. The share is computed as {@link FirmProfiles.Link#shareOf}
     * does, so a later profile write finds nothing to change.
     */
    static final String RELINK_I = """
            CALL (i) {
              MATCH (i)<-[old:IN_FIELDS_OF]-()
              DELETE old
            }
            CALL (i) {
              %s
              MATCH (sub)<-[w:ACTIVE_IN_SUBCLASS]-(e:Enterprise)
              WITH i, e, sum(w.patents) AS n
              CREATE (e)-[:IN_FIELDS_OF {institution: i.name, patents: n,
                  share: toFloat(n) / CASE WHEN coalesce(e.patentCount, 0) > n THEN e.patentCount ELSE n END}]->(i)
            }""".formatted(SUBCLASSES_OF_I.indent(2).strip());

    private static final String READ = """
            MATCH (i:Institution)
            %s
            RETURN elementId(sub) AS subclass, collect(elementId(i)) AS institutions
            """.formatted(SUBCLASSES_OF_I);

    private Map<String, List<String>> bySubclass;

    /** The element ids of the institutions whose fields the subclass with this element id is in. */
    List<String> of(TransactionContext tx, String subclass) {
        if (bySubclass == null) {
            bySubclass = new HashMap<>();
            tx.run(READ).forEachRemaining(r -> bySubclass.put(r.get("subclass").asString(),
                    new ArrayList<>(r.get("institutions").asList(v -> v.asString()))));
        }
        return bySubclass.getOrDefault(subclass, List.of());
    }
}
