package cn.ipbridge.api.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.security.RowScope;

/** Grouped counts and rankings; each method is one Cypher statement. */
@Repository
@Transactional(readOnly = true)
class StatisticsQueries {

    private final Neo4jClient client;

    StatisticsQueries(Neo4jClient client) {
        this.client = client;
    }

    List<CountGroup> enterpriseGroups(EnterpriseGrouping grouping) {
        return client.query(grouping.cypher)
                .fetchAs(CountGroup.class).mappedBy((t, r) -> CountGroup.from(r)).all().stream().toList();
    }

    /** {@code ipcParent}: compact IPC code whose children to count (IPC grouping); {@code uscc}: one firm's. */
    List<CountGroup> patentGroups(PatentGrouping grouping, String ipcParent, String uscc) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("parent", ipcParent);
        parameters.put("uscc", uscc);
        return client.query(grouping.cypher(uscc != null)).bindAll(parameters)
                .fetchAs(CountGroup.class).mappedBy((t, r) -> CountGroup.from(r)).all().stream().toList();
    }

    /**
     * Firms with a non-zero {@code metric}, highest first (ties by credit code), optionally in one district or
     * industry; only the firms in {@code scope} are ranked.
     */
    List<RankedEnterprise> ranking(EnterpriseMetric metric, String district, String industry, int first,
                                   RowScope scope) {
        Map<String, Object> parameters = scope.parameter();
        parameters.put("district", district);
        parameters.put("industry", industry);
        parameters.put("first", first);
        // The district, industry and a DISTRICT caller's own district start the match (index seeks and their
        // links) rather than being tested on every firm.
        String scopeStart = scope.firmsFrom("e");
        String start = (district == null ? "MATCH (e:Enterprise)" : """
                MATCH (d:District) WHERE d.adcode = $district OR d.name = $district
                MATCH (d)<-[:LOCATED_IN]-(e:Enterprise)""")
                + (industry == null ? "" : ", (e)-[:IN_INDUSTRY]->(:Industry {code: $industry})")
                + (scopeStart == null ? "" : ", " + scopeStart);
        String cypher = start + """

                WHERE %s
                WITH e, %s AS value
                WHERE value > 0
                ORDER BY value DESC, e.uscc
                LIMIT $first
                RETURN %s AS e, value
                """.formatted(scope.firm("e"), metric.expression, Enterprise.PROJECTION);
        List<RankedEnterprise> rows = client.query(cypher).bindAll(parameters)
                .fetchAs(RankedEnterprise.class)
                .mappedBy((t, r) -> new RankedEnterprise(0, Enterprise.from(r.get("e")), r.get("value").asDouble()))
                .all().stream().toList();
        return IntStream.range(0, rows.size())
                .mapToObj(i -> new RankedEnterprise(i + 1, rows.get(i).enterprise(), rows.get(i).value()))
                .toList();
    }
}
