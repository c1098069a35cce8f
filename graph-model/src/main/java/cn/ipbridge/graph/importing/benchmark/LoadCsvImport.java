package cn.ipbridge.graph.importing.benchmark;

import org.neo4j.driver.Driver;

/**
 * The yardstick: Neo4j's own {@code LOAD CSV ... CALL { } IN TRANSACTIONS} loading the benchmark file, as one
 * would write it by hand, writing the same graph as the importer: the same patent properties (title, filing date,
 * IPC codes, type and legal status, all but the row hash), applicants linked to an enterprise or university by exact
 * name ({@code linkedBy: 'NAME'}) or kept as {@code Applicant}s, each with its {@code order}, each IPC code linked
 * at the most specific level the taxonomy has (subclass, else class) with {@code main} on the first, and a
 * university's patent linked to that main class again by {@code RESEARCH_PATENT_IN}. It does less
 * than the importer: no validation, reject file, row hash, unchanged counting, name normalisation or {@code Import}
 * node. {@link #profiles} then writes the firms' derived profiles as one would by hand, so that both sides end with
 * the same graph; it is timed on its own.
 */
final class LoadCsvImport {

    private static final String STATEMENT = """
            LOAD CSV WITH HEADERS FROM $url AS row
            CALL (row) {
              MERGE (p:Patent {applicationNumber: row.application_no})
              SET p.title = row.title, p.filingDate = date(row.filing_date), p.ipcCodes = split(row.ipc, ';'),
                  p.type = 'INVENTION', p.legalStatus = 'PENDING'
              WITH p, row
              CALL (p, row) {
                WITH p, split(row.applicants, ';') AS names
                UNWIND range(0, size(names) - 1) AS i
                WITH p, i, names[i] AS name
                OPTIONAL MATCH (e:Enterprise {name: name})
                OPTIONAL MATCH (u:University {name: name})
                WITH p, i, name, coalesce(e, u) AS known
                CALL (known, name) {
                  WITH known, name WHERE known IS NULL
                  MERGE (a:Applicant {name: name})
                  RETURN a AS applicant
                UNION
                  WITH known WHERE known IS NOT NULL
                  RETURN known AS applicant
                }
                MERGE (p)-[r:APPLIED_BY]->(applicant)
                SET r.order = i + 1, r.linkedBy = CASE WHEN known IS NULL THEN null ELSE 'NAME' END
              }
              CALL (p, row) {
                WITH p, split(row.ipc, ';') AS codes
                UNWIND range(0, size(codes) - 1) AS i
                OPTIONAL MATCH (s:IpcClass {code: substring(codes[i], 0, 4)})
                OPTIONAL MATCH (c:IpcClass {code: substring(codes[i], 0, 3)})
                WITH p, i, coalesce(s, c) AS target
                WHERE target IS NOT NULL
                MERGE (p)-[r:CLASSIFIED_AS]->(target)
                ON CREATE SET r.main = i = 0
              }
              CALL (p) {
                WITH p WHERE EXISTS { (p)-[:APPLIED_BY]->(:University) }
                MATCH (p)-[:CLASSIFIED_AS {main: true}]->(c)
                MERGE (p)-[:RESEARCH_PATENT_IN]->(c)
              }
            } IN TRANSACTIONS OF %d ROWS
            """;

    private LoadCsvImport() {
    }

    /**
     * The firms' derived profiles (graph-model's {@code FirmProfileWriter}) by hand: counts and latest granted
     * inventions on each enterprise with patents, {@code ACTIVE_IN {patents, sample}} to each main class of its
     * patents and {@code ACTIVE_IN_SUBCLASS {patents}} to the subclass at or above it. The benchmark's graph has no
     * institutions, so there are no {@code IN_FIELDS_OF} links to write (the importer looks for them and finds none;
     * the count of what both wrote shows it).
     */
    private static final String PROFILES = """
            MATCH (e:Enterprise) WHERE EXISTS { (e)<-[:APPLIED_BY]-(:Patent) }
            CALL (e) {
              MATCH (e)<-[:APPLIED_BY]-(p:Patent)
              WITH e, count(p) AS n,
                   count(CASE WHEN p.type = 'INVENTION' AND p.legalStatus = 'GRANTED' THEN 1 END) AS granted,
                   count(CASE WHEN p.legalStatus = 'LAPSED' THEN 1 END) AS lapsed
              SET e.patentCount = n, e.grantedInventionCount = granted, e.lapsedPatentCount = lapsed,
                  e.latestGrantedInventions = COLLECT {
                    MATCH (e)<-[:APPLIED_BY]-(q:Patent {type: 'INVENTION', legalStatus: 'GRANTED'})
                    WITH q ORDER BY q.filingDate DESC, q.applicationNumber LIMIT 10
                    RETURN coalesce(toString(q.filingDate), '') + ' ' + q.applicationNumber }
              WITH e
              CALL (e) {
                MATCH (e)<-[:APPLIED_BY]-(p:Patent)-[:CLASSIFIED_AS {main: true}]->(c:IpcClass)
                WITH e, c, count(p) AS n, min(p.applicationNumber) AS sample
                CREATE (e)-[:ACTIVE_IN {patents: n, sample: sample}]->(c)
                WITH e, c, n
                MATCH (c)-[:PARENT*0..3]->(s:IpcClass {level: 'SUBCLASS'})
                WITH e, s, sum(n) AS n
                CREATE (e)-[:ACTIVE_IN_SUBCLASS {patents: n}]->(s)
              }
            } IN TRANSACTIONS OF 100 ROWS
            """;

    /** Loads the file in transactions of {@code batchSize} rows, the importer's batch size. */
    static void run(Driver driver, String fileUrl, int batchSize) {
        try (var session = driver.session()) {
            session.run(STATEMENT.formatted(batchSize), java.util.Map.of("url", fileUrl)).consume();
        }
    }

    static void profiles(Driver driver) {
        try (var session = driver.session()) {
            session.run(PROFILES).consume();
        }
    }
}
