package cn.ipbridge.api.keylists;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.valuation.PatentIndicators;
import cn.ipbridge.api.valuation.PatentValuation;

/**
 * Reads, in one query, the SRDI firms (of one industry, or all) within the caller's {@link RowScope} with their IP
 * situation, by credit code.
 */
@Repository
@Transactional(readOnly = true)
class KeySegmentQueries {

    private static final String FIRMS = """
            MATCH (e:Enterprise)
            WHERE e.srdiLevel IS NOT NULL
              AND ($industry IS NULL OR EXISTS { (e)-[:IN_INDUSTRY]->(:Industry {code: $industry}) })
              AND %s
            WITH e ORDER BY e.uscc
            RETURN {enterprise: %s,
                    patents: COLLECT { MATCH (e)<-[:APPLIED_BY]-(p:Patent) RETURN %s },
                    chokepoint: EXISTS { (e)<-[:APPLIED_BY]-(:Patent)-[:CLASSIFIED_AS {main: true}]->(:IpcClass)
                                         -[:PARENT*0..4]->(a:IpcClass) WHERE a.code IN $chokepoints }} AS firm
            """;

    private final Neo4jClient client;
    private final List<String> chokepoints;

    KeySegmentQueries(Neo4jClient client, PatentValuation valuation) {
        this.client = client;
        this.chokepoints = valuation.settings().chokepoints();
    }

    /** Only the firms in {@code scope} (a district's, for DISTRICT). */
    List<FirmIpSituation> firms(String industry, RowScope scope) {
        Map<String, Object> parameters = scope.parameter();
        parameters.put("industry", industry);
        parameters.put("chokepoints", chokepoints);
        return List.copyOf(client.query(FIRMS.formatted(scope.firm("e"), Enterprise.PROJECTION,
                        PatentIndicators.PROJECTION)).bindAll(parameters).fetchAs(FirmIpSituation.class)
                .mappedBy((t, r) -> FirmIpSituation.from(r.get("firm"))).all());
    }
}
