package cn.ipbridge.graph.importing;

import java.util.HashSet;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The keys of nodes that rows link to and must exist (officers, funders, institutions, events), read once when an import
 * starts, so a row naming one that is not in the graph is rejected instead of losing its link silently.
 */
final class GraphKeys {

    static final String OFFICERS = "MATCH (n:Officer) RETURN n.id AS key";
    static final String FUNDERS = "MATCH (n:Funder) RETURN n.name AS key";
    static final String INSTITUTIONS = "MATCH (n:Institution) RETURN n.name AS key";
    static final String EVENTS = "MATCH (n:Event) RETURN n.id AS key";
    static final String IPC_CLASSES = "MATCH (n:IpcClass) RETURN n.code AS key";

    private GraphKeys() {
    }

    static Set<String> load(Driver driver, SessionConfig session, String query) {
        Set<String> keys = new HashSet<>();
        try (Session s = driver.session(session)) {
            s.executeRead(tx -> {
                tx.run(query).forEachRemaining(r -> keys.add(r.get("key").asString()));
                return null;
            });
        }
        return keys;
    }
}
