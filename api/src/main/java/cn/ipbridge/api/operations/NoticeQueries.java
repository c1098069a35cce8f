package cn.ipbridge.api.operations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.system.Connection;
import cn.ipbridge.api.system.Page;
import cn.ipbridge.api.system.Values;

/** Reads notices: one by id, the firms it reached, and the newest for the feeds. */
@Repository
@Transactional(readOnly = true)
class NoticeQueries {

    /** A notice as the feeds show it. */
    record FeedNotice(String id, String title, String kind, String body, LocalDate published, long reached) {
    }

    private static final String NEWEST = """
            MATCH (n:Notice)
            WITH n ORDER BY n.published DESC, n.id DESC LIMIT $limit
            RETURN n {.id, .title, .kind, .body, .published, reached: COUNT { (n)-[:REACHED]->(:Enterprise) }} AS n
            """;

    private static final String NOTICE = """
            MATCH (n:Notice {id: $id})
            RETURN n {.*, reached: COUNT { (n)-[:REACHED]->(:Enterprise) }} AS n
            """;

    private static final String REACHED = """
            MATCH (:Notice {id: $id})-[:REACHED]->(e:Enterprise)
            WITH e ORDER BY e.uscc SKIP $offset LIMIT $limit
            RETURN %s AS e
            """.formatted(Enterprise.PROJECTION);

    private final Neo4jClient client;

    NoticeQueries(Neo4jClient client) {
        this.client = client;
    }

    @SuppressWarnings("unchecked")
    Optional<Map<String, Object>> byId(String id) {
        return client.query(NOTICE).bindAll(Map.of("id", id)).fetchAs(Map.class)
                .mappedBy((x, r) -> r.get("n").asMap()).one().map(m -> (Map<String, Object>) m);
    }

    Connection<Enterprise> reachedFirms(String id, Page page) {
        var fetched = client.query(REACHED).bindAll(Map.of("id", id, "offset", page.offset(),
                "limit", page.first() + 1)).fetchAs(Enterprise.class).mappedBy((x, r) -> Enterprise.from(r.get("e")))
                .all();
        return Connection.of(List.copyOf(fetched), page, null);
    }

    List<FeedNotice> newest(int limit) {
        return List.copyOf(client.query(NEWEST).bindAll(Map.of("limit", limit)).fetchAs(FeedNotice.class)
                .mappedBy((x, r) -> {
                    var n = r.get("n");
                    return new FeedNotice(Values.string(n, "id"), Values.string(n, "title"), Values.string(n, "kind"),
                            Values.string(n, "body"), Values.date(n, "published"), n.get("reached").asLong());
                }).all());
    }
}
