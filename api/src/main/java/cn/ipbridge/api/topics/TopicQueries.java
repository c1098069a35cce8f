package cn.ipbridge.api.topics;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.patent.Patent;
import cn.ipbridge.api.system.Connection;
import cn.ipbridge.api.system.Page;

/** Reads topics, their statistics, a page of their patents and their export rows. Patents go by application number. */
@Repository
@Transactional(readOnly = true)
class TopicQueries {

    /** Each count in a subquery of its own: aggregating inside a map projection is not allowed. */
    private static final String STATISTICS = """
            MATCH (t:Topic {name: $name})
            CALL (t) { MATCH (t)-[:CONTAINS]->(p:Patent) WITH p.filingDate.year AS k, count(*) AS n ORDER BY k
                       RETURN collect({key: toString(k), count: n}) AS byYear }
            CALL (t) { MATCH (t)-[:CONTAINS]->(p:Patent) WITH p.type AS k, count(*) AS n ORDER BY n DESC, k
                       RETURN collect({key: k, count: n}) AS byType }
            CALL (t) { MATCH (t)-[:CONTAINS]->(p:Patent) WITH p.legalStatus AS k, count(*) AS n ORDER BY n DESC, k
                       RETURN collect({key: k, count: n}) AS byLegalStatus }
            CALL (t) { MATCH (t)-[:CONTAINS]->(p:Patent)-[:APPLIED_BY]->(o)
                       WITH o.name AS k, count(DISTINCT p) AS n ORDER BY n DESC, k LIMIT $top
                       RETURN collect({key: k, count: n}) AS topApplicants }
            CALL (t) { MATCH (t)-[:CONTAINS]->(p:Patent)-[:CLASSIFIED_AS]->(:IpcClass)
                             -[:PARENT*0..2]->(s:IpcClass {level: 'SUBCLASS'})
                       WITH s.code AS k, count(DISTINCT p) AS n ORDER BY n DESC, k LIMIT $top
                       RETURN collect({key: k, count: n}) AS topIpcSubclasses }
            RETURN {count: COUNT { (t)-[:CONTAINS]->(:Patent) }, byYear: byYear, byType: byType,
                    byLegalStatus: byLegalStatus, topApplicants: topApplicants,
                    topIpcSubclasses: topIpcSubclasses} AS statistics
            """;

    /** One row per patent for the exports: what a reader of a spreadsheet expects, applicants in filing order. */
    private static final String EXPORT = """
            MATCH (:Topic {name: $name})-[:CONTAINS]->(p:Patent)
            WITH p ORDER BY p.applicationNumber
            RETURN [p.applicationNumber, p.title, p.type, p.legalStatus, toString(p.filingDate),
                    coalesce(toString(p.grantDate), ''),
                    reduce(s = '', n IN COLLECT { MATCH (p)-[a:APPLIED_BY]->(o) RETURN o.name ORDER BY a.order }
                           | s + CASE s WHEN '' THEN '' ELSE '; ' END + n),
                    coalesce([(p)-[:CLASSIFIED_AS {main: true}]->(c:IpcClass) | c.code][0], '')] AS row
            """;

    static final List<String> EXPORT_HEADER = List.of("申请号 Application number", "名称 Title", "类型 Type",
            "法律状态 Legal status", "申请日 Filing date", "授权日 Grant date", "申请人 Applicants", "主分类号 Main IPC");

    private final Neo4jClient client;

    TopicQueries(Neo4jClient client) {
        this.client = client;
    }

    Optional<Topic> byName(String name) {
        return client.query("MATCH (t:Topic {name: $name}) RETURN " + Topic.PROJECTION + " AS t").bind(name)
                .to("name").fetchAs(Topic.class).mappedBy((x, r) -> Topic.from(r.get("t"))).one();
    }

    TopicStatistics statistics(String name, int top) {
        return client.query(STATISTICS).bindAll(Map.of("name", name, "top", top)).fetchAs(TopicStatistics.class)
                .mappedBy((x, r) -> TopicStatistics.from(r.get("statistics"))).one().orElseThrow();
    }

    Connection<Patent> patents(String name, Page page, Long total) {
        var fetched = client.query("""
                        MATCH (:Topic {name: $name})-[:CONTAINS]->(p:Patent)
                        WITH p ORDER BY p.applicationNumber SKIP $offset LIMIT $limit
                        RETURN %s AS p""".formatted(Patent.PROJECTION))
                .bindAll(Map.of("name", name, "offset", page.offset(), "limit", page.first() + 1))
                .fetchAs(Patent.class).mappedBy((x, r) -> Patent.from(r.get("p"))).all();
        return Connection.of(List.copyOf(fetched), page, total);
    }

    List<List<String>> exportRows(String name) {
        return client.query(EXPORT).bind(name).to("name").fetch().all().stream()
                .map(r -> ((List<?>) r.get("row")).stream().map(v -> v == null ? "" : v.toString()).toList())
                .toList();
    }
}
