package cn.ipbridge.api.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.enterprise.EnterpriseFilterConditions;
import cn.ipbridge.api.organisation.Institution;
import cn.ipbridge.api.system.Conditions;
import cn.ipbridge.api.system.NotFoundException;
import cn.ipbridge.api.system.Values;
import cn.ipbridge.api.valuation.PatentValuation;

/**
 * Reads, in one query, an institution with its specialities and the candidate firms the filter lets through.
 * Every firm the filter lets through is a candidate, but only {@code ipbridge.matching.candidate-limit} are scored:
 * those with the largest share of their patents (by their derived profile) in a subclass at, above or below one of
 * the institution's IPC specialities first (technology fit is a mean over a firm's patents), then the others.
 */
@Repository
@Transactional(readOnly = true)
class InstitutionMatchQueries {

    private static final String FIRMS = """
            MATCH (i:Institution {name: $name})
            CALL (i) {
              // The projections below bind i to industries: the institution is inst in here.
              WITH i AS inst, [(i)-[:SERVES]->(x:Enterprise) | x] AS served
              // Firms by patents in the institution's fields; the sum stays in here, where served is not a key.
              CALL (inst) {
                CALL (inst) {
                  MATCH (inst)-[:SPECIALIZES_IN]->(s:IpcClass)
                  CALL (s) {
                    MATCH (s)-[:PARENT*0..3]->(sub:IpcClass {level: 'SUBCLASS'})
                    RETURN sub
                    UNION
                    MATCH (s)<-[:PARENT*1..2]-(sub:IpcClass {level: 'SUBCLASS'})
                    RETURN sub
                  }
                  MATCH (sub)<-[w:ACTIVE_IN_SUBCLASS]-(e:Enterprise)
                  RETURN e, w.patents AS inField
                  UNION ALL
                  MATCH (e:Enterprise)
                  RETURN e, 0 AS inField
                }
                RETURN e, sum(inField) AS inField
              }
              WITH inst, served, e, inField
              %s
              WITH inst, served, e
              ORDER BY toFloat(inField) / (coalesce(e.patentCount, 0) + 1) DESC, inField DESC, e.uscc
              LIMIT $limit
              RETURN collect({enterprise: %s, facts: %s,
                              served: e IN served}) AS rows
            }
            RETURN %s AS institution, %s AS specialities, rows
            """;

    /** An institution, its specialities and the candidate firms. */
    record Found(Institution institution, List<IpcField> specialities, List<Candidates.FirmRow> rows) {
    }

    private final Neo4jClient client;
    private final List<String> chokepoints;
    private final IpcHierarchy hierarchy;

    InstitutionMatchQueries(Neo4jClient client, PatentValuation valuation, IpcHierarchy hierarchy) {
        this.hierarchy = hierarchy;
        this.client = client;
        this.chokepoints = valuation.settings().chokepoints();
    }

    /** The statement with its filter's {@code WHERE} clause: what the benchmark's floor runs. */
    static String cypher(String where) {
        return FIRMS.formatted(where, Enterprise.PROJECTION, EnterpriseFacts.PROJECTION, Institution.PROJECTION,
                IpcField.specialitiesOf("i"));
    }

    Found firms(String name, EnterpriseFilterConditions filter, boolean includeServed, int limit) {
        Conditions conditions = filter.conditions();
        if (!includeServed) {
            conditions.always("NOT e IN served");
        }
        Map<String, Object> parameters = new HashMap<>(conditions.parameters());
        parameters.putAll(Map.of("name", name, "limit", limit));
        String cypher = cypher(conditions.where());
        return client.query(cypher).bindAll(parameters).fetchAs(Found.class).mappedBy((t, r) -> new Found(
                        Institution.from(r.get("institution")), r.get("specialities").asList(f -> IpcField.from(f, hierarchy)),
                        r.get("rows").asList(v -> new Candidates.FirmRow(Enterprise.from(v.get("enterprise")),
                                EnterpriseFacts.from(v.get("facts"), chokepoints, hierarchy),
                                Values.flag(v, "served")))))
                .one().orElseThrow(() -> new NotFoundException("No institution named " + name));
    }
}
