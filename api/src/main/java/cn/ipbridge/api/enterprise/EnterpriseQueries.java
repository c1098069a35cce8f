package cn.ipbridge.api.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.system.BatchRows;
import cn.ipbridge.api.system.Conditions;
import cn.ipbridge.api.system.Connection;
import cn.ipbridge.api.system.Page;

/** Reads enterprises. Other features use {@link #byUscc(Collection)} to resolve their links to firms. */
@Repository
@Transactional(readOnly = true)
public class EnterpriseQueries {

    private final Neo4jClient client;

    EnterpriseQueries(Neo4jClient client) {
        this.client = client;
    }

    /** The firm, or null when there is none or it is outside {@code scope}. */
    Enterprise byUscc(String uscc, RowScope scope) {
        Map<String, Object> parameters = scope.parameter();
        parameters.put("uscc", uscc);
        return client.query("MATCH (e:Enterprise {uscc: $uscc}) WHERE " + scope.firm("e")
                        + " RETURN " + Enterprise.PROJECTION + " AS e")
                .bindAll(parameters)
                .fetchAs(Enterprise.class).mappedBy((t, r) -> Enterprise.from(r.get("e"))).one().orElse(null);
    }

    /** The enterprises with these credit codes, in one query; unknown codes are absent from the map. */
    public Map<String, Enterprise> byUscc(Collection<String> usccs) {
        return BatchRows.one(client, """
                UNWIND $keys AS key
                MATCH (e:Enterprise {uscc: key})
                RETURN key, %s AS value
                """.formatted(Enterprise.PROJECTION), usccs, Enterprise::from);
    }

    /**
     * One page of the filtered, ordered list and, when {@code withTotal}, the count of all matches: one query.
     * Only the rows {@code scope} allows are matched, counted and paged; each firm is read with what the
     * {@code fields} selected under its node read ({@link Enterprise#projection}).
     */
    Connection<Enterprise> page(EnterpriseFilterConditions filter, RowScope scope, EnterpriseOrder order, Page page,
                                boolean withTotal, Collection<String> fields) {
        EnterpriseFilterConditions.Anchored anchored = filter.anchored(scope.firmsFrom("e"));
        Conditions conditions = scope.enterprises(anchored.conditions())
                .parameter("offset", page.offset())
                .parameter("limit", page.first() + 1);
        if (withTotal && page.first() == 0) { // only the count: no page to match, sort and cut
            long total = client.query(anchored.match() + " " + conditions.where() + " RETURN count(e) AS total")
                    .bindAll(conditions.parameters()).fetchAs(Long.class).one().orElse(0L);
            return Connection.countOnly(page, total);
        }
        String cypher = """
                %s
                CALL () {
                  %s
                  %s
                  WITH e, %s AS sortKey
                  ORDER BY sortKey IS NULL, sortKey %s, e.uscc
                  SKIP $offset LIMIT $limit
                  RETURN collect(%s) AS rows
                }
                RETURN total, rows
                """.formatted(
                withTotal ? "CALL () { " + anchored.match() + " " + conditions.where() + " RETURN count(e) AS total }"
                        : "WITH null AS total",
                anchored.match(), conditions.where(), order.field().sortKey, order.direction().name(),
                Enterprise.projection(fields));
        return client.query(cypher).bindAll(conditions.parameters())
                .fetchAs(Connection.class)
                .mappedBy((t, r) -> Connection.of(r.get("rows").asList(Enterprise::from), page,
                        r.get("total").isNull() ? null : r.get("total").asLong()))
                .one().map(c -> (Connection<Enterprise>) c).orElseThrow();
    }

    Map<String, List<Trademark>> trademarks(Collection<String> usccs) {
        return BatchRows.many(client, """
                UNWIND $keys AS key
                MATCH (:Enterprise {uscc: key})-[:OWNS]->(t:Trademark)
                WITH key, t ORDER BY t.registrationNumber
                RETURN key, collect(t {.*}) AS value
                """, usccs, Trademark::from);
    }

}
