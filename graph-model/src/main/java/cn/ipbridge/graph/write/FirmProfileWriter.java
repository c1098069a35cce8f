package cn.ipbridge.graph.write;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Derives each firm's patent profile from its patents, so matchmaking reads a few properties and links per firm
 * instead of walking every patent: on the {@code Enterprise} node {@code patentCount},
 * {@code grantedInventionCount}, {@code lapsedPatentCount}; links {@code ACTIVE_IN {patents, sample}} to each main
 * IPC class of its patents and {@code ACTIVE_IN_SUBCLASS {patents}} to their subclasses. Whatever writes patents
 * refreshes the firms it touched (the generator all, an import the firms it linked); a refresh brings a firm's
 * profile up to date (links merged, stale ones deleted, so refreshing again creates nothing), in batches of firms,
 * each batch in one write transaction.
 */
public final class FirmProfileWriter {

    static final int FIRMS_PER_BATCH = 500;

    private static final String REFRESH = """
            UNWIND $rows AS r
            MATCH (e:Enterprise {uscc: r.uscc})
            CALL (e) {
              OPTIONAL MATCH (e)<-[:APPLIED_BY]-(p:Patent)
              RETURN count(p) AS patents,
                     count(CASE WHEN p.type = 'INVENTION' AND p.legalStatus = 'GRANTED' THEN 1 END) AS granted,
                     count(CASE WHEN p.legalStatus = 'LAPSED' THEN 1 END) AS lapsed
            }
            SET e.patentCount = patents, e.grantedInventionCount = granted, e.lapsedPatentCount = lapsed
            WITH e
            CALL (e) {
              OPTIONAL MATCH (e)<-[:APPLIED_BY]-(p:Patent)-[:CLASSIFIED_AS {main: true}]->(c:IpcClass)
              WITH c, count(p) AS n, min(p.applicationNumber) AS sample
              RETURN [f IN collect({c: c, n: n, sample: sample}) WHERE f.c IS NOT NULL] AS fields
            }
            CALL (e, fields) {
              MATCH (e)-[old:ACTIVE_IN]->(c)
              WHERE NOT c IN [f IN fields | f.c]
              DELETE old
            }
            CALL (e, fields) {
              UNWIND fields AS f
              WITH f.c AS c, f.n AS n, f.sample AS sample
              MERGE (e)-[a:ACTIVE_IN]->(c)
              SET a.patents = n, a.sample = sample
            }
            CALL (e, fields) {
              UNWIND fields AS f
              WITH f.c AS c, f.n AS n
              MATCH (c)-[:PARENT*0..3]->(s:IpcClass {level: 'SUBCLASS'})
              WITH s, sum(n) AS n
              RETURN collect({s: s, n: n}) AS subclasses
            }
            CALL (e, subclasses) {
              MATCH (e)-[old:ACTIVE_IN_SUBCLASS]->(s)
              WHERE NOT s IN [x IN subclasses | x.s]
              DELETE old
            }
            CALL (e, subclasses) {
              UNWIND subclasses AS x
              WITH x.s AS s, x.n AS n
              MERGE (e)-[a:ACTIVE_IN_SUBCLASS]->(s)
              SET a.patents = n
            }
            """;

    private static final String STALE = """
            MATCH (e:Enterprise)
            WHERE e.patentCount IS NULL OR e.patentCount <> COUNT { (e)<-[:APPLIED_BY]-(:Patent) }
            RETURN e.uscc AS uscc
            """;

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final BatchWriter writer;

    public FirmProfileWriter(Driver driver, String database) {
        this.driver = driver;
        this.sessionConfig = database == null || database.isBlank()
                ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
        this.writer = new BatchWriter(driver, database, FIRMS_PER_BATCH);
    }

    /** Recomputes the profiles of the firms with these credit codes (unknown codes are skipped). */
    public WriteCounts refresh(Collection<String> usccs, WriteProgress progress) {
        return writer.write("firm profiles", REFRESH, usccs, uscc -> Map.of("uscc", uscc), progress);
    }

    /** Recomputes every firm's profile. */
    public WriteCounts refreshAll(WriteProgress progress) {
        return refresh(read("MATCH (e:Enterprise) RETURN e.uscc AS uscc ORDER BY uscc"), progress);
    }

    /**
     * Recomputes the profiles that are missing or whose patent count no longer matches the graph: a store written
     * before profiles existed, or patents written by something other than IPBridge's write path.
     */
    public WriteCounts refreshStale(WriteProgress progress) {
        List<String> stale = read(STALE);
        return stale.isEmpty() ? WriteCounts.ZERO : refresh(stale, progress);
    }

    private List<String> read(String cypher) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> tx.run(cypher).list(r -> r.get("uscc").asString()));
        }
    }
}
