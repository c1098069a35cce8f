package cn.ipbridge.api.taxonomy;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.system.BatchRows;

/** Reads IPC symbols, districts and industries, a whole batch of parents per query. */
@Repository
@Transactional(readOnly = true)
class TaxonomyQueries {

    private final Neo4jClient client;

    TaxonomyQueries(Neo4jClient client) {
        this.client = client;
    }

    IpcClass ipcClass(String code) {
        return client.query("MATCH (c:IpcClass {code: $code}) RETURN c " + IpcClass.PROJECTION + " AS c")
                .bind(code).to("code")
                .fetchAs(IpcClass.class).mappedBy((t, r) -> IpcClass.from(r.get("c"))).one().orElse(null);
    }

    Map<String, IpcClass> parents(Collection<String> codes) {
        return BatchRows.one(client, """
                UNWIND $keys AS key
                MATCH (:IpcClass {code: key})-[:PARENT]->(p:IpcClass)
                RETURN key, p %s AS value
                """.formatted(IpcClass.PROJECTION), codes, IpcClass::from);
    }

    Map<String, List<IpcClass>> children(Collection<String> codes) {
        return BatchRows.many(client, """
                UNWIND $keys AS key
                MATCH (:IpcClass {code: key})<-[:PARENT]-(c:IpcClass)
                WITH key, c ORDER BY c.code
                RETURN key, collect(c %s) AS value
                """.formatted(IpcClass.PROJECTION), codes, IpcClass::from);
    }

    Map<String, List<IpcClass>> ancestors(Collection<String> codes) {
        return BatchRows.many(client, """
                UNWIND $keys AS key
                MATCH (c:IpcClass {code: key})
                OPTIONAL MATCH path = (c)-[:PARENT*]->(top:IpcClass) WHERE NOT (top)-[:PARENT]->()
                RETURN key, CASE WHEN path IS NULL THEN [] ELSE [n IN reverse(tail(nodes(path))) | n %s] END AS value
                """.formatted(IpcClass.PROJECTION), codes, IpcClass::from);
    }

    Map<String, Long> patentCounts(Collection<String> codes) {
        return BatchRows.counts(client, """
                UNWIND $keys AS key
                MATCH (c:IpcClass {code: key})
                RETURN key, COUNT { (c)<-[:CLASSIFIED_AS]-(:Patent) } AS value
                """, codes);
    }

    List<District> districts() {
        return client.query("MATCH (d:District) RETURN d {.adcode, .name, .nameEn} AS d ORDER BY d.adcode")
                .fetchAs(District.class).mappedBy((t, r) -> District.from(r.get("d"))).all().stream().toList();
    }

    List<Industry> industries() {
        return client.query("MATCH (i:Industry) RETURN i {.code, .name, .nameEn} AS i ORDER BY i.code")
                .fetchAs(Industry.class).mappedBy((t, r) -> Industry.from(r.get("i"))).all().stream().toList();
    }

    Map<String, Long> enterpriseCountsByDistrict(Collection<String> adcodes) {
        return BatchRows.counts(client, """
                UNWIND $keys AS key
                MATCH (d:District {adcode: key})
                RETURN key, COUNT { (d)<-[:LOCATED_IN]-(:Enterprise) } AS value
                """, adcodes);
    }

    Map<String, Long> enterpriseCountsByIndustry(Collection<String> codes) {
        return BatchRows.counts(client, """
                UNWIND $keys AS key
                MATCH (i:Industry {code: key})
                RETURN key, COUNT { (i)<-[:IN_INDUSTRY]-(:Enterprise) } AS value
                """, codes);
    }

    Map<String, List<IpcClass>> industrySubclasses(Collection<String> codes) {
        return BatchRows.many(client, """
                UNWIND $keys AS key
                MATCH (:Industry {code: key})-[:COVERS]->(c:IpcClass)
                WITH key, c ORDER BY c.code
                RETURN key, collect(c %s) AS value
                """.formatted(IpcClass.PROJECTION), codes, IpcClass::from);
    }
}
