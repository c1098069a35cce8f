package cn.ipbridge.graph.write;

import java.util.List;
import java.util.Map;

/**
 * The write path of file imports. Each row carries its natural {@code key}, the {@code properties} the file has
 * (columns a file lacks are left alone on existing nodes), a {@code hash} of everything the row says, and its
 * links. A node whose stored {@code importHash} equals the row's is left untouched and counted unchanged; a
 * changed row replaces the node's properties and links from the file. One statement per batch, one transaction
 * per batch (see {@link BatchWriter#writeBatch}).
 */
public final class ImportWriter {

    /** What an import writes, with its label and key; the statement is built from these constants only. */
    public enum Entity {
        ENTERPRISES("Enterprise", "uscc", """
                CALL (n, r) {
                  WITH n, r WHERE r.districtAdcode IS NOT NULL
                  OPTIONAL MATCH (n)-[old:LOCATED_IN]->(d:District) WHERE d.adcode <> r.districtAdcode
                  DELETE old
                }
                CALL (n, r) {
                  MATCH (d:District {adcode: r.districtAdcode})
                  MERGE (n)-[:LOCATED_IN]->(d)
                }
                CALL (n, r) {
                  WITH n, r WHERE r.industryCode IS NOT NULL
                  OPTIONAL MATCH (n)-[old:IN_INDUSTRY]->(i:Industry) WHERE i.code <> r.industryCode
                  DELETE old
                }
                CALL (n, r) {
                  MATCH (i:Industry {code: r.industryCode})
                  MERGE (n)-[:IN_INDUSTRY]->(i)
                }
                """),
        PATENTS("Patent", "applicationNumber", """
                CALL (n) {
                  MATCH (n)-[old:APPLIED_BY|CLASSIFIED_AS]->()
                  DELETE old
                }
                CALL (n, r) {
                  UNWIND r.applicants AS a
                  WITH n, a WHERE a.kind = 'ENTERPRISE'
                  MATCH (x:Enterprise {uscc: a.key})
                  MERGE (n)-[rel:APPLIED_BY]->(x) SET rel.order = a.order, rel.linkedBy = a.linkedBy
                }
                CALL (n, r) {
                  UNWIND r.applicants AS a
                  WITH n, a WHERE a.kind = 'UNIVERSITY'
                  MATCH (x:University {name: a.key})
                  MERGE (n)-[rel:APPLIED_BY]->(x) SET rel.order = a.order, rel.linkedBy = a.linkedBy
                }
                CALL (n, r) {
                  UNWIND r.applicants AS a
                  WITH n, a WHERE a.kind = 'INSTITUTION'
                  MATCH (x:Institution {name: a.key})
                  MERGE (n)-[rel:APPLIED_BY]->(x) SET rel.order = a.order, rel.linkedBy = a.linkedBy
                }
                CALL (n, r) {
                  UNWIND r.applicants AS a
                  WITH n, a WHERE a.kind = 'OTHER'
                  MERGE (x:Applicant {name: a.key})
                  MERGE (n)-[rel:APPLIED_BY]->(x) SET rel.order = a.order, rel.linkedBy = null
                }
                CALL (n, r) {
                  UNWIND r.ipc AS k
                  CALL (k) {
                    UNWIND k.candidates AS code
                    MATCH (c:IpcClass {code: code})
                    RETURN c LIMIT 1
                  }
                  MERGE (n)-[rel:CLASSIFIED_AS]->(c) SET rel.main = k.main
                }
                """),
        UNIVERSITIES("University", "name", """
                SET n:Institution
                """),
        INSTITUTIONS("Institution", "name", ""),
        FUNDERS("Funder", "name", "");

        private final String statement;

        Entity(String label, String key, String links) {
            this.statement = """
                    UNWIND $rows AS r
                    OPTIONAL MATCH (old:%1$s {%2$s: r.key})
                    WITH r, CASE WHEN old IS NULL THEN 'CREATED'
                                 WHEN old.importHash = r.hash THEN 'UNCHANGED' ELSE 'UPDATED' END AS status
                    CALL (r, status) {
                      WITH r WHERE status <> 'UNCHANGED'
                      MERGE (n:%1$s {%2$s: r.key})
                      SET n += r.properties, n.importHash = r.hash
                    %3$s}
                    RETURN status, count(*) AS rows
                    """.formatted(label, key, links.isBlank() ? "" : ("WITH n, r\n" + links).indent(2));
        }

        /** The lower-case name used in reports, e.g. "patents". */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final BatchWriter writer;

    public ImportWriter(BatchWriter writer) {
        this.writer = writer;
    }

    public RowStatuses write(Entity entity, List<Map<String, Object>> rows) {
        return rows.isEmpty() ? RowStatuses.ZERO : writer.writeBatch(entity.statement, rows);
    }

    /** The statement, for tests and the benchmark's comparison. */
    String statement(Entity entity) {
        return entity.statement;
    }
}
