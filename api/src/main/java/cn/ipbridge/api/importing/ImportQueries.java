package cn.ipbridge.api.importing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import cn.ipbridge.api.system.Connection;
import cn.ipbridge.api.system.Page;

/**
 * Reads import jobs ({@code ImportJob} nodes, whichever instance took them) and the recorded imports ({@code Import}
 * nodes), newest first.
 */
@Repository
@Transactional(readOnly = true)
class ImportQueries {

    private final Neo4jClient client;
    private final JsonMapper json;

    ImportQueries(Neo4jClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    /** The job with this id as its {@code ImportJob} node records it, at any stage: one query. */
    Optional<ImportJob> job(String id) {
        return client.query("MATCH (j:ImportJob {id: $id}) RETURN j {.*} AS j").bind(id).to("id")
                .fetchAs(ImportJob.class).mappedBy((t, r) -> ImportJob.from(r.get("j"), json)).one();
    }

    Connection<RecordedImport> imports(Page page) {
        var fetched = client.query("""
                        MATCH (i:Import)
                        WITH i ORDER BY i.startedAt DESC, i.id SKIP $offset LIMIT $limit
                        RETURN %s AS i""".formatted(RecordedImport.PROJECTION))
                .bindAll(Map.of("offset", page.offset(), "limit", page.first() + 1))
                .fetchAs(RecordedImport.class).mappedBy((t, r) -> RecordedImport.from(r.get("i"))).all();
        long total = client.query("MATCH (i:Import) RETURN count(i) AS n").fetchAs(Long.class).one().orElse(0L);
        return Connection.of(List.copyOf(fetched), page, total);
    }

    /** The import with this id (a job's id is its Import node's), whichever instance wrote it. */
    Optional<RecordedImport> byId(String id) {
        return client.query("MATCH (i:Import {id: $id}) RETURN %s AS i".formatted(RecordedImport.PROJECTION))
                .bind(id).to("id")
                .fetchAs(RecordedImport.class).mappedBy((t, r) -> RecordedImport.from(r.get("i"))).one();
    }
}
