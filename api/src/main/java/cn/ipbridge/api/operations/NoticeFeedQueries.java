package cn.ipbridge.api.operations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.system.Values;

/** Reads the newest notices for the feeds, with how many firms each reached. */
@Repository
@Transactional(readOnly = true)
class NoticeFeedQueries {

    /** A notice as the feeds show it. */
    record FeedNotice(String id, String title, String kind, String body, LocalDate published, long reached) {
    }

    private static final String NEWEST = """
            MATCH (n:Notice)
            WITH n ORDER BY n.published DESC, n.id DESC LIMIT $limit
            RETURN n {.id, .title, .kind, .body, .published, reached: COUNT { (n)-[:REACHED]->(:Enterprise) }} AS n
            """;

    private final Neo4jClient client;

    NoticeFeedQueries(Neo4jClient client) {
        this.client = client;
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
