package cn.ipbridge.api.matching;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.organisation.Funder;
import cn.ipbridge.api.patent.Patent;
import cn.ipbridge.api.system.NotFoundException;
import cn.ipbridge.api.system.Values;
import cn.ipbridge.api.valuation.PatentIndicators;

/**
 * Reads, in one query, a funder and the patents firms could pledge to it: granted inventions held by a firm and
 * not securing a deal already. Candidates come from the firms with the most granted inventions (their derived
 * profile says how many), those in the funder's preferred industries first, so the limit never drops a preferred
 * candidate for an unpreferred one; within that, the most recently filed patents (the longest term left) first.
 */
@Repository
@Transactional(readOnly = true)
class PledgeQueries {

    static final String CANDIDATES = """
            MATCH (f:Funder {name: $name})
            CALL (f) {
              WITH f AS funder
              CALL (funder) {
                MATCH (funder)-[:PREFERS]->(:Industry)<-[:IN_INDUSTRY]-(e:Enterprise)
                WHERE e.grantedInventionCount > 0
                RETURN e, true AS preferred
                UNION
                MATCH (e:Enterprise)
                WHERE e.grantedInventionCount > 0
                  AND NOT EXISTS { (funder)-[:PREFERS]->(:Industry)<-[:IN_INDUSTRY]-(e) }
                RETURN e, false AS preferred
              }
              WITH funder, e, preferred
              ORDER BY preferred DESC, e.grantedInventionCount DESC, e.uscc
              LIMIT $firms
              MATCH (e)<-[:APPLIED_BY]-(p:Patent {type: 'INVENTION', legalStatus: 'GRANTED'})
              WHERE NOT EXISTS { (p)<-[:SECURED_BY]-(:FinancingDeal) }
              WITH funder, p, e, preferred
              ORDER BY preferred DESC, p.filingDate DESC, p.applicationNumber
              LIMIT $limit
              RETURN collect({patent: p {.*}, indicators: %s, enterprise: %s, preferred: preferred,
                              grantedInventions: e.grantedInventionCount,
                              deals: [(funder)-[:PROVIDED]->(d:FinancingDeal)-[:TO]->(e) | d.id]}) AS rows
            }
            RETURN f {.*} AS funder, rows
            """.formatted(PatentIndicators.PROJECTION, Enterprise.PROJECTION);

    /** A funder and the candidate rows. */
    record Found(Funder funder, List<Candidates.PledgeRow> rows) {
    }

    /** Candidate firms are read until about this many candidate patents per firm would fill the limit. */
    static final int PATENTS_PER_FIRM = 5;

    private final Neo4jClient client;

    PledgeQueries(Neo4jClient client) {
        this.client = client;
    }

    Found candidates(String funder, int limit) {
        return client.query(CANDIDATES).bindAll(Map.of("name", funder, "limit", limit,
                        "firms", Math.max(1, limit / PATENTS_PER_FIRM))).fetchAs(Found.class)
                .mappedBy((t, r) -> new Found(Funder.from(r.get("funder")), r.get("rows").asList(v ->
                        new Candidates.PledgeRow(Patent.from(v.get("patent")),
                                PatentIndicators.from(v.get("indicators")), Enterprise.from(v.get("enterprise")),
                                Values.flag(v, "preferred"), v.get("grantedInventions").asInt(),
                                Values.strings(v, "deals")))))
                .one().orElseThrow(() -> new NotFoundException("No funder named " + funder));
    }
}
