package cn.ipbridge.api.operations;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.system.Connection;
import cn.ipbridge.api.system.Page;

/** Reads the audit trail, newest first (ties broken by id, so pages are stable). */
@Repository
@Transactional(readOnly = true)
class ChangeQueries {

    private static final String CHANGES = """
            MATCH (c:Change)
            WHERE ($entity IS NULL OR c.entity = $entity) AND ($key IS NULL OR c.key = $key)
              AND ($since IS NULL OR c.at >= $since)
            WITH c ORDER BY c.at DESC, c.id DESC SKIP $offset LIMIT $limit
            RETURN c {.*} AS c
            """;

    private final Neo4jClient client;

    ChangeQueries(Neo4jClient client) {
        this.client = client;
    }

    Connection<Change> changes(String entity, String key, ZonedDateTime since, Page page) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("entity", entity);
        parameters.put("key", key);
        parameters.put("since", since);
        parameters.put("offset", page.offset());
        parameters.put("limit", page.first() + 1);
        var fetched = client.query(CHANGES).bindAll(parameters).fetchAs(Change.class)
                .mappedBy((x, r) -> Change.from(r.get("c"))).all();
        return Connection.of(List.copyOf(fetched), page, null);
    }
}
