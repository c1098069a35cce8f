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

/** Reads, in one query, an institution with its specialities and the candidate firms the filter lets through. */
@Repository
@Transactional(readOnly = true)
class InstitutionMatchQueries {

    private static final String FIRMS = """
            MATCH (i:Institution {name: $name})
            CALL (i) {
              // The projections below bind i to industries: the institution is inst in here.
              WITH i AS inst
              MATCH (e:Enterprise)
              %s
              WITH e LIMIT $limit
              %s
              RETURN collect({enterprise: %s, facts: %s, fields: fields,
                              served: EXISTS { (inst)-[:SERVES]->(e) }}) AS rows
            }
            RETURN %s AS institution, %s AS specialities, rows
            """;

    /** An institution, its specialities and the candidate firms. */
    record Found(Institution institution, List<IpcField> specialities, List<Candidates.FirmRow> rows) {
    }

    private final Neo4jClient client;
    private final List<String> chokepoints;

    InstitutionMatchQueries(Neo4jClient client, PatentValuation valuation) {
        this.client = client;
        this.chokepoints = valuation.settings().chokepoints();
    }

    Found firms(String name, EnterpriseFilterConditions filter, boolean includeServed, int limit) {
        Conditions conditions = filter.conditions();
        if (!includeServed) {
            conditions.always("NOT EXISTS { (inst)-[:SERVES]->(e) }");
        }
        Map<String, Object> parameters = new HashMap<>(conditions.parameters());
        parameters.putAll(Map.of("name", name, "limit", limit, "chokepoints", chokepoints));
        String cypher = FIRMS.formatted(conditions.where(), IpcField.FIRM_FIELDS, Enterprise.PROJECTION,
                EnterpriseFacts.PROJECTION, Institution.PROJECTION, IpcField.specialitiesOf("i"));
        return client.query(cypher).bindAll(parameters).fetchAs(Found.class).mappedBy((t, r) -> new Found(
                        Institution.from(r.get("institution")), r.get("specialities").asList(IpcField::from),
                        r.get("rows").asList(v -> new Candidates.FirmRow(Enterprise.from(v.get("enterprise")),
                                EnterpriseFacts.from(v.get("facts")), v.get("fields").asList(IpcField::from),
                                Values.flag(v, "served")))))
                .one().orElseThrow(() -> new NotFoundException("No institution named " + name));
    }
}
