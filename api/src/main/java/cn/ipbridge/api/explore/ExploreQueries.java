package cn.ipbridge.api.explore;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.system.NotFoundException;

/**
 * Neighbourhoods, shortest paths and what two firms share, one query each. Path lengths are part of the Cypher
 * text because Cypher takes no parameter there; they are validated integers, never client text. The firms' derived
 * profile links ({@code ACTIVE_IN}, {@code ACTIVE_IN_SUBCLASS}, {@code IN_FIELDS_OF}) are left out of paths: they
 * would stand in for the patents that explain them; nor is a research patent's {@code RESEARCH_PATENT_IN}, its main
 * class a second time.
 * Every statement sees only the nodes the caller may see ({@link VisibleNodes}): a start node outside the scope is
 * "not found", and a path is followed only through visible nodes.
 */
@Repository
@Transactional(readOnly = true)
class ExploreQueries {

    /** The derived links, left out of every path (a Cypher list; fixed text, no client value). */
    private static final String DERIVED = "['ACTIVE_IN', 'ACTIVE_IN_SUBCLASS', 'IN_FIELDS_OF', 'RESEARCH_PATENT_IN']";

    private static final String NODES_AND_EDGES = """
            CALL (nodes) {
              UNWIND nodes AS a
              MATCH (a)-[r]->(b)
              WHERE b IN nodes AND ($types IS NULL OR type(r) IN $types) AND NOT type(r) IN %s
              RETURN collect(DISTINCT r) AS rels
            }
            RETURN [x IN nodes | %s] AS nodes, [r IN rels | %s] AS edges, capped
            """.formatted(DERIVED, GraphNode.cypher("x"), GraphEdge.cypher("r"));

    /** What two firms share (parameters a, b), with a slot for a scoped caller's condition ({@link #inCommonCypher}). */
    private static final String IN_COMMON_SCOPED = """
            MATCH (a:Enterprise {uscc: $a}), (b:Enterprise {uscc: $b})%%s
            CALL (a, b) {
              OPTIONAL MATCH (a)<-[:SERVES]-(i:Institution)-[:SERVES]->(b)
              RETURN collect(DISTINCT i) AS institutions
            }
            CALL (a, b) {
              OPTIONAL MATCH (a)<-[:APPLIED_BY]-(p:Patent)-[:APPLIED_BY]->(b)
              RETURN collect(DISTINCT p) AS coApplied
            }
            CALL (a, b) {
              OPTIONAL MATCH (a)<-[:APPLIED_BY]-(p:Patent)-[:CITES]-(q:Patent)-[:APPLIED_BY]->(b)
              WHERE p <> q
              RETURN collect(DISTINCT p) + collect(DISTINCT q) AS citing
            }
            CALL (a, b) {
              OPTIONAL MATCH (a)-[:ACTIVE_IN_SUBCLASS]->(s:IpcClass)<-[:ACTIVE_IN_SUBCLASS]-(b)
              RETURN collect(DISTINCT s) AS fields
            }
            WITH a, b, institutions, coApplied, citing, fields,
                 [a, b] + institutions + coApplied + citing + fields AS nodes, false AS capped
            CALL (nodes) {
              UNWIND nodes AS x
              MATCH (x)-[r:SERVES|APPLIED_BY|CITES]->(y) WHERE y IN nodes
              RETURN collect(DISTINCT r) AS direct
            }
            CALL (a, b, fields) {
              UNWIND [a, b] AS firm
              UNWIND fields AS s
              RETURN collect({type: 'HAS_PATENTS_IN', source: %s, target: %s}) AS derived
            }
            RETURN [i IN institutions | i.name] AS institutions,
                   [p IN coApplied | p.applicationNumber] AS coApplied,
                   [p IN citing | p.applicationNumber] AS citing,
                   [s IN fields | s.code] AS fields,
                   [x IN nodes | %s] AS nodes, [r IN direct | %s] + derived AS edges
            """.formatted(NodeId.cypher("firm"), NodeId.cypher("s"), GraphNode.cypher("x"),
                    GraphEdge.cypher("r"));

    /** What two firms share, for ADMIN and STAFF (parameters a, b): what the benchmark's floor runs. */
    static final String IN_COMMON = inCommonCypher(RowScope.unrestrictedScope());

    private final Neo4jClient client;

    ExploreQueries(Neo4jClient client) {
        this.client = client;
    }

    static String inCommonCypher(RowScope scope) {
        return IN_COMMON_SCOPED.formatted(scope.unrestricted() ? ""
                : " WHERE " + scope.firm("a") + " AND " + scope.firm("b"));
    }

    /** The neighbourhood statement for ADMIN and STAFF (parameters key, labels, types, cap, fetch). */
    static String neighbourhoodCypher(NodeId start, int depth) {
        return neighbourhoodCypher(start, depth, RowScope.unrestrictedScope());
    }

    /** The neighbourhood statement (parameters key, labels, types, cap, fetch): what the benchmark's floor runs. */
    static String neighbourhoodCypher(NodeId start, int depth, RowScope scope) {
        return """
            MATCH %s%s
            CALL (n) {
              MATCH path = (n)-[rels*1..%d]-(m)
              WHERE m <> n AND all(r IN rels WHERE NOT type(r) IN %s)
                AND ($types IS NULL OR all(r IN rels WHERE type(r) IN $types))
                AND ($labels IS NULL OR all(x IN nodes(path)[1..] WHERE any(l IN labels(x) WHERE l IN $labels)))%s
              RETURN DISTINCT m LIMIT $fetch
            }
            WITH n, collect(m) AS found
            WITH [n] + found[..$cap] AS nodes, size(found) > $cap AS capped
            """.formatted(start.pattern("n", "key"), visible(scope, " WHERE ", "n"), depth, DERIVED,
                visible(scope, "\n    AND all(x IN nodes(path)[1..] WHERE ", "x", ")")) + NODES_AND_EDGES;
    }

    /** The shortest-path statement for ADMIN and STAFF (parameters from, to, types). */
    static String shortestPathCypher(NodeId from, NodeId to, int maxLength) {
        return shortestPathCypher(from, to, maxLength, RowScope.unrestrictedScope());
    }

    /** The shortest-path statement (parameters from, to, types): what the benchmark's floor runs. */
    static String shortestPathCypher(NodeId from, NodeId to, int maxLength, RowScope scope) {
        return """
            MATCH %s, %s%s
            OPTIONAL MATCH path = shortestPath((a)-[*..%d]-(b))
            WHERE all(r IN relationships(path) WHERE ($types IS NULL OR type(r) IN $types)
                                                 AND NOT type(r) IN %s)%s
            WITH CASE WHEN path IS NULL THEN [] ELSE nodes(path) END AS nodes, false AS capped
            """.formatted(from.pattern("a", "from"), to.pattern("b", "to"),
                visible(scope, " WHERE ", "a", " AND " + VisibleNodes.predicate(scope, "b")), maxLength, DERIVED,
                visible(scope, "\n  AND all(x IN nodes(path) WHERE ", "x", ")")) + NODES_AND_EDGES;
    }

    /** Nothing for ADMIN and STAFF (their statements stay as they were), else the visibility of {@code x}. */
    private static String visible(RowScope scope, String before, String x, String... after) {
        return scope.unrestricted() ? "" : before + VisibleNodes.predicate(scope, x) + String.join("", after);
    }

    Subgraph neighbourhood(NodeId start, int depth, List<String> labels, List<String> types, int cap,
                           RowScope scope) {
        Map<String, Object> parameters = scope.parameter();
        parameters.put("key", start.key());
        parameters.put("labels", labels);
        parameters.put("types", types);
        parameters.put("cap", cap);
        parameters.put("fetch", cap + 1);
        return client.query(neighbourhoodCypher(start, depth, scope))
                .bindAll(parameters).fetchAs(Subgraph.class)
                .mappedBy((t, r) -> Subgraph.from(r.get("nodes"), r.get("edges"), r.get("capped").asBoolean()))
                .one().orElseThrow(() -> new NotFoundException("No node " + start));
    }

    Subgraph shortestPath(NodeId from, NodeId to, int maxLength, List<String> types, RowScope scope) {
        Map<String, Object> parameters = scope.parameter();
        parameters.put("from", from.key());
        parameters.put("to", to.key());
        parameters.put("types", types);
        return client.query(shortestPathCypher(from, to, maxLength, scope))
                .bindAll(parameters).fetchAs(Subgraph.class)
                .mappedBy((t, r) -> Subgraph.from(r.get("nodes"), r.get("edges"), false))
                .one().orElseThrow(() -> new NotFoundException("No node " + from + " or no node " + to));
    }

    InCommon inCommon(String a, String b, RowScope scope) {
        Map<String, Object> parameters = scope.parameter();
        parameters.put("a", a);
        parameters.put("b", b);
        return client.query(inCommonCypher(scope))
                .bindAll(parameters).fetchAs(InCommon.class)
                .mappedBy((t, r) -> new InCommon(r.get("institutions").asList(v -> v.asString()),
                        r.get("coApplied").asList(v -> v.asString()), r.get("citing").asList(v -> v.asString()),
                        r.get("fields").asList(v -> v.asString()),
                        Subgraph.from(r.get("nodes"), r.get("edges"), false)))
                .one().orElseThrow(() -> new NotFoundException("No enterprise " + a + " or no enterprise " + b));
    }
}
