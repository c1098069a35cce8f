package cn.ipbridge.api.operations;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.security.RowScope;

/**
 * Reads a page of firms' recorded work in one statement per field: their officers, visits, financing deals and
 * service cases, newest first, at most {@value #LIMIT} of each per firm; only the rows the caller's
 * {@link RowScope} allows (a funder its own deals, an institution its own cases).
 */
@Repository
@Transactional(readOnly = true)
class EnterpriseOperationsQueries {

    static final int LIMIT = 100;

    private static final String OFFICERS = """
            UNWIND $usccs AS uscc
            MATCH (o:Officer)-[:ASSIGNED_TO]->(e:Enterprise {uscc: uscc}) WHERE %s
            WITH uscc, o ORDER BY o.id
            RETURN uscc, collect({id: o.id, name: o.name}) AS rows
            """;

    private static final String VISITS = """
            UNWIND $usccs AS uscc
            MATCH (v:Visit)-[:AT]->(e:Enterprise {uscc: uscc}) WHERE %s
            OPTIONAL MATCH (v)-[:BY]->(o:Officer)
            OPTIONAL MATCH (v)-[:FOLLOWS_UP]->(earlier:Visit)
            WITH uscc, v, o, earlier ORDER BY v.date DESC, v.id DESC
            WITH uscc, collect({id: v.id, officer: o.id, enterprise: uscc, date: v.date, notes: v.notes,
                    needs: coalesce(v.needs, []), servicesReferred: coalesce(v.servicesReferred, []),
                    followUpDate: v.followUpDate, followsUp: earlier.id}) AS rows
            RETURN uscc, rows[..$limit] AS rows
            """;

    private static final String DEALS = """
            UNWIND $usccs AS uscc
            MATCH (d:FinancingDeal)-[:TO]->(:Enterprise {uscc: uscc}) WHERE %s
            OPTIONAL MATCH (f:Funder)-[:PROVIDED]->(d)
            WITH uscc, d, f, [(d)-[:SECURED_BY]->(p:Patent) | p.applicationNumber] AS patents,
                 [(d)-[:SECURED_BY]->(t:Trademark) | t.registrationNumber] AS marks
            ORDER BY d.date DESC, d.id DESC
            WITH uscc, collect({id: d.id, funder: f.name, enterprise: uscc, amount: d.amount, date: d.date,
                    kind: d.kind, pledgedPatents: patents, pledgedTrademarks: marks}) AS rows
            RETURN uscc, rows[..$limit] AS rows
            """;

    private static final String CASES = """
            UNWIND $usccs AS uscc
            MATCH (c:ServiceCase)-[:FOR]->(:Enterprise {uscc: uscc}) WHERE %s
            OPTIONAL MATCH (c)-[:HANDLED_BY]->(i:Institution)
            WITH uscc, c, i, [(c)-[:CONCERNS]->(p:Patent) | p.applicationNumber] AS patents,
                 [(c)-[:CONCERNS]->(t:Trademark) | t.registrationNumber] AS marks
            ORDER BY c.opened DESC, c.id DESC
            WITH uscc, collect({id: c.id, kind: c.kind, enterprise: uscc, institution: i.name, opened: c.opened,
                    closed: c.closed, outcome: c.outcome, subject: c.subject, patents: patents,
                    trademarks: marks}) AS rows
            RETURN uscc, rows[..$limit] AS rows
            """;

    private final Neo4jClient client;

    EnterpriseOperationsQueries(Neo4jClient client) {
        this.client = client;
    }

    Map<String, List<Map<String, Object>>> officers(Collection<String> usccs, RowScope scope) {
        return byFirm(OFFICERS.formatted(scope.firm("e")), usccs, scope);
    }

    Map<String, List<Map<String, Object>>> visits(Collection<String> usccs, RowScope scope) {
        return byFirm(VISITS.formatted(scope.firm("e")), usccs, scope);
    }

    Map<String, List<Map<String, Object>>> deals(Collection<String> usccs, RowScope scope) {
        return byFirm(DEALS.formatted(scope.deal("d")), usccs, scope);
    }

    Map<String, List<Map<String, Object>>> cases(Collection<String> usccs, RowScope scope) {
        return byFirm(CASES.formatted(scope.serviceCase("c")), usccs, scope);
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<Map<String, Object>>> byFirm(String cypher, Collection<String> usccs, RowScope scope) {
        Map<String, List<Map<String, Object>>> byUscc = new HashMap<>();
        Map<String, Object> parameters = scope.parameter();
        parameters.put("usccs", List.copyOf(usccs));
        parameters.put("limit", LIMIT);
        client.query(cypher).bindAll(parameters)
                .fetch().all().forEach(row -> byUscc.put((String) row.get("uscc"),
                        (List<Map<String, Object>>) row.get("rows")));
        return byUscc;
    }
}
