package cn.ipbridge.api.patent;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.system.BatchRows;
import cn.ipbridge.api.system.Conditions;
import cn.ipbridge.api.system.Connection;
import cn.ipbridge.api.system.Page;
import cn.ipbridge.api.taxonomy.IpcClass;

/** Reads patents and their links, a whole batch of parents per query. */
@Repository
@Transactional(readOnly = true)
public class PatentQueries {

    private final Neo4jClient client;

    PatentQueries(Neo4jClient client) {
        this.client = client;
    }

    Patent byApplicationNumber(String number) {
        return client.query("MATCH (p:Patent {applicationNumber: $number}) RETURN " + Patent.PROJECTION + " AS p")
                .bind(number).to("number")
                .fetchAs(Patent.class).mappedBy((t, r) -> Patent.from(r.get("p"))).one().orElse(null);
    }

    Connection<Patent> page(PatentFilterConditions filter, PatentOrder order, Page page, boolean withTotal) {
        Conditions conditions = filter.conditions()
                .parameter("offset", page.offset())
                .parameter("limit", page.first() + 1);
        String match = filter.start() + "\nWITH p " + conditions.where();
        String cypher = """
                %s
                CALL () {
                  %s
                  WITH p, %s AS sortKey
                  ORDER BY sortKey IS NULL, sortKey %s, p.applicationNumber
                  SKIP $offset LIMIT $limit
                  RETURN collect(%s) AS rows
                }
                RETURN total, rows
                """.formatted(
                withTotal ? "CALL () { " + match + " RETURN count(p) AS total }" : "WITH null AS total",
                match, order.field().sortKey, order.direction().name(), Patent.PROJECTION);
        return client.query(cypher).bindAll(conditions.parameters())
                .fetchAs(Connection.class)
                .mappedBy((t, r) -> Connection.of(r.get("rows").asList(Patent::from), page,
                        r.get("total").isNull() ? null : r.get("total").asLong()))
                .one().map(c -> (Connection<Patent>) c).orElseThrow();
    }

    Map<String, List<PatentApplicant>> applicants(Collection<String> numbers) {
        return BatchRows.many(client, """
                UNWIND $keys AS key
                MATCH (:Patent {applicationNumber: key})-[r:APPLIED_BY]->(h)
                WITH key, r, h ORDER BY r.order
                RETURN key, collect({order: r.order, name: h.name, uscc: h.uscc, labels: labels(h)}) AS value
                """, numbers, PatentApplicant::from);
    }

    /** Each patent's classes in the order {@link PatentIpcClasses} defines; unknown numbers are absent. */
    Map<String, List<IpcClass>> ipcClasses(Collection<String> numbers) {
        return BatchRows.one(client, """
                UNWIND $keys AS key
                MATCH (p:Patent {applicationNumber: key})
                RETURN key, %s AS value
                """.formatted(PatentIpcClasses.LIST), numbers, PatentIpcClasses::sorted);
    }

    Map<String, List<Patent>> citations(Collection<String> numbers) {
        return BatchRows.many(client, """
                UNWIND $keys AS key
                MATCH (:Patent {applicationNumber: key})-[:CITES]->(p:Patent)
                WITH key, p ORDER BY p.filingDate DESC, p.applicationNumber
                RETURN key, collect(%s) AS value
                """.formatted(Patent.PROJECTION), numbers, Patent::from);
    }

    Map<String, List<Patent>> citedBy(Collection<String> numbers) {
        return BatchRows.many(client, """
                UNWIND $keys AS key
                MATCH (:Patent {applicationNumber: key})<-[:CITES]-(p:Patent)
                WITH key, p ORDER BY p.filingDate DESC, p.applicationNumber
                RETURN key, collect(%s) AS value
                """.formatted(Patent.PROJECTION), numbers, Patent::from);
    }

    /** Each enterprise's newest patents, for one set of arguments shared by the whole batch. */
    Map<String, List<Patent>> ofEnterprises(List<String> usccs, EnterprisePatentsArguments arguments) {
        Map<String, Object> parameters = new HashMap<>(arguments.parameters());
        parameters.put("first", arguments.first());
        return BatchRows.many(client, """
                UNWIND $keys AS key
                MATCH (e:Enterprise {uscc: key})
                CALL (e) {
                  MATCH (e)<-[:APPLIED_BY]-(p:Patent)
                  WHERE ($type IS NULL OR p.type = $type) AND ($legalStatuses IS NULL OR p.legalStatus IN $legalStatuses)
                  RETURN p ORDER BY p.filingDate DESC, p.applicationNumber LIMIT $first
                }
                RETURN key, collect(%s) AS value
                """.formatted(Patent.projection(arguments.fields())), usccs, parameters, Patent::from);
    }

    Map<String, Long> countsOfEnterprises(List<String> usccs, EnterprisePatentsArguments arguments) {
        return BatchRows.counts(client, """
                UNWIND $keys AS key
                MATCH (e:Enterprise {uscc: key})
                RETURN key, COUNT {
                  MATCH (e)<-[:APPLIED_BY]-(p:Patent)
                  WHERE ($type IS NULL OR p.type = $type) AND ($legalStatuses IS NULL OR p.legalStatus IN $legalStatuses)
                } AS value
                """, usccs, arguments.parameters());
    }
}
