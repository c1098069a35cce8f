package cn.ipbridge.api.matching;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.matching.Candidates.ExpertRow;
import cn.ipbridge.api.matching.Candidates.Firm;
import cn.ipbridge.api.matching.Candidates.FunderRow;
import cn.ipbridge.api.matching.Candidates.InstitutionRow;
import cn.ipbridge.api.matching.Candidates.OfficerRow;
import cn.ipbridge.api.matching.Candidates.PatentRow;
import cn.ipbridge.api.organisation.Funder;
import cn.ipbridge.api.organisation.Institution;
import cn.ipbridge.api.patent.Patent;
import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.system.BatchRows;
import cn.ipbridge.api.system.NotFoundException;
import cn.ipbridge.api.system.Values;
import cn.ipbridge.api.valuation.PatentIndicators;

/**
 * Reads, in one query each, a firm (facts and IPC fields) with every candidate of one kind for it. Scoring happens
 * in Java, where the weights are configured and each factor is explained.
 */
@Repository
@Transactional(readOnly = true)
class EnterpriseMatchQueries {

    /** The firm {@code e} as {@code facts} and {@code fields}. */
    private static final String FIRM = """
            MATCH (e:Enterprise {uscc: $uscc})
            WITH e, %s AS facts
            """.formatted(EnterpriseFacts.PROJECTION);

    /**
     * Every institution with its specialities, whether it serves the firm (checked from the firm's few links) and
     * how many it serves: {@code SERVES} links only ever end at an enterprise (OrganisationWriter writes them), so
     * the count is the link count, which the engine reads without visiting the firms.
     */
    static final String INSTITUTIONS_CANDIDATES = """
            MATCH (i:Institution)
            RETURN collect({institution: %s, specialities: %s, serves: EXISTS { (i)-[:SERVES]->(e) },
                            servedCount: COUNT { (i)-[:SERVES]->() }}) AS rows
            """.formatted(Institution.PROJECTION, IpcField.specialitiesOf("i"));

    static final String FUNDERS_CANDIDATES = """
            OPTIONAL MATCH (e)-[:IN_INDUSTRY]->(ind:Industry)
            MATCH (f:Funder)
            RETURN collect({funder: f {.*}, industry: ind.name, prefers: EXISTS { (f)-[:PREFERS]->(ind) },
                            deals: [(f)-[:PROVIDED]->(d:FinancingDeal)-[:TO]->(e) | d.id]}) AS rows
            """;

    /**
     * Offerable patents near the firm's fields, reached from a class through {@code RESEARCH_PATENT_IN} (the main
     * class of a patent a university or institute applied for, kept by the writers) rather than through every
     * patent classified there, ranked in Cypher so that only {@code $limit} are read and scored:
     * first those whose main class is one of the firm's own main classes (its derived {@code ACTIVE_IN} links, read
     * with its facts) or under the same main group, found by code as graph-model's {@code IpcCodes.parentOf} spells
     * it: a subgroup's parent is its main group, "H01M50/00" for "H01M50/609" (at most {@code $scan} of them, those in
     * its own classes read first), own classes first, then open licences, then the most recently filed (the longest
     * term left); only when these are fewer than the limit, others in the firm's subclasses
     * ({@code ACTIVE_IN_SUBCLASS}), as found. Whether a patent was
     * transferred is asked last, of the few granted ones a university or institute applied for: the engine counts a
     * patent's links of one type by walking all its links, and asked first that was a third of the statement's time.
     */
    static final String PATENTS_CANDIDATES = """
            CALL (e, facts) {
              WITH e, [f IN facts.fields | f.code] AS own
              CALL (e, own) {
                UNWIND own + [code IN own WHERE code CONTAINS '/' | split(code, '/')[0] + '/00'] AS groupCode
                WITH DISTINCT e, own, groupCode
                MATCH (:IpcClass {code: groupCode})<-[:PARENT*0..1]-(c:IpcClass)
                WITH DISTINCT e, own, c
                MATCH (c)<-[:RESEARCH_PATENT_IN]-(p:Patent {legalStatus: 'GRANTED'})-[:APPLIED_BY]->(o)
                WHERE o:University OR o:Institution
                WITH DISTINCT e, own, p, c, o
                WHERE NOT EXISTS { (p)-[:TRANSFERRED_TO]->() }
                // Found in the firm's own classes first; a popular main group stops being read at $scan.
                WITH e, own, p, c, o LIMIT $scan
                WITH e, own, p, c, o
                ORDER BY CASE WHEN c.code IN own THEN 1 ELSE 0 END DESC, coalesce(p.openLicence, false) DESC,
                         p.filingDate DESC, p.applicationNumber
                WHERE NOT EXISTS { (p)-[:APPLIED_BY|LICENSED_TO]->(e) }
                WITH p, c, o LIMIT $limit
                RETURN collect({p: p, c: c, o: o}) AS close
              }
              CALL (e, close) {
                UNWIND CASE WHEN size(close) < $limit THEN [true] ELSE [] END AS short
                WITH e, [x IN close | x.p] AS found
                MATCH (e)-[:ACTIVE_IN_SUBCLASS]->(s:IpcClass)
                MATCH (s)<-[:PARENT*0..2]-(c2:IpcClass)<-[:RESEARCH_PATENT_IN]-(p2:Patent {legalStatus: 'GRANTED'})
                      -[:APPLIED_BY]->(o2)
                WHERE (o2:University OR o2:Institution) AND NOT p2 IN found
                WITH DISTINCT e, p2, c2, o2
                WHERE NOT EXISTS { (p2)-[:TRANSFERRED_TO]->() } AND NOT EXISTS { (p2)-[:APPLIED_BY|LICENSED_TO]->(e) }
                WITH p2, c2, o2 LIMIT $limit
                RETURN collect({p: p2, c: c2, o: o2}) AS rest
              }
              UNWIND (close + rest)[..$limit] AS row
              WITH row.p AS p, row.c AS c, row.o AS o
              RETURN collect({patent: p {.*}, indicators: %s, field: %s,
                              ownerLabel: CASE WHEN o:University THEN 'University' ELSE 'Institution' END,
                              owner: o.name}) AS rows
            }
            RETURN rows
            """.formatted(PatentIndicators.PROJECTION, IpcField.cypher("c", "1", "p.applicationNumber"));

    /** Offerable patents near a firm's classes read to rank, per candidate scored. */
    static final int PATENTS_SCANNED = 2;

    static final String EXPERTS_CANDIDATES = """
            MATCH (x:Expert)
            RETURN collect({id: x.id, name: x.name, organisation: x.organisation, field: x.field,
                            specialities: %s}) AS rows
            """.formatted(IpcField.specialitiesOf("x"));

    static final String OFFICERS_CANDIDATES = """
            OPTIONAL MATCH (e)-[:LOCATED_IN]->(d:District)
            MATCH (o:Officer) WHERE EXISTS { (o)-[:ASSIGNED_TO]->(e) } OR EXISTS { (o)-[:LOCATED_IN]->(d) }
            RETURN collect({id: o.id, name: o.name, assigned: EXISTS { (o)-[:ASSIGNED_TO]->(e) },
                            visits: COUNT { (o)<-[:BY]-(:Visit)-[:AT]->(e) },
                            sameDistrict: EXISTS { (o)-[:LOCATED_IN]->(d) },
                            load: COUNT { (o)-[:ASSIGNED_TO]->(:Enterprise) }}) AS rows
            """;

    private final Neo4jClient client;
    private final Set<String> chokepoints;
    private final IpcHierarchy hierarchy;

    EnterpriseMatchQueries(Neo4jClient client, cn.ipbridge.api.valuation.PatentValuation valuation,
                           IpcHierarchy hierarchy) {
        this.client = client;
        this.hierarchy = hierarchy;
        this.chokepoints = Set.copyOf(valuation.settings().chokepoints());
    }

    Map<String, EnterpriseFacts> facts(Collection<String> usccs) {
        return facts(usccs, RowScope.unrestrictedScope());
    }

    /** The facts of those firms the scope lets through (the condition is in the Cypher); others have none. */
    Map<String, EnterpriseFacts> facts(Collection<String> usccs, RowScope scope) {
        return BatchRows.one(client, """
                UNWIND $keys AS key
                MATCH (e:Enterprise {uscc: key}) WHERE %s
                RETURN key, %s AS value
                """.formatted(scope.firm("e"), EnterpriseFacts.PROJECTION), usccs, scope.parameter(),
                v -> EnterpriseFacts.from(v, chokepoints, hierarchy));
    }

    With<InstitutionRow> institutions(String uscc) {
        return run(uscc, INSTITUTIONS_CANDIDATES,
                (v, firm) -> new InstitutionRow(Institution.from(v.get("institution")),
                        v.get("specialities").asList(f -> IpcField.from(f, hierarchy)), Values.flag(v, "serves"),
                        v.get("servedCount").asLong()));
    }

    With<FunderRow> funders(String uscc) {
        return run(uscc, FUNDERS_CANDIDATES, (v, firm) -> new FunderRow(Funder.from(v.get("funder")),
                Values.string(v, "industry"), Values.flag(v, "prefers"), Values.strings(v, "deals")));
    }

    /** Granted university and institute patents, never transferred, in a subclass of one of the firm's fields. */
    With<PatentRow> patents(String uscc, int limit) {
        return run(uscc, PATENTS_CANDIDATES, Map.of("limit", limit, "scan", PATENTS_SCANNED * limit),
                (v, firm) -> new PatentRow(Patent.from(v.get("patent")), PatentIndicators.from(v.get("indicators")),
                        IpcField.from(v.get("field"), hierarchy), Values.string(v, "ownerLabel"),
                        Values.string(v, "owner")));
    }

    With<ExpertRow> experts(String uscc) {
        return run(uscc, EXPERTS_CANDIDATES,
                (v, firm) -> new ExpertRow(Values.string(v, "id"), Values.string(v, "name"),
                        Values.string(v, "organisation"), Values.string(v, "field"),
                        v.get("specialities").asList(f -> IpcField.from(f, hierarchy))));
    }

    /** Officers assigned to the firm or located in its district. */
    With<OfficerRow> officers(String uscc) {
        return run(uscc, OFFICERS_CANDIDATES, (v, firm) -> new OfficerRow(Values.string(v, "id"), Values.string(v, "name"),
                Values.flag(v, "assigned"), v.get("visits").asInt(), Values.flag(v, "sameDistrict"),
                v.get("load").asInt()));
    }

    /** The statement reading firm {@code $uscc} with the rows of {@code candidates}: what the benchmark's floor runs. */
    static String withFirm(String candidates) {
        return FIRM + "CALL (e, facts) {\n" + candidates + "}\nRETURN facts, rows";
    }

    /** A firm with the candidate rows of one kind. */
    record With<T>(Firm firm, List<T> rows) {
    }

    private <T> With<T> run(String uscc, String candidates, BiFunction<Value, Firm, T> row) {
        return run(uscc, candidates, Map.of(), row);
    }

    @SuppressWarnings("unchecked")
    private <T> With<T> run(String uscc, String candidates, Map<String, Object> parameters,
                            BiFunction<Value, Firm, T> row) {
        Map<String, Object> all = new java.util.HashMap<>(parameters);
        all.put("uscc", uscc);
        return client.query(withFirm(candidates))
                .bindAll(all).fetchAs(With.class).mappedBy((t, r) -> {
                    Firm firm = new Firm(EnterpriseFacts.from(r.get("facts"), chokepoints, hierarchy));
                    return new With<>(firm, r.get("rows").asList(v -> row.apply(v, firm)));
                }).one().map(w -> (With<T>) w)
                .orElseThrow(() -> new NotFoundException("No enterprise with credit code " + uscc));
    }
}
