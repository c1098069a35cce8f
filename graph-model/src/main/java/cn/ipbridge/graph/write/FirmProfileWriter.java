package cn.ipbridge.graph.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * Derives each firm's patent profile from its patents, so matchmaking reads a few properties and links per firm
 * instead of walking every patent: on the {@code Enterprise} node {@code patentCount},
 * {@code grantedInventionCount}, {@code lapsedPatentCount}; links {@code ACTIVE_IN {patents, sample}} to each main
 * IPC class of its patents and {@code ACTIVE_IN_SUBCLASS {patents}} to their subclasses. Whatever writes patents
 * refreshes the firms it touched (the generator all, an import the firms of the rows it created or changed); a
 * refresh brings a firm's profile up to date, in batches of firms, each batch in one write transaction: the counts
 * are set in one statement, the links the patents imply are read and compared in Java with the links the firms
 * have, and only the differences are written (created, their counts set, or deleted), by element id, so
 * refreshing again writes nothing. Plain statements, each one {@code UNWIND} without an Eager operator: one
 * statement reading and merging the links planned five Eagers and cost several times as much.
 */
public final class FirmProfileWriter {

    static final int FIRMS_PER_BATCH = 500;

    private static final String COUNTS = """
            UNWIND $usccs AS uscc
            MATCH (e:Enterprise {uscc: uscc})
            CALL (e) {
              OPTIONAL MATCH (e)<-[:APPLIED_BY]-(p:Patent)
              RETURN count(p) AS patents,
                     count(CASE WHEN p.type = 'INVENTION' AND p.legalStatus = 'GRANTED' THEN 1 END) AS granted,
                     count(CASE WHEN p.legalStatus = 'LAPSED' THEN 1 END) AS lapsed
            }
            SET e.patentCount = patents, e.grantedInventionCount = granted, e.lapsedPatentCount = lapsed
            """;

    /** Each main class of the firms' patents, with how many and the smallest application number. */
    private static final String FIELDS = """
            UNWIND $usccs AS uscc
            MATCH (e:Enterprise {uscc: uscc})<-[:APPLIED_BY]-(p:Patent)-[:CLASSIFIED_AS {main: true}]->(c:IpcClass)
            WITH e, c, count(p) AS n, min(p.applicationNumber) AS sample
            RETURN elementId(e) AS firm, elementId(c) AS target, n, sample
            """;

    /** Each subclass above (or at) those classes, with the number of patents under it. */
    private static final String SUBCLASSES = """
            UNWIND $usccs AS uscc
            MATCH (e:Enterprise {uscc: uscc})<-[:APPLIED_BY]-(p:Patent)-[:CLASSIFIED_AS {main: true}]->(:IpcClass)
                  -[:PARENT*0..3]->(s:IpcClass {level: 'SUBCLASS'})
            WITH e, s, count(p) AS n
            RETURN elementId(e) AS firm, elementId(s) AS target, n, null AS sample
            """;

    private static final String LINKS = """
            UNWIND $usccs AS uscc
            MATCH (e:Enterprise {uscc: uscc})-[a:%s]->(c)
            RETURN elementId(e) AS firm, elementId(c) AS target, a.patents AS n, a.sample AS sample,
                   elementId(a) AS link
            """;

    private static final String CREATE = """
            UNWIND $rows AS r
            MATCH (e) WHERE elementId(e) = r.firm
            MATCH (c) WHERE elementId(c) = r.target
            CREATE (e)-[:%s {patents: r.n, sample: r.sample}]->(c)
            """;

    private static final String UPDATE = """
            UNWIND $rows AS r
            MATCH ()-[a]->() WHERE elementId(a) = r.link
            SET a.patents = r.n, a.sample = r.sample
            """;

    private static final String DELETE = """
            UNWIND $rows AS r
            MATCH ()-[a]->() WHERE elementId(a) = r.link
            DELETE a
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
        WriteCounts counts = WriteCounts.ZERO;
        List<String> all = List.copyOf(new LinkedHashSet<>(usccs));
        for (int from = 0; from < all.size(); from += FIRMS_PER_BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + FIRMS_PER_BATCH));
            counts = counts.plus(writer.inTransaction(tx -> refresh(tx, batch)));
            progress.committed("firm profiles", counts.items());
        }
        return counts;
    }

    private static WriteCounts refresh(TransactionContext tx, List<String> usccs) {
        Map<String, Object> firms = Map.of("usccs", usccs);
        WriteCounts counts = WriteCounts.ZERO.plus(usccs.size(), tx.run(COUNTS, firms).consume().counters());
        counts = counts.plus(links(tx, "ACTIVE_IN", FIELDS, firms));
        return counts.plus(links(tx, "ACTIVE_IN_SUBCLASS", SUBCLASSES, firms));
    }

    /** A link of a firm's profile: from the firm to a class, with its counts. */
    private record Link(String firm, String target, long n, String sample) {

        static Link of(Record r) {
            return new Link(r.get("firm").asString(), r.get("target").asString(), r.get("n").asLong(0),
                    r.get("sample").asString(null));
        }

        Map<String, Object> row() {
            Map<String, Object> row = new HashMap<>();
            row.put("firm", firm);
            row.put("target", target);
            row.put("n", n);
            row.put("sample", sample);
            return row;
        }
    }

    /** Writes the differences between the links of {@code type} the patents imply and those the firms have. */
    private static WriteCounts links(TransactionContext tx, String type, String implied, Map<String, Object> firms) {
        Map<List<String>, Link> wanted = new HashMap<>();
        tx.run(implied, firms).forEachRemaining(r -> {
            Link l = Link.of(r);
            wanted.put(List.of(l.firm(), l.target()), l);
        });
        List<Map<String, Object>> updates = new ArrayList<>();
        List<Map<String, Object>> deletes = new ArrayList<>();
        tx.run(LINKS.formatted(type), firms).forEachRemaining(r -> {
            Link have = Link.of(r);
            Link want = wanted.remove(List.of(have.firm(), have.target()));
            if (want == null) {
                deletes.add(Map.of("link", r.get("link").asString()));
            } else if (!want.equals(have)) {
                Map<String, Object> row = want.row();
                row.put("link", r.get("link").asString());
                updates.add(row);
            }
        });
        List<Map<String, Object>> creates = wanted.values().stream().map(Link::row).toList();
        WriteCounts counts = WriteCounts.ZERO;
        for (var step : List.of(Map.entry(DELETE, deletes), Map.entry(UPDATE, updates),
                Map.entry(CREATE.formatted(type), creates))) {
            if (!step.getValue().isEmpty()) {
                counts = counts.plus(0, tx.run(step.getKey(), Map.of("rows", step.getValue())).consume().counters());
            }
        }
        return counts;
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
