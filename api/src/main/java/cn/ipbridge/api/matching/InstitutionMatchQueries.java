package cn.ipbridge.api.matching;

import java.util.Collection;
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
 * scored in Java. The ranking is by the share of a firm's patents in the institution's fields (the least technology
 * fit that share gives), then by those patents, then by credit code, and reads the derived
 * {@code IN_FIELDS_OF {patents, share}} links from firm to institution that graph-model's FirmProfileWriter keeps:
 * <ul>
 * <li>first the top of the institution's links in the index on {@code (institution, share)}: twice the limit, and
 * any tied with the last of them, so that the order among equal shares is kept; the filter checked lazily after
 * the ordering, only until the limit is reached;</li>
 * <li>only when fewer of those pass the filter than the limit, all its links;</li>
 * <li>only when still fewer pass, other firms (by credit code).</li>
 * </ul>
 */
@Repository
@Transactional(readOnly = true)
class InstitutionMatchQueries {

    private static final String FIRMS = """
            MATCH (i:Institution {name: $name})
            CALL (i) {
              WITH i AS inst
              CALL (inst) {
                MATCH ()-[f:IN_FIELDS_OF]->()
                USING INDEX f:IN_FIELDS_OF(institution, share)
                WHERE f.institution = inst.name AND f.share > 0.0
                WITH f ORDER BY f.institution DESC, f.share DESC LIMIT $limit * 2
                RETURN min(f.share) AS least
              }
              CALL (inst, least) {
                MATCH (e)-[f:IN_FIELDS_OF]->()
                USING INDEX f:IN_FIELDS_OF(institution, share)
                WHERE f.institution = inst.name AND f.share >= least
                WITH inst, e, f ORDER BY f.share DESC, f.patents DESC, e.uscc
                %1$s
                WITH e LIMIT $limit
                RETURN collect(e) AS topped
              }
              CALL (inst, topped) {
                UNWIND CASE WHEN size(topped) < $limit THEN [true] ELSE [] END AS short
                MATCH (inst)<-[f:IN_FIELDS_OF]-(e)
                WITH inst, e, f ORDER BY f.share DESC, f.patents DESC, e.uscc
                %1$s
                WITH e LIMIT $limit
                RETURN collect(e) AS walked
              }
              WITH inst, CASE WHEN size(topped) < $limit THEN walked ELSE topped END AS ranked
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

    /**
     * The statement with its filter's {@code WHERE} clause over {@code inst} and {@code e}, each candidate read as
     * {@code firm} projects it: whole ({@link Enterprise#PROJECTION}), or only what the request selects under
     * {@code candidate} ({@link Enterprise#projection}); the scoring reads the firm's facts, never this. What the
     * benchmark's floor runs.
     */
    static String cypher(String where, String firm) {
        return FIRMS.formatted(where, firm, EnterpriseFacts.PROJECTION, Institution.PROJECTION,
                IpcField.specialitiesOf("i"));
    }

    /** The firm {@code e} is not served by institution {@code inst} already. */
    static final String NOT_SERVED = "NOT EXISTS { (inst)-[:SERVES]->(e) }";

    Found firms(String name, EnterpriseFilterConditions filter, boolean includeServed, int limit,
                Collection<String> candidateFields) {
        Conditions conditions = RowScope.current().candidates(filter.conditions());
        if (!includeServed) {
            conditions.always(NOT_SERVED);
        }
        Map<String, Object> parameters = new HashMap<>(conditions.parameters());
        parameters.putAll(Map.of("name", name, "limit", limit));
        String cypher = cypher(conditions.where(), Enterprise.projection(candidateFields));
        return client.query(cypher).bindAll(parameters).fetchAs(Found.class).mappedBy((t, r) -> new Found(
                        Institution.from(r.get("institution")), r.get("specialities").asList(f -> IpcField.from(f, hierarchy)),
                        r.get("rows").asList(v -> new Candidates.FirmRow(Enterprise.from(v.get("enterprise")),
                                EnterpriseFacts.from(v.get("facts"), chokepoints, hierarchy),
                                Values.flag(v, "served")))))
                .one().orElseThrow(() -> new NotFoundException("No institution named " + name));
    }
}
