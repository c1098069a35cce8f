package cn.ipbridge.api.keylists;

import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.system.Connection;
import cn.ipbridge.api.system.Page;

/**
 * Reads saved key lists and a page of their members (by credit code), counting and listing only the members in
 * the caller's {@link RowScope} inside the Cypher.
 */
@Repository
@Transactional(readOnly = true)
class KeyListQueries {

    private final Neo4jClient client;

    KeyListQueries(Neo4jClient client) {
        this.client = client;
    }

    /** The list, sized by the firms in {@code scope}. */
    Optional<KeyList> byName(String name, RowScope scope) {
        Map<String, Object> parameters = scope.parameter();
        parameters.put("name", name);
        return client.query("MATCH (k:KeyList {name: $name}) RETURN " + KeyList.projection(scope.firm("e")) + " AS k")
                .bindAll(parameters).fetchAs(KeyList.class).mappedBy((t, r) -> KeyList.from(r.get("k"))).one();
    }

    /** A page of the members in {@code scope}; {@code size} is their number, as {@link #byName} counted it. */
    Connection<Enterprise> members(String name, int size, Page page, RowScope scope) {
        Map<String, Object> parameters = scope.parameter();
        parameters.putAll(Map.of("name", name, "offset", page.offset(), "limit", page.first() + 1));
        var fetched = client.query("""
                        MATCH (:KeyList {name: $name})-[:INCLUDES]->(e:Enterprise) WHERE %s
                        WITH e ORDER BY e.uscc SKIP $offset LIMIT $limit
                        RETURN %s AS e""".formatted(scope.firm("e"), Enterprise.PROJECTION))
                .bindAll(parameters)
                .fetchAs(Enterprise.class).mappedBy((t, r) -> Enterprise.from(r.get("e"))).all();
        return Connection.of(java.util.List.copyOf(fetched), page, (long) size);
    }
}
