package cn.ipbridge.api.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.patent.Patent;
import cn.ipbridge.api.taxonomy.IpcClass;

/** Queries the full-text indexes of the chosen kinds in one statement and merges the hits by score. */
@Repository
@Transactional(readOnly = true)
class SearchQueries {

    private final Neo4jClient client;

    SearchQueries(Neo4jClient client) {
        this.client = client;
    }

    List<SearchHit> search(String luceneQuery, List<SearchKind> kinds, int first) {
        String branches = kinds.stream().map(SearchQueries::branch).collect(Collectors.joining("\nUNION ALL\n"));
        String cypher = """
                CALL () {
                %s
                }
                RETURN kind, key, label, labels, score, node
                ORDER BY score DESC, key LIMIT $first
                """.formatted(branches);
        return client.query(cypher).bindAll(Map.of("q", luceneQuery, "first", first))
                .fetchAs(SearchHit.class).mappedBy((t, r) -> hit(r.get("kind").asString(), r.get("key").asString(),
                        r.get("label"), r.get("labels"), r.get("score").asDouble(), r.get("node")))
                .all().stream().toList();
    }

    private static String branch(SearchKind kind) {
        String node = switch (kind) {
            case ENTERPRISE -> Enterprise.PROJECTION.replace("e {", "node {").replace("(e)", "(node)");
            case PATENT -> "node {.*}";
            case IPC_CLASS -> "node " + IpcClass.PROJECTION;
            case ORGANISATION -> "null";
        };
        return """
                  CALL db.index.fulltext.queryNodes('%s', $q, {limit: $first}) YIELD node, score
                  RETURN '%s' AS kind, %s AS key, %s AS label, labels(node) AS labels, score, %s AS node"""
                .formatted(kind.index, kind.name(), kind.key, kind.label, node);
    }

    private static SearchHit hit(String kind, String key, Value label, Value labels, double score, Value node) {
        SearchKind k = SearchKind.valueOf(kind);
        return new SearchHit(k, key, label.isNull() ? key : label.asString(), labels.asList(Value::asString), score,
                k == SearchKind.ENTERPRISE ? Enterprise.from(node) : null,
                k == SearchKind.PATENT ? Patent.from(node) : null,
                k == SearchKind.IPC_CLASS ? IpcClass.from(node) : null);
    }

}
