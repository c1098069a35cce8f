package cn.ipbridge.graph.write;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Writes topic databases (专题数据库): a {@code Topic} keeps its defining query as properties, and a refresh
 * materialises the patents matching it as {@code (Topic)-[:CONTAINS]->(Patent)}. The membership statement is
 * fixed text that reads the definition from the node, so no client value ever becomes Cypher. One transaction
 * per call: a refresh replaces the old membership whole or not at all.
 */
public final class TopicWriter {

    /** A topic's query; empty lists and null dates mean "any". Patents match when every given part matches. */
    public record Definition(List<String> ipcClasses, List<String> keywords, List<String> applicants,
                             List<String> districts, LocalDate filedFrom, LocalDate filedTo,
                             List<String> legalStatuses) {
        public Definition {
            ipcClasses = ipcClasses == null ? List.of() : List.copyOf(ipcClasses);
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
            applicants = applicants == null ? List.of() : List.copyOf(applicants);
            districts = districts == null ? List.of() : List.copyOf(districts);
            legalStatuses = legalStatuses == null ? List.of() : List.copyOf(legalStatuses);
        }
    }

    private static final String DEFINE = """
            MERGE (t:Topic {name: $name})
            SET t.ipcClasses = $ipcClasses, t.keywords = $keywords, t.applicants = $applicants,
                t.districts = $districts, t.filedFrom = $filedFrom, t.filedTo = $filedTo,
                t.legalStatuses = $legalStatuses, t.defined = datetime(), t.refreshed = null, t.size = null
            WITH t
            CALL (t) { MATCH (t)-[c:CONTAINS]->() DELETE c }
            """;

    private static final String REFRESH = """
            MATCH (t:Topic {name: $name})
            CALL (t) { MATCH (t)-[c:CONTAINS]->() DELETE c }
            CALL (t) {
              MATCH (p:Patent)
              WHERE (size(t.ipcClasses) = 0 OR EXISTS { (p)-[:CLASSIFIED_AS]->(:IpcClass)-[:PARENT*0..4]->(a:IpcClass)
                                                       WHERE a.code IN t.ipcClasses })
                AND (size(t.keywords) = 0
                     OR any(k IN t.keywords WHERE p.title CONTAINS k OR coalesce(p.abstract, '') CONTAINS k))
                AND (size(t.applicants) = 0 OR EXISTS { (p)-[:APPLIED_BY]->(o)
                                                       WHERE o.name IN t.applicants OR o.uscc IN t.applicants })
                AND (size(t.districts) = 0 OR EXISTS { (p)-[:APPLIED_BY]->()-[:LOCATED_IN]->(d:District)
                                                      WHERE d.adcode IN t.districts OR d.name IN t.districts })
                AND (t.filedFrom IS NULL OR p.filingDate >= t.filedFrom)
                AND (t.filedTo IS NULL OR p.filingDate <= t.filedTo)
                AND (size(t.legalStatuses) = 0 OR p.legalStatus IN t.legalStatuses)
              CREATE (t)-[:CONTAINS]->(p)
              RETURN count(p) AS size
            }
            SET t.size = size, t.refreshed = datetime()
            RETURN size
            """;

    private final Driver driver;
    private final SessionConfig sessionConfig;

    public TopicWriter(Driver driver, String database) {
        this.driver = driver;
        this.sessionConfig = database == null || database.isBlank()
                ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
    }

    /**
     * Creates the topic, or replaces its definition and drops its (now stale) membership, recording the change as
     * {@code actor}.
     */
    public void define(String name, Definition query, String actor) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("name", name);
        parameters.put("ipcClasses", query.ipcClasses());
        parameters.put("keywords", query.keywords());
        parameters.put("applicants", query.applicants());
        parameters.put("districts", query.districts());
        parameters.put("filedFrom", query.filedFrom());
        parameters.put("filedTo", query.filedTo());
        parameters.put("legalStatuses", query.legalStatuses());
        try (Session session = driver.session(sessionConfig)) {
            session.executeWrite(tx -> {
                List<org.neo4j.driver.Record> was = tx.run("""
                        MATCH (t:Topic {name: $name})
                        RETURN t {.ipcClasses, .keywords, .applicants, .districts, .filedFrom, .filedTo,
                                  .legalStatuses} AS record
                        """, Map.of("name", name)).list();
                tx.run(DEFINE, parameters).consume();
                Map<String, Object> after = new HashMap<>(parameters);
                AuditTrail.record(tx, actor, "Topic", name, was.isEmpty() ? null : was.get(0).get("record").asMap(),
                        after);
                return null;
            });
        }
    }

    /** Materialises the membership; the number of patents, or empty when there is no such topic. */
    public Optional<Long> refresh(String name) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> {
                var result = tx.run(REFRESH, Map.of("name", name)).list();
                return result.isEmpty() ? Optional.empty() : Optional.of(result.get(0).get("size").asLong());
            });
        }
    }
}
