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
import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.taxonomy.IpcClass;

/** Queries the full-text indexes of the chosen kinds in one statement and merges the hits by score. */
@Repository
@Transactional(readOnly = true)
class SearchQueries {

    private final Neo4jClient client;

    SearchQueries(Neo4jClient client) {
        this.client = client;
    }

    /**
     * Firm hits only within {@code scope}: for a scoped role the index is asked for all firm hits, then scoped. The
     * hit's firm, patent or IPC class is read only {@code withNodes} (a list of labels and scores needs none).
     */
    List<SearchHit> search(String luceneQuery, List<SearchKind> kinds, int first, RowScope scope, boolean withNodes) {
        String branches = kinds.stream().map(kind -> branch(kind, scope, withNodes))
                .collect(Collectors.joining("\nUNION ALL\n"));
        Map<String, Object> parameters = scope.parameter();
        parameters.put("q", luceneQuery);
        parameters.put("first", first);
        String cypher = """
                CALL () {
                %s
                }
                RETURN kind, key, label, labels, score, node
                ORDER BY score DESC, key LIMIT $first
                """.formatted(branches);
        return client.query(cypher).bindAll(parameters)
                .fetchAs(SearchHit.class).mappedBy((t, r) -> hit(r.get("kind").asString(), r.get("key").asString(),
                        r.get("label"), r.get("labels"), r.get("score").asDouble(), r.get("node")))
                .all().stream().toList();
    }

    private static String branch(SearchKind kind, RowScope scope, boolean withNodes) {
        String node = !withNodes ? "null" : switch (kind) {
            case ENTERPRISE -> Enterprise.PROJECTION.replace("e {", "node {").replace("(e)", "(node)");
            case PATENT -> "node {.*}";
            case IPC_CLASS -> "node " + IpcClass.PROJECTION;
            case ORGANISATION -> "null";
        };
        boolean scoped = kind == SearchKind.ENTERPRISE && !scope.unrestricted();
        return """
                  CALL db.index.fulltext.queryNodes('%s', $q, %s) YIELD node, score
                  %s
                  RETURN '%s' AS kind, %s AS key, %s AS label, labels(node) AS labels, score, %s AS node"""
                .formatted(kind.index, scoped ? "{}" : "{limit: $first}", scoped ? "WHERE " + scope.firm("node") : "",
                        kind.name(), kind.key, kind.label, node);
    }

    private static SearchHit hit(String kind, String key, Value label, Value labels, double score, Value node) {
        SearchKind k = SearchKind.valueOf(kind);
        return new SearchHit(k, key, label.isNull() ? key : label.asString(), labels.asList(Value::asString), score,
                k == SearchKind.ENTERPRISE ? Enterprise.from(node) : null,
                k == SearchKind.PATENT ? Patent.from(node) : null,
                k == SearchKind.IPC_CLASS ? IpcClass.from(node) : null);
    }

}
