package cn.ipbridge.api.valuation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.system.BatchRows;
import cn.ipbridge.api.system.Values;

/** Reads value indicators and portfolio facts for a whole batch of patents or firms per query. */
@Repository
@Transactional(readOnly = true)
class ValuationQueries {

    private final Neo4jClient client;

    ValuationQueries(Neo4jClient client) {
        this.client = client;
    }

    Map<String, PatentIndicators> indicators(Collection<String> applicationNumbers) {
        return BatchRows.one(client, """
                UNWIND $keys AS key
                MATCH (p:Patent {applicationNumber: key})
                RETURN key, %s AS value
                """.formatted(PatentIndicators.PROJECTION), applicationNumbers, PatentIndicators::from);
    }

    /** Per firm: its patents' indicators, the chokepoint fields its patents lie under, its industry's uncovered fields. */
    Map<String, PortfolioRows> portfolios(Collection<String> usccs, List<String> chokepoints) {
        return BatchRows.one(client, """
                UNWIND $keys AS key
                MATCH (e:Enterprise {uscc: key})
                CALL (e) {
                  OPTIONAL MATCH (e)<-[:APPLIED_BY]-(p:Patent)
                  RETURN collect(%s) AS patents
                }
                CALL (e) {
                  OPTIONAL MATCH (e)<-[:APPLIED_BY]-(p:Patent)-[:CLASSIFIED_AS {main: true}]->(:IpcClass)
                                 -[:PARENT*0..4]->(choke:IpcClass)
                  WHERE choke.code IN $chokepoints
                  WITH choke.code AS code, count(DISTINCT p) AS n WHERE code IS NOT NULL
                  RETURN collect({code: code, patents: n}) AS chokepoints
                }
                CALL (e) {
                  OPTIONAL MATCH (e)-[:IN_INDUSTRY]->(:Industry)-[:COVERS]->(c:IpcClass)
                  WHERE NOT EXISTS { (e)<-[:APPLIED_BY]-(:Patent)-[:CLASSIFIED_AS]->(:IpcClass)-[:PARENT*0..4]->(c) }
                  RETURN collect(c.code) AS gaps
                }
                RETURN key, {patents: patents, chokepoints: chokepoints, gaps: gaps} AS value
                """.formatted(PatentIndicators.PROJECTION), usccs, Map.of("chokepoints", chokepoints),
                v -> new PortfolioRows(v.get("patents").asList(PatentIndicators::from),
                        v.get("chokepoints").asList(c -> new Portfolio.ChokepointField(Values.string(c, "code"),
                                c.get("patents").asInt())),
                        Values.strings(v, "gaps")));
    }

    record PortfolioRows(List<PatentIndicators> patents, List<Portfolio.ChokepointField> chokepoints,
                         List<String> gaps) {
    }
}
