package cn.ipbridge.api.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import cn.ipbridge.api.explore.ExploreStatements;
import cn.ipbridge.api.matching.MatchingStatements;
import cn.ipbridge.api.system.FullTextQuery;

/**
 * The fixed mix of scripts/bench. Each query comes in many variants (other districts, industries, firms, search
 * terms) taken from the graph, so no run measures one cached answer. For each: the IPBridge document, the Cypher
 * that returns the same data in one statement (the floor), and the peer's document where it can express it. The
 * floor is the best single statement we know for that data: it starts from the district or industry node and reads
 * the firms' derived patent counts, as IPBridge does, so IPBridge / floor measures the GraphQL layer, not a plan.
 */
final class SuiteQueries {

    private static final String NESTED_FLOOR = """
            MATCH (:District {adcode: $district})<-[:LOCATED_IN]-(e:Enterprise)
            WITH e ORDER BY e.name, e.uscc LIMIT 50
            CALL (e) {
              MATCH (e)<-[:APPLIED_BY]-(p:Patent)
              WITH p ORDER BY p.filingDate DESC, p.applicationNumber LIMIT 20
              RETURN collect(p {.applicationNumber, .title,
                                ipcClasses: [(p)-[:CLASSIFIED_AS]->(c:IpcClass) | c {.code, .titleZh}]}) AS patents
            }
            RETURN e {.uscc, .name} AS enterprise, patents""";
    private static final String COUNT_FLOOR = """
            MATCH (:Industry {code: $industry})<-[:IN_INDUSTRY]-(e:Enterprise)
            WHERE e.srdiLevel IN $levels AND e.grantedInventionCount > 0
            RETURN count(e) AS total""";
    private static final String ORDER_FLOOR = """
            MATCH (:District {adcode: $district})<-[:LOCATED_IN]-(e:Enterprise)
            WITH e, coalesce(e.patentCount, 0) AS patents
            ORDER BY patents DESC, e.uscc LIMIT 20
            RETURN e.uscc AS uscc, e.name AS name, patents""";
    private static final String SEARCH_FLOOR = """
            CALL db.index.fulltext.queryNodes('enterprise_fulltext', $q, {limit: 20}) YIELD node, score
            RETURN node.uscc AS uscc, node.name AS name, score ORDER BY score DESC, uscc LIMIT 20""";

    private SuiteQueries() {
    }

    static List<SuiteQuery> all(Driver driver) {
        List<String> firms = strings(driver, """
                MATCH (e:Enterprise) WHERE EXISTS { (e)<-[:APPLIED_BY]-(:Patent) }
                RETURN e.uscc ORDER BY e.uscc LIMIT 40""");
        List<String> names = strings(driver, "MATCH (e:Enterprise) RETURN e.name ORDER BY e.uscc LIMIT 60");
        List<String> districts = strings(driver,
                "MATCH (d:District)<-[:LOCATED_IN]-(:Enterprise) RETURN DISTINCT d.adcode ORDER BY d.adcode");
        List<String> industries = strings(driver, "MATCH (i:Industry) RETURN i.code ORDER BY i.code");
        List<String> institutions = strings(driver, "MATCH (i:Institution) RETURN i.name ORDER BY i.name LIMIT 20");
        List<String> funders = strings(driver, "MATCH (f:Funder) RETURN f.name ORDER BY f.name LIMIT 20");
        if (firms.size() < 2 || districts.isEmpty() || industries.isEmpty() || institutions.isEmpty()
                || funders.isEmpty()) {
            throw new IllegalStateException("the graph lacks firms with patents, districts, industries, institutions"
                    + " or funders to measure (generate one first: scripts/generate --size demo)");
        }
        List<SuiteQuery> queries = new ArrayList<>();
        queries.add(nested(districts));
        queries.add(totalCount(industries));
        queries.add(orderByAggregate(districts));
        queries.add(search(names));
        for (String field : List.of("institutionsForEnterprise", "fundersForEnterprise", "patentsForEnterprise",
                "expertsForEnterprise", "officersForEnterprise")) {
            queries.add(new SuiteQuery(field, firms.stream().map(f -> MatchingStatements.forEnterprise(field, f)).toList(),
                    List.of()));
        }
        queries.add(new SuiteQuery("firmsForInstitution",
                institutions.stream().map(MatchingStatements::firmsForInstitution).toList(), List.of()));
        queries.add(new SuiteQuery("pledgeCandidatesForFunder",
                funders.stream().map(MatchingStatements::pledgeCandidatesForFunder).toList(), List.of()));
        queries.add(new SuiteQuery("neighbourhood (depth 2, 200)",
                firms.stream().map(f -> ExploreStatements.neighbourhood(f, 2, 200)).toList(), List.of()));
        List<FloorStatement> paths = new ArrayList<>();
        for (int i = 0; i + 1 < firms.size(); i += 2) {
            paths.add(ExploreStatements.shortestPath(firms.get(i), firms.get(i + 1), 4));
        }
        queries.add(new SuiteQuery("shortestPath (4)", paths, List.of()));
        return queries;
    }

    /** Enterprises of a district, first 50 by name, each with its 20 newest patents and their IPC classes. */
    private static SuiteQuery nested(List<String> districts) {
        List<FloorStatement> statements = new ArrayList<>();
        List<String> peer = new ArrayList<>();
        for (String d : districts) {
            statements.add(new FloorStatement("""
                    { enterprises(first: 50, orderBy: {field: NAME}, filter: {district: "%s"}) { edges { node {
                      uscc name patents(first: 20) { applicationNumber title ipcClasses { code titleZh } } } } } }"""
                    .formatted(d), NESTED_FLOOR, Map.of("district", d)));
            peer.add("""
                    { enterprises(limit: 50, sort: [{name: ASC}, {uscc: ASC}],
                                  where: {districts: {some: {adcode: {eq: "%s"}}}}) {
                      uscc name patents(limit: 20, sort: [{filingDate: DESC}, {applicationNumber: ASC}]) {
                        applicationNumber title ipcClasses { code titleZh } } } }""".formatted(d));
        }
        return new SuiteQuery("nested: enterprises > patents > ipcClasses (50)", statements, peer);
    }

    /** How many firms of an industry and SRDI level hold a granted invention patent. */
    private static SuiteQuery totalCount(List<String> industries) {
        List<FloorStatement> statements = new ArrayList<>();
        List<String> peer = new ArrayList<>();
        for (String industry : industries) {
            for (String level : List.of("INNOVATIVE_SME", "MUNICIPAL_SRDI", "LITTLE_GIANT")) {
                statements.add(new FloorStatement("""
                        { enterprises(first: 0, filter: {industry: "%s", srdiLevels: [%s], hasGrantedInvention: true}) {
                          totalCount } }""".formatted(industry, level), COUNT_FLOOR,
                        Map.of("industry", industry, "levels", List.of(level))));
                peer.add("""
                        { enterprisesConnection(where: {industries: {some: {code: {eq: "%s"}}}, srdiLevel: {in: ["%s"]},
                            patents: {some: {type: {eq: "INVENTION"}, legalStatus: {eq: "GRANTED"}}}}) {
                          totalCount } }""".formatted(industry, level));
            }
        }
        return new SuiteQuery("totalCount with filters", statements, peer);
    }

    /** The 20 firms of a district with the most patents (an aggregate over their APPLIED_BY links). */
    private static SuiteQuery orderByAggregate(List<String> districts) {
        List<FloorStatement> statements = new ArrayList<>();
        List<String> peer = new ArrayList<>();
        for (String d : districts) {
            statements.add(new FloorStatement("""
                    { enterprises(first: 20, orderBy: {field: PATENT_COUNT, direction: DESC}, filter: {district: "%s"}) {
                      edges { node { uscc name patentCount } } } }""".formatted(d), ORDER_FLOOR, Map.of("district", d)));
            peer.add("""
                    { enterprises(limit: 20, sort: [{appliedPatentCount: DESC}, {uscc: ASC}],
                                  where: {districts: {some: {adcode: {eq: "%s"}}}}) {
                      uscc name appliedPatentCount } }""".formatted(d));
        }
        return new SuiteQuery("order by patent count (aggregate)", statements, peer);
    }

    /** Full-text search of firm names for a Chinese word taken from a real name (the two characters after 上海). */
    private static SuiteQuery search(List<String> names) {
        List<String> terms = names.stream().map(n -> n.startsWith("上海") && n.length() >= 4 ? n.substring(2, 4)
                : n.substring(0, Math.min(2, n.length()))).distinct().toList();
        List<FloorStatement> statements = new ArrayList<>();
        List<String> peer = new ArrayList<>();
        for (String t : terms) {
            String lucene = FullTextQuery.of("text", t);
            statements.add(new FloorStatement("{ search(text: \"%s\", kinds: [ENTERPRISE], first: 20) { key label score } }"
                    .formatted(t), SEARCH_FLOOR, Map.of("q", lucene)));
            peer.add("""
                    { enterprisesByName(phrase: "%s", first: 20, sort: [{score: DESC}]) {
                      edges { score node { uscc name } } } }""".formatted(lucene.replace("\"", "\\\"")));
        }
        return new SuiteQuery("full-text search (Chinese)", statements, peer);
    }

    private static List<String> strings(Driver driver, String cypher) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher).list((Record r) -> r.get(0).asString()));
        }
    }
}
