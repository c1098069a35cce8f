package cn.ipbridge.api.keylists;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers (知识产权特派员) to pick from when making one responsible for a key list: by a substring of their
 * name or id, in name order. There are a few hundred at most, so a scan with CONTAINS is cheap.
 */
@Repository
@Transactional(readOnly = true)
class OfficerDirectory {

    static final int MAX_FIRST = 100;

    private final Neo4jClient client;

    OfficerDirectory(Neo4jClient client) {
        this.client = client;
    }

    List<KeyList.Officer> find(String text, int first) {
        return List.copyOf(client.query("""
                        MATCH (o:Officer)
                        WHERE $text = '' OR o.name CONTAINS $text OR o.id CONTAINS $text
                        RETURN o.id AS id, o.name AS name
                        ORDER BY o.name, o.id LIMIT $first""")
                .bindAll(Map.of("text", text == null ? "" : text.strip(), "first", first))
                .fetchAs(KeyList.Officer.class)
                .mappedBy((t, r) -> new KeyList.Officer(r.get("id").asString(), r.get("name").asString(null)))
                .all());
    }
}
