package cn.ipbridge.api.operations;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.system.Connection;
import cn.ipbridge.api.system.Page;

/**
 * Reads the audit trail, newest first (ties broken by id, so pages are stable), only the changes of the caller's
 * rows ({@link RowScope}), inside the Cypher. A change names its record by {@code entity} (a label, or
 * Registration, Attendance, Assignment) and {@code key}; a scoped caller sees a change when that record is in its
 * scope now: an Enterprise, Event, FinancingDeal or ServiceCase by the RowScope predicate; a Visit or BestCase by
 * its firm; a Trademark by its owner; a Registration, Attendance or Assignment ({@code …/uscc}) by its firm. Any
 * other entity (notices, key lists, topics, accounts, tokens) is for ADMIN and STAFF only. A visit's before and
 * after hold the officer's notes, which only ADMIN, STAFF and OFFICER read (Visit.notes), so a scoped caller gets
 * them null.
 */
@Repository
@Transactional(readOnly = true)
class ChangeQueries {

    private static final String CHANGES = """
            MATCH (c:Change)
            WHERE ($entity IS NULL OR c.entity = $entity) AND ($key IS NULL OR c.key = $key)
              AND ($since IS NULL OR c.at >= $since) AND %1$s
            WITH c ORDER BY c.at DESC, c.id DESC SKIP $offset LIMIT $limit
            RETURN c {.*, before: CASE WHEN %2$s OR c.entity <> 'Visit' THEN c.before END,
                          after: CASE WHEN %2$s OR c.entity <> 'Visit' THEN c.after END} AS c
            """;

    /** The record of change {@code c} is in scope; %1$s over {@code e} (a firm), then event, deal, case. */
    private static final String IN_SCOPE = """
            CASE
              WHEN c.entity = 'Enterprise' THEN EXISTS { MATCH (e:Enterprise {uscc: c.key}) WHERE %1$s }
              WHEN c.entity IN ['Registration', 'Attendance', 'Assignment']
                THEN EXISTS { MATCH (e:Enterprise {uscc: last(split(c.key, '/'))}) WHERE %1$s }
              WHEN c.entity = 'Visit' THEN EXISTS { MATCH (:Visit {id: c.key})-[:AT]->(e:Enterprise) WHERE %1$s }
              WHEN c.entity = 'BestCase'
                THEN EXISTS { MATCH (:BestCase {id: c.key})-[:ABOUT]->(e:Enterprise) WHERE %1$s }
              WHEN c.entity = 'Trademark'
                THEN EXISTS { MATCH (e:Enterprise)-[:OWNS]->(:Trademark {registrationNumber: c.key}) WHERE %1$s }
              WHEN c.entity = 'Event' THEN EXISTS { MATCH (ev:Event {id: c.key}) WHERE %2$s }
              WHEN c.entity = 'FinancingDeal' THEN EXISTS { MATCH (d:FinancingDeal {id: c.key}) WHERE %3$s }
              WHEN c.entity = 'ServiceCase' THEN EXISTS { MATCH (sc:ServiceCase {id: c.key}) WHERE %4$s }
              ELSE false
            END""";

    private final Neo4jClient client;

    ChangeQueries(Neo4jClient client) {
        this.client = client;
    }

    Connection<Change> changes(String entity, String key, ZonedDateTime since, Page page, RowScope scope) {
        Map<String, Object> parameters = scope.parameter();
        parameters.put("entity", entity);
        parameters.put("key", key);
        parameters.put("since", since);
        parameters.put("offset", page.offset());
        parameters.put("limit", page.first() + 1);
        var fetched = client.query(CHANGES.formatted(inScope(scope), scope.unrestricted())).bindAll(parameters)
                .fetchAs(Change.class)
                .mappedBy((x, r) -> Change.from(r.get("c"))).all();
        return Connection.of(List.copyOf(fetched), page, null);
    }

    private static String inScope(RowScope scope) {
        return scope.unrestricted() ? "true"
                : IN_SCOPE.formatted(scope.firm("e"), scope.event("ev"), scope.deal("d"), scope.serviceCase("sc"));
    }
}
