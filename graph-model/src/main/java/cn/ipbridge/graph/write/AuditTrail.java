package cn.ipbridge.graph.write;

import java.util.HashMap;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

/**
 * Writes one audit {@code Change} (who, when, what it was before, what it became) inside the transaction of the
 * change it records, so the trail and the graph cannot disagree.
 */
final class AuditTrail {

    private static final String CHANGE = """
            CREATE (c:Change {id: randomUUID(), at: datetime(), actor: $actor, action: $action, entity: $entity,
                              key: $key, before: $before, after: $after})
            RETURN c {.*} AS change
            """;

    private AuditTrail() {
    }

    /** A CREATE when {@code before} is null, else an UPDATE; returns the {@code Change} as written. */
    static Map<String, Object> record(TransactionContext tx, String actor, String entity, String key,
                                      Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> audit = new HashMap<>();
        audit.put("actor", actor == null || actor.isBlank() ? "anonymous" : actor);
        audit.put("action", before == null ? "CREATE" : "UPDATE");
        audit.put("entity", entity);
        audit.put("key", key);
        audit.put("before", before == null ? null : JsonText.of(before));
        audit.put("after", JsonText.of(after));
        return tx.run(CHANGE, audit).single().get("change").asMap();
    }
}
