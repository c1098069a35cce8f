package cn.ipbridge.api.statistics;

import java.util.HashMap;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the programme's headline numbers in one statement. Label totals come from the count store; operations
 * (events, attendance, visits, service links) count zero while the graph has none.
 */
@Repository
@Transactional(readOnly = true)
class KpiQueries {

    private static final String KPIS = """
            CALL () {
              OPTIONAL MATCH (ev:Event) WITH max(ev.date) AS lastEvent
              OPTIONAL MATCH (v:Visit) WITH lastEvent, max(v.date) AS lastVisit
              WITH [d IN [lastEvent, lastVisit] WHERE d IS NOT NULL | d.year] AS years
              RETURN coalesce($year, CASE WHEN size(years) = 0 THEN date().year
                                          ELSE reduce(m = 0, y IN years | CASE WHEN y > m THEN y ELSE m END) END) AS year
            }
            WITH year, date({year: year, month: 1, day: 1}) AS from, date({year: year + 1, month: 1, day: 1}) AS to
            CALL () {
              MATCH (e:Enterprise) WHERE e.srdiLevel IS NOT NULL
              WITH e.srdiLevel AS key, count(*) AS count
              RETURN collect({key: key, count: count}) AS enterprisesBySrdiLevel
            }
            CALL () {
              MATCH (p:Patent) WITH p.type AS key, count(*) AS count
              RETURN collect({key: key, count: count}) AS patentsByType
            }
            CALL () {
              MATCH (p:Patent) WITH p.legalStatus AS key, count(*) AS count
              RETURN collect({key: key, count: count}) AS patentsByLegalStatus
            }
            CALL () {
              OPTIONAL MATCH (d:FinancingDeal) RETURN count(d) AS deals, coalesce(sum(d.amount), 0.0) AS dealAmount
            }
            CALL (from, to) {
              OPTIONAL MATCH (ev:Event) WHERE from <= ev.date < to
              RETURN count(ev) AS events, count(CASE WHEN ev.kind = 'TRAINING' THEN 1 END) AS trainingEvents
            }
            CALL (from, to) {
              OPTIONAL MATCH (:Enterprise)-[a:ATTENDED]->(ev:Event {kind: 'TRAINING'}) WHERE from <= ev.date < to
              RETURN coalesce(sum(a.headcount), 0) AS trainees
            }
            CALL (from, to) {
              OPTIONAL MATCH (v:Visit)-[:AT]->(e:Enterprise) WHERE from <= v.date < to
              RETURN count(DISTINCT v) AS visits, count(DISTINCT e) AS firmsVisited
            }
            RETURN year,
                   COUNT { (:Enterprise) } AS enterprises, enterprisesBySrdiLevel,
                   COUNT { (e:Enterprise) WHERE e.gbt29490Certified } AS gbt29490Certified,
                   COUNT { (:Patent) } AS patents, patentsByType, patentsByLegalStatus,
                   COUNT { (p:Patent) WHERE p.type = 'INVENTION' AND p.legalStatus = 'GRANTED' } AS grantedInventions,
                   COUNT { (:Trademark) } AS trademarks, COUNT { (:Institution) } AS institutions,
                   COUNT { (:University) } AS universities, COUNT { (:Funder) } AS funders, deals, dealAmount,
                   events, trainingEvents, trainees, visits, firmsVisited,
                   COUNT { (e:Enterprise) WHERE EXISTS { (e)<-[:SERVES]-(:Institution) } } AS firmsServed
            """;

    private final Neo4jClient client;

    KpiQueries(Neo4jClient client) {
        this.client = client;
    }

    ProgrammeKpis kpis(Integer year) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("year", year);
        return client.query(KPIS).bindAll(parameters)
                .fetchAs(ProgrammeKpis.class).mappedBy((t, r) -> ProgrammeKpis.from(r)).one().orElseThrow();
    }
}
