package cn.ipbridge.api.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.organisation.Funder;
import cn.ipbridge.api.patent.Patent;
import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.system.Conditions;
import cn.ipbridge.api.system.NotFoundException;
import cn.ipbridge.api.system.Values;
import cn.ipbridge.api.valuation.PatentIndicators;

/**
 * Reads, in one query, a funder and the patents firms could pledge to it: granted inventions held by a firm and
 * not securing a deal already. Candidates come from the {@code limit / PATENTS_PER_FIRM} firms with the most granted
 * inventions (their derived profile says how many) that the caller's row scope lets through, those in the funder's
 * preferred industries first ({@link #PREFERRED_FIRMS}; other firms are read only when too few prefer, from the top
 * of the {@code grantedInventionCount} index), and from each of these firms its most recently filed patents (the
 * longest term left), at most {@code PATENTS_PER_FIRM}, among the ten its derived profile lists as its latest granted inventions (a firm with
 * more than five of those securing deals offers fewer): reading every patent of a firm with thousands cost about half
 * of this query's database hits at the {@code shanghai} size. Firms reached through {@code IN_INDUSTRY} are not
 * checked for their label: only enterprises have that link.
 */
@Repository
@Transactional(readOnly = true)
class PledgeQueries {

    private static final String CANDIDATES = """
            MATCH (f:Funder {name: $name})
            CALL (f) {
              WITH f AS funder, [(f)-[:PREFERS]->(ind:Industry) | ind] AS industries
              %4$s
              CALL (preferred) {
                MATCH (e:Enterprise)
                // Read from the top of the index when too few firms prefer; bounded by null, the seek is empty.
                WHERE e.grantedInventionCount >= CASE WHEN size(preferred) < $firms THEN 1 END
                WITH preferred, e ORDER BY e.grantedInventionCount DESC, e.uscc
                // Every preferred firm the scope lets through is in preferred already.
                WHERE NOT e IN preferred
                WITH e
                %1$s
                WITH e LIMIT $firms
                RETURN collect(e) AS others
              }
              UNWIND (preferred + others)[..$firms] AS e
              // What is said of each firm, once per firm rather than once per patent.
              WITH funder, e, e IN preferred AS isPreferred, %3$s AS firm,
                   [(funder)-[:PROVIDED]->(d:FinancingDeal)-[:TO]->(e) | d.id] AS deals
              CALL (e) {
                // The firm's latest granted inventions, from its derived profile (graph-model LatestInventions).
                UNWIND e.latestGrantedInventions AS latest
                WITH split(latest, ' ')[1] AS key
                MATCH (p:Patent {applicationNumber: key})
                WHERE p.type = 'INVENTION' AND p.legalStatus = 'GRANTED'
                  AND NOT EXISTS { (p)<-[:SECURED_BY]-(:FinancingDeal) }
                WITH p ORDER BY p.filingDate DESC, p.applicationNumber
                LIMIT $perFirm
                RETURN p
              }
              WITH p, firm, isPreferred, deals
              ORDER BY isPreferred DESC, p.filingDate DESC, p.applicationNumber
              LIMIT $limit
              RETURN collect({patent: %5$s, indicators: %2$s, enterprise: firm, preferred: isPreferred,
                              deals: deals}) AS rows
            }
            RETURN f {.*} AS funder, rows
            """;

    /**
     * The {@code $firms} firms with most granted inventions (then by credit code) in {@code industries} that the
     * scope's {@code WHERE} clause over {@code e} lets through, as {@code preferred}. They are reached one of two
     * ways, whichever reads fewer firms: when the industries hold many firms ({@code held}, read from the industry
     * nodes' degrees, squared is at least {@code $firms} times all firms), from the top of the
     * {@code grantedInventionCount} index until enough are in the industries (about {@code $firms * all / held}
     * firms); otherwise from the industries, sorting every firm in them. The seek of the first way bounded by
     * {@code null} is empty and the second way unwinds no industries, so only one way reads anything.
     */
    static final String PREFERRED_FIRMS = """
            CALL (industries) {
              WITH industries, reduce(n = 0, ind IN industries | n + COUNT { (ind)<-[:IN_INDUSTRY]-() }) AS held
              CALL () {
                MATCH (firm:Enterprise)
                RETURN count(firm) AS firmsInAll
              }
              WITH industries, held * held >= $firms * firmsInAll AS many
              CALL (industries, many) {
                MATCH (e:Enterprise)
                WHERE e.grantedInventionCount >= CASE WHEN many THEN 1 END
                WITH industries, e ORDER BY e.grantedInventionCount DESC, e.uscc
                WHERE EXISTS { (e)-[:IN_INDUSTRY]->(ind) WHERE ind IN industries }
                WITH e
                %1$s
                WITH e LIMIT $firms
                RETURN collect(e) AS fromTop
              }
              CALL (industries, many) {
                UNWIND CASE WHEN many THEN [] ELSE industries END AS ind
                MATCH (ind)<-[:IN_INDUSTRY]-(e)
                WHERE e.grantedInventionCount > 0
                WITH DISTINCT e
                ORDER BY e.grantedInventionCount DESC, e.uscc
                %1$s
                WITH e LIMIT $firms
                RETURN collect(e) AS fromIndustries
              }
              RETURN fromTop + fromIndustries AS preferred
            }
            """;

    /**
     * The statement with the row scope's {@code WHERE} clause over {@code e}, each patent read with the properties
     * behind these fields of {@code Patent} and those a match's explanation shows ({@link #EXPLAINED}): of the
     * candidates, most are scored and left out, and a patent's abstract is long.
     */
    static String cypher(String where, Collection<String> patentFields) {
        return CANDIDATES.formatted(where, PatentIndicators.PROJECTION, Enterprise.PROJECTION,
                PREFERRED_FIRMS.formatted(where).indent(2).strip(),
                Patent.projection(Stream.concat(patentFields.stream(), EXPLAINED.stream()).toList()));
    }

    /** The parameters besides the scope's: the funder, how many patents and from how many firms. */
    static Map<String, Object> parameters(String funder, int limit) {
        return Map.of("name", funder, "limit", limit, "firms", Math.max(1, limit / PATENTS_PER_FIRM),
                "perFirm", PATENTS_PER_FIRM);
    }

    /** A funder and the candidate rows. */
    record Found(Funder funder, List<Candidates.PledgeRow> rows) {
    }

    /** The fields of a candidate patent every match reads, for its explanation. */
    static final List<String> EXPLAINED = List.of("title");

    /** Most candidate patents read from one firm; {@code limit / PATENTS_PER_FIRM} firms are read. */
    static final int PATENTS_PER_FIRM = 5;

    private final Neo4jClient client;

    PledgeQueries(Neo4jClient client) {
        this.client = client;
    }

    /** The funder and its candidates, their patents with the properties behind {@code patentFields}. */
    Found candidates(String funder, int limit, Collection<String> patentFields) {
        Conditions scope = RowScope.current().candidates(new Conditions());
        Map<String, Object> all = new HashMap<>(scope.parameters());
        all.putAll(parameters(funder, limit));
        return client.query(cypher(scope.where(), patentFields)).bindAll(all).fetchAs(Found.class)
                .mappedBy((t, r) -> new Found(Funder.from(r.get("funder")), r.get("rows").asList(v ->
                        new Candidates.PledgeRow(Patent.from(v.get("patent")),
                                PatentIndicators.from(v.get("indicators")), Enterprise.from(v.get("enterprise")),
                                Values.flag(v, "preferred"), Values.strings(v, "deals")))))
                .one().orElseThrow(() -> new NotFoundException("No funder named " + funder));
    }
}
