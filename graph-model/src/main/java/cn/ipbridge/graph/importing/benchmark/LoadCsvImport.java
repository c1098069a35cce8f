package cn.ipbridge.graph.importing.benchmark;

import org.neo4j.driver.Driver;

/**
 * The yardstick: Neo4j's own {@code LOAD CSV ... CALL { } IN TRANSACTIONS} loading the benchmark file, as one
 * would write it by hand. It does less than the importer (no validation, hashes or reject file; applicants
 * linked to an enterprise by exact name only; IPC linked at subclass level only; no legal status, whose index the
 * importer also maintains), but sets the other indexed properties the importer sets (title, filing date, type).
 */
final class LoadCsvImport {

    private static final String STATEMENT = """
            LOAD CSV WITH HEADERS FROM $url AS row
            CALL (row) {
              MERGE (p:Patent {applicationNumber: row.application_no})
              SET p.title = row.title, p.filingDate = date(row.filing_date), p.ipcCodes = split(row.ipc, ';'),
                  p.type = 'INVENTION'
              WITH p, row
              CALL (p, row) {
                UNWIND range(0, size(split(row.applicants, ';')) - 1) AS i
                WITH p, i, split(row.applicants, ';')[i] AS name
                OPTIONAL MATCH (e:Enterprise {name: name})
                CALL (e, name) {
                  WITH e, name WHERE e IS NULL
                  MERGE (a:Applicant {name: name})
                  RETURN a AS applicant
                UNION
                  WITH e WHERE e IS NOT NULL
                  RETURN e AS applicant
                }
                MERGE (p)-[r:APPLIED_BY]->(applicant) SET r.order = i + 1
              }
              CALL (p, row) {
                UNWIND split(row.ipc, ';') AS code
                MATCH (c:IpcClass {code: substring(code, 0, 4)})
                MERGE (p)-[:CLASSIFIED_AS]->(c)
              }
            } IN TRANSACTIONS OF 10000 ROWS
            """;

    private LoadCsvImport() {
    }

    static void run(Driver driver, String fileUrl) {
        try (var session = driver.session()) {
            session.run(STATEMENT, java.util.Map.of("url", fileUrl)).consume();
        }
    }
}
