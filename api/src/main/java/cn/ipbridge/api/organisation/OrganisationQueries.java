package cn.ipbridge.api.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.organisation.ServiceLink.ServedEnterprise;
import cn.ipbridge.api.organisation.ServiceLink.Service;
import cn.ipbridge.api.system.BatchRows;
import cn.ipbridge.api.system.Values;
import cn.ipbridge.api.taxonomy.Industry;
import cn.ipbridge.api.taxonomy.IpcClass;
import cn.ipbridge.graph.model.FunderType;
import cn.ipbridge.graph.model.InstitutionType;

/** Reads institutions, funders and universities, a whole batch of parents per query. */
@Repository
@Transactional(readOnly = true)
class OrganisationQueries {

    private final Neo4jClient client;

    OrganisationQueries(Neo4jClient client) {
        this.client = client;
    }

    List<Institution> institutions(InstitutionType type, String districtAdcode, int first) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("type", type == null ? null : type.name());
        parameters.put("district", districtAdcode);
        parameters.put("first", first);
        return client.query("""
                MATCH (i:Institution)
                WHERE ($type IS NULL OR $type IN i.types)
                  AND ($district IS NULL OR EXISTS { (i)-[:LOCATED_IN]->(:District {adcode: $district}) })
                RETURN %s AS i ORDER BY i.name LIMIT $first
                """.formatted(Institution.PROJECTION)).bindAll(parameters)
                .fetchAs(Institution.class).mappedBy((t, r) -> Institution.from(r.get("i"))).all().stream().toList();
    }

    List<Funder> funders(FunderType type, int first) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("type", type == null ? null : type.name());
        parameters.put("first", first);
        return client.query("""
                MATCH (f:Funder) WHERE $type IS NULL OR f.type = $type
                RETURN f {.*} AS f ORDER BY f.name LIMIT $first
                """).bindAll(parameters)
                .fetchAs(Funder.class).mappedBy((t, r) -> Funder.from(r.get("f"))).all().stream().toList();
    }

    List<University> universities(int first) {
        return client.query("""
                MATCH (u:University)
                RETURN u {.name,
                  district: [(u)-[:LOCATED_IN]->(d:District) | d {.adcode, .name, .nameEn}][0],
                  patentCount: COUNT { (u)<-[:APPLIED_BY]-(:Patent) },
                  transferablePatentCount: COUNT { (u)<-[:APPLIED_BY]-(p:Patent)
                      WHERE p.legalStatus = 'GRANTED' AND NOT (p)-[:TRANSFERRED_TO]->() }
                } AS u ORDER BY u.name LIMIT $first
                """).bind(first).to("first")
                .fetchAs(University.class).mappedBy((t, r) -> University.from(r.get("u"))).all().stream().toList();
    }

    Map<String, List<IpcClass>> ipcSpecialities(Collection<String> names) {
        return BatchRows.many(client, """
                UNWIND $keys AS key
                MATCH (:Institution {name: key})-[:SPECIALIZES_IN]->(c:IpcClass)
                WITH key, c ORDER BY c.code
                RETURN key, collect(c %s) AS value
                """.formatted(IpcClass.PROJECTION), names, IpcClass::from);
    }

    Map<String, List<ServedEnterprise>> servedEnterprises(List<String> names, Integer first) {
        return BatchRows.many(client, """
                UNWIND $keys AS key
                MATCH (i:Institution {name: key})
                CALL (i) {
                  MATCH (i)-[s:SERVES]->(e:Enterprise)
                  RETURN s, e ORDER BY s.since DESC, e.uscc LIMIT $first
                }
                RETURN key, collect({service: s.service, since: s.since, enterprise: %s}) AS value
                """.formatted(Enterprise.PROJECTION), names, Map.of("first", first),
                v -> new ServedEnterprise(Enterprise.from(v.get("enterprise")), Values.string(v, "service"),
                        Values.date(v, "since")));
    }

    Map<String, Long> servedCounts(Collection<String> names) {
        return BatchRows.counts(client, """
                UNWIND $keys AS key
                MATCH (i:Institution {name: key})
                RETURN key, COUNT { (i)-[:SERVES]->(:Enterprise) } AS value
                """, names);
    }

    Map<String, List<Service>> servedBy(Collection<String> usccs) {
        return BatchRows.many(client, """
                UNWIND $keys AS key
                MATCH (:Enterprise {uscc: key})<-[s:SERVES]-(i:Institution)
                WITH key, s, i ORDER BY s.since DESC, i.name
                RETURN key, collect({service: s.service, since: s.since, institution: %s}) AS value
                """.formatted(Institution.PROJECTION), usccs,
                v -> new Service(Institution.from(v.get("institution")), Values.string(v, "service"),
                        Values.date(v, "since")));
    }

    Map<String, List<Industry>> preferredIndustries(Collection<String> names) {
        return BatchRows.many(client, """
                UNWIND $keys AS key
                MATCH (:Funder {name: key})-[:PREFERS]->(i:Industry)
                WITH key, i ORDER BY i.code
                RETURN key, collect(i {.code, .name, .nameEn}) AS value
                """, names, Industry::from);
    }
}
