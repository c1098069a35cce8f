package cn.ipbridge.api.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.system.Connection;
import cn.ipbridge.api.system.Page;

/**
 * Reads the targets' figures on a date in one statement, and the key firms overdue for a visit, both limited to
 * the caller's rows ({@link RowScope}) inside the Cypher. Key firms are those an officer is ASSIGNED_TO; a visit
 * counts only on or before the date.
 */
@Repository
@Transactional(readOnly = true)
class TargetQueries {

    /** Scoped by %1$s (the events), %2$s over {@code ae} (attending firms) and %3$s over {@code e} (firms). */
    private static final String FIGURES = """
            CALL () {
              OPTIONAL MATCH (ev:Event {kind: 'TRAINING'}) WHERE $yearStart <= ev.date <= $date AND %1$s
              OPTIONAL MATCH (ae:Enterprise)-[a:ATTENDED]->(ev) WHERE %2$s
              RETURN count(DISTINCT ev) AS trainingSessions, coalesce(sum(a.headcount), 0) AS trainees
            }
            CALL () {
              OPTIONAL MATCH (e:Enterprise) WHERE EXISTS { (:Officer)-[:ASSIGNED_TO]->(e) } AND %3$s
              WITH e, COUNT { (v:Visit)-[:AT]->(e) WHERE $dueFrom <= v.date <= $date } AS due
              RETURN count(e) AS keyFirms, count(CASE WHEN due >= $perQuarter THEN 1 END) AS keyFirmsVisitedInTime
            }
            RETURN trainingSessions, trainees, keyFirms, keyFirmsVisitedInTime,
                   COUNT { (e:Enterprise) WHERE e.srdiLevel IS NOT NULL AND %3$s } AS srdiFirms,
                   COUNT { (e:Enterprise) WHERE e.srdiLevel IS NOT NULL AND %3$s
                           AND EXISTS { (:Institution)-[s:SERVES]->(e) WHERE s.since IS NULL OR s.since <= $date }
                         } AS srdiFirmsServed
            """;

    /** Longest overdue first: never visited, then by last visit; the page is projected, the rest only counted. */
    private static final String OVERDUE = """
            MATCH (e:Enterprise) WHERE EXISTS { (:Officer)-[:ASSIGNED_TO]->(e) } AND %s
            OPTIONAL MATCH (v:Visit)-[:AT]->(e) WHERE v.date <= $date
            WITH e, max(v.date) AS lastVisit,
                 count(CASE WHEN v.date >= $dueFrom THEN 1 END) AS due
            WHERE due < $perQuarter
            WITH e, lastVisit ORDER BY lastVisit IS NOT NULL, lastVisit, e.uscc
            WITH collect({e: e, lastVisit: lastVisit}) AS overdue
            UNWIND overdue[$offset..($offset + $limit)] AS row
            WITH overdue, row.e AS e, row.lastVisit AS lastVisit
            CALL (e) {
              MATCH (o:Officer)-[:ASSIGNED_TO]->(e)
              WITH o ORDER BY o.id
              RETURN collect({id: o.id, name: o.name}) AS officers
            }
            RETURN size(overdue) AS total, %s AS e, lastVisit, officers
            """;

    private static final String OVERDUE_TOTAL = """
            MATCH (e:Enterprise) WHERE EXISTS { (:Officer)-[:ASSIGNED_TO]->(e) } AND %s
              AND COUNT { (v:Visit)-[:AT]->(e) WHERE $dueFrom <= v.date <= $date } < $perQuarter
            RETURN count(e) AS total
            """;

    private final Neo4jClient client;
    private final TargetSettings settings;

    TargetQueries(Neo4jClient client, TargetSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /**
     * The figures of the events and firms in {@code scope}: a DISTRICT's training sessions are those located in
     * it, its trainees those its firms sent to them, its key and SRDI firms its own.
     */
    TargetFigures figures(LocalDate date, RowScope scope) {
        Map<String, Object> parameters = parameters(date);
        parameters.putAll(scope.parameter());
        return client.query(FIGURES.formatted(scope.event("ev"), scope.firm("ae"), scope.firm("e")))
                .bindAll(parameters)
                .fetchAs(TargetFigures.class).mappedBy((t, r) -> TargetFigures.from(r)).one().orElseThrow();
    }

    /** Only the key firms in {@code scope}: a district's, or an officer's own. */
    Connection<OverdueVisit> overdue(LocalDate date, Page page, RowScope scope) {
        Map<String, Object> parameters = parameters(date);
        parameters.putAll(scope.parameter());
        parameters.put("offset", page.offset());
        parameters.put("limit", page.first() + 1);
        List<Row> rows = List.copyOf(client.query(OVERDUE.formatted(scope.firm("e"), Enterprise.PROJECTION))
                .bindAll(parameters).fetchAs(Row.class)
                .mappedBy((t, r) -> new Row(r.get("total").asLong(), overdueVisit(r))).all());
        long total = rows.isEmpty()
                ? client.query(OVERDUE_TOTAL.formatted(scope.firm("e"))).bindAll(parameters).fetchAs(Long.class)
                        .one().orElse(0L)
                : rows.get(0).total();
        return Connection.of(rows.stream().map(Row::visit).toList(), page, total);
    }

    private record Row(long total, OverdueVisit visit) {
    }

    private Map<String, Object> parameters(LocalDate date) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("date", date);
        parameters.put("yearStart", date.withDayOfYear(1));
        parameters.put("dueFrom", VisitDue.on(date).dueFrom());
        parameters.put("perQuarter", settings.keyFirmVisitsPerQuarter());
        return parameters;
    }

    private static OverdueVisit overdueVisit(Record r) {
        return new OverdueVisit(Enterprise.from(r.get("e")), r.get("officers").asList(o ->
                new OverdueVisit.ResponsibleOfficer(o.get("id").asString(), o.get("name").asString(null))),
                r.get("lastVisit").isNull() ? null : r.get("lastVisit").asLocalDate());
    }
}
