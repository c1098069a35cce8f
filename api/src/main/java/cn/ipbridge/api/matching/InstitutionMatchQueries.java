package cn.ipbridge.api.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.enterprise.EnterpriseFilterConditions;
import cn.ipbridge.api.organisation.Institution;
import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.system.Conditions;
import cn.ipbridge.api.system.NotFoundException;
import cn.ipbridge.api.system.Values;
import cn.ipbridge.api.valuation.PatentValuation;

/**
 * Reads, in one query, an institution with its specialities and the candidate firms the filter (and the caller's
 * row scope) lets through, ranked in Cypher so that only {@code ipbridge.matching.candidate-limit} are read and
 * scored in Java. The ranking starts from the institution's specialities: the subclasses at, above or below them,
 * then through the firms' derived {@code ACTIVE_IN_SUBCLASS} links to the firms with patents there, each estimated
 * by the least technology fit that share of its patents gives (subclass closeness) plus the district factor. Only
 * when fewer such firms pass the filter than the limit are other firms added (by credit code).
 */
@Repository
@Transactional(readOnly = true)
class InstitutionMatchQueries {

    private static final String FIRMS = """
            MATCH (i:Institution {name: $name})
            CALL (i) {
              WITH i AS inst
              CALL (inst) {
                MATCH (inst)-[:SPECIALIZES_IN]->(s:IpcClass)
                CALL (s) {
                  MATCH (s)-[:PARENT*0..3]->(sub:IpcClass {level: 'SUBCLASS'})
                  RETURN sub
                  UNION
                  // Only a section or class has subclasses below it.
                  WITH s WHERE s.level IN ['SECTION', 'CLASS']
                  MATCH (s)<-[:PARENT*1..2]-(sub:IpcClass {level: 'SUBCLASS'})
                  RETURN sub
                }
                WITH DISTINCT inst, sub
                MATCH (sub)<-[w:ACTIVE_IN_SUBCLASS]-(e)
                WITH inst, e, sum(w.patents) AS inField
                WITH inst, e, inField, coalesce(e.patentCount, 0) AS patents
                WITH inst, e, inField, toFloat(inField) / CASE WHEN patents > inField THEN patents ELSE inField END
                     AS share
                ORDER BY share DESC, inField DESC, e.uscc
                // The filter after the ordering: checked lazily, only until the limit is reached.
                %1$s
                WITH e LIMIT $limit
                RETURN collect(e) AS ranked
              }
              CALL (inst, ranked) {
                UNWIND CASE WHEN size(ranked) < $limit THEN [true] ELSE [] END AS short
                MATCH (e:Enterprise)
                WITH inst, ranked, e WHERE NOT e IN ranked
                WITH inst, e
                %1$s
                WITH e ORDER BY e.uscc LIMIT $limit
                RETURN collect(e) AS others
              }
              UNWIND (ranked + others)[..$limit] AS e
              WITH inst, e
              RETURN collect({enterprise: %2$s, facts: %3$s,
                              served: EXISTS { (inst)-[:SERVES]->(e) }}) AS rows
            }
            RETURN %4$s AS institution, %5$s AS specialities, rows
            """;

    /** An institution, its specialities and the candidate firms. */
    record Found(Institution institution, List<IpcField> specialities, List<Candidates.FirmRow> rows) {
    }

    private final Neo4jClient client;
    private final Set<String> chokepoints;
    private final IpcHierarchy hierarchy;
    private final MatchingSettings settings;

    InstitutionMatchQueries(Neo4jClient client, PatentValuation valuation, IpcHierarchy hierarchy,
                            MatchingSettings settings) {
        this.hierarchy = hierarchy;
        this.settings = settings;
        this.client = client;
        this.chokepoints = Set.copyOf(valuation.settings().chokepoints());
    }

    /** The statement with its filter's {@code WHERE} clause over {@code inst} and {@code e}: what the benchmark's floor runs. */
    static String cypher(String where) {
        return FIRMS.formatted(where, Enterprise.PROJECTION, EnterpriseFacts.PROJECTION, Institution.PROJECTION,
                IpcField.specialitiesOf("i"));
    }

    /** The firm {@code e} is not served by institution {@code inst} already. */
    static final String NOT_SERVED = "NOT EXISTS { (inst)-[:SERVES]->(e) }";

    Found firms(String name, EnterpriseFilterConditions filter, boolean includeServed, int limit) {
        Conditions conditions = RowScope.current().candidates(filter.conditions());
        if (!includeServed) {
            conditions.always(NOT_SERVED);
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
