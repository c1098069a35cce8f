package cn.ipbridge.graph.write;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Writes key-enterprise service lists (重点企业服务清单): a {@code KeyList} with {@code INCLUDES} links to its firms,
 * and the officers {@code RESPONSIBLE_FOR} it. Each call is one transaction, so a refused call writes nothing.
 */
public final class KeyListWriter {

    private static final String CREATE = """
            CREATE (k:KeyList {name: $name, segment: $segment, industry: $industry, created: datetime()})
            WITH k
            UNWIND $usccs AS uscc
            MATCH (e:Enterprise {uscc: uscc})
            CREATE (k)-[:INCLUDES]->(e)
            """;

    private static final String ASSIGN = """
            OPTIONAL MATCH (k:KeyList {name: $list})
            OPTIONAL MATCH (o:Officer {id: $officer})
            CALL (k, o) {
              WITH k, o WHERE k IS NOT NULL AND o IS NOT NULL
              MERGE (o)-[:RESPONSIBLE_FOR]->(k)
            }
            RETURN k IS NOT NULL AS list, o IS NOT NULL AS officer
            """;

    /** What assigning an officer found. */
    public enum Assignment { ASSIGNED, NO_SUCH_LIST, NO_SUCH_OFFICER }

    private final Driver driver;
    private final SessionConfig sessionConfig;

    public KeyListWriter(Driver driver, String database) {
        this.driver = driver;
        this.sessionConfig = database == null || database.isBlank()
                ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
    }

    /**
     * Creates the list with its members, recording the change as {@code actor}; false, and nothing written, when a
     * list of that name exists.
     */
    public boolean create(String name, String segment, String industry, List<String> usccs, String actor) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> {
                if (tx.run("MATCH (k:KeyList {name: $name}) RETURN count(k) AS n", Map.of("name", name))
                        .single().get("n").asLong() > 0) {
                    return false;
                }
                Map<String, Object> parameters = new java.util.HashMap<>();
                parameters.put("name", name);
                parameters.put("segment", segment);
                parameters.put("industry", industry);
                parameters.put("usccs", usccs);
                tx.run(CREATE, parameters).consume();
                Map<String, Object> after = new java.util.HashMap<>(parameters);
                after.put("usccs", usccs.size() + " firms");
                AuditTrail.record(tx, actor, "KeyList", name, null, after);
                return true;
            });
        }
    }

    /** Makes the officer responsible for the list, recording the change as {@code actor} when it is made. */
    public Assignment assign(String listName, String officerId, String actor) {
        try (Session session = driver.session(sessionConfig)) {
            Record r = session.executeWrite(tx -> {
                Record result = tx.run(ASSIGN, Map.of("list", listName, "officer", officerId)).single();
                if (result.get("list").asBoolean() && result.get("officer").asBoolean()) {
                    AuditTrail.record(tx, actor, "KeyListOfficer", listName + "/" + officerId, null,
                            Map.of("list", listName, "officer", officerId));
                }
                return result;
            });
            return !r.get("list").asBoolean() ? Assignment.NO_SUCH_LIST
                    : !r.get("officer").asBoolean() ? Assignment.NO_SUCH_OFFICER : Assignment.ASSIGNED;
        }
    }
}
