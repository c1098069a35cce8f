package cn.ipbridge.graph.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * One change to a programme record and its audit {@code Change}, in one write transaction. In order: every
 * reference is checked, the record's state before is read, the write runs, and the {@code Change} is created.
 * A refused check throws {@link RecordRefusedException} before anything is written, and any failure rolls the
 * whole transaction back, so a refused or failed change leaves the graph as it was.
 */
final class AuditedWrite {

    /** Something checked before anything is written; it throws {@link RecordRefusedException} to refuse. */
    interface Check {
        void verify(TransactionContext tx, Map<String, Object> parameters);
    }

    /** A node the change needs to find ({@code mustExist}) or must not find (a key about to be created). */
    record Reference(String field, String label, String property, Object value, boolean mustExist) implements Check {

        @Override
        public void verify(TransactionContext tx, Map<String, Object> parameters) {
            // Label and property are constants of the calling writer, never user input; the value is a parameter.
            String query = "MATCH (n:" + label + " {" + property + ": $value}) RETURN count(n) > 0 AS found";
            boolean found = tx.run(query, Map.of("value", value)).single().get("found").asBoolean();
            if (found != mustExist) {
                throw new RecordRefusedException(field, mustExist
                        ? "no " + label + " with " + property + " " + value
                        : "a " + label + " with " + property + " " + value + " exists already");
            }
        }

        static Reference existing(String field, String label, String property, Object value) {
            return new Reference(field, label, property, value, true);
        }

        static Reference absent(String field, String label, String property, Object value) {
            return new Reference(field, label, property, value, false);
        }
    }

    /** A rule over what is in the graph: {@code cypher} returns one row with boolean {@code ok}. */
    record Condition(String field, String problem, String cypher) implements Check {

        @Override
        public void verify(TransactionContext tx, Map<String, Object> parameters) {
            if (!tx.run(cypher, parameters).single().get("ok").asBoolean()) {
                throw new RecordRefusedException(field, problem);
            }
        }
    }

    private final Driver driver;
    private final SessionConfig sessionConfig;

    AuditedWrite(Driver driver, String database) {
        this.driver = driver;
        this.sessionConfig = database == null || database.isBlank()
                ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
    }

    /**
     * The change is a CREATE when there was no record before, else an UPDATE.
     *
     * @param before Cypher returning the record as a map in column {@code record}, or no row; null for a creation
     * @param write  Cypher returning the record as it now is, in column {@code record}
     */
    Recorded run(String actor, String entity, String key, List<? extends Check> checks,
                 String before, String write, Map<String, Object> parameters) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeWrite(tx -> {
                for (Check check : checks) {
                    check.verify(tx, parameters);
                }
                Map<String, Object> was = before == null ? null : single(tx.run(before, parameters));
                Map<String, Object> now = single(tx.run(write, parameters));
                if (now == null) {
                    throw new IllegalStateException("the write for " + entity + " " + key + " returned nothing");
                }
                Map<String, Object> change = AuditTrail.record(tx, actor, entity, key, was, now);
                return new Recorded(now, change);
            });
        }
    }

    private static Map<String, Object> single(Result result) {
        List<Map<String, Object>> rows = new ArrayList<>();
        result.forEachRemaining(r -> rows.add(r.get("record").asMap()));
        return rows.isEmpty() ? null : rows.get(0);
    }
}
