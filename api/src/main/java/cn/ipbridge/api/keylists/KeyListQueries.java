package cn.ipbridge.api.keylists;

import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.system.Connection;
import cn.ipbridge.api.system.Page;

/** Reads saved key lists and a page of their members (by credit code). */
@Repository
@Transactional(readOnly = true)
class KeyListQueries {

    private final Neo4jClient client;

    KeyListQueries(Neo4jClient client) {
        this.client = client;
    }

    Optional<KeyList> byName(String name) {
        return client.query("MATCH (k:KeyList {name: $name}) RETURN " + KeyList.PROJECTION + " AS k")
                .bind(name).to("name").fetchAs(KeyList.class).mappedBy((t, r) -> KeyList.from(r.get("k"))).one();
    }

    Connection<Enterprise> members(String name, int size, Page page) {
        var fetched = client.query("""
                        MATCH (:KeyList {name: $name})-[:INCLUDES]->(e:Enterprise)
                        WITH e ORDER BY e.uscc SKIP $offset LIMIT $limit
                        RETURN %s AS e""".formatted(Enterprise.PROJECTION))
                .bindAll(Map.of("name", name, "offset", page.offset(), "limit", page.first() + 1))
                .fetchAs(Enterprise.class).mappedBy((t, r) -> Enterprise.from(r.get("e"))).all();
        return Connection.of(java.util.List.copyOf(fetched), page, (long) size);
    }
}
