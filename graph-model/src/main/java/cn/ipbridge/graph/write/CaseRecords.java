package cn.ipbridge.graph.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.ipbridge.graph.model.BestCase;
import cn.ipbridge.graph.model.ServiceCase;
import cn.ipbridge.graph.write.AuditedWrite.Check;
import cn.ipbridge.graph.write.AuditedWrite.Condition;
import cn.ipbridge.graph.write.AuditedWrite.Reference;

/**
 * Records service cases ({@code FOR} a firm, {@code HANDLED_BY} an institution, {@code CONCERNS} patents and
 * trademarks), their outcomes, and best cases ({@code ABOUT} a firm, {@code FROM} a case, visit or deal).
 */
public final class CaseRecords {

    private static final String OPEN = """
            MATCH (e:Enterprise {uscc: $enterpriseUscc})
            CREATE (c:ServiceCase {id: $id, kind: $kind, opened: $opened, closed: $closed, outcome: $outcome,
                                   subject: $subject})
            CREATE (c)-[:FOR]->(e)
            WITH c, e
            CALL (c) {
              MATCH (i:Institution {name: $institutionName})
              CREATE (c)-[:HANDLED_BY]->(i)
            }
            CALL (c) {
              UNWIND $patents AS number
              MATCH (p:Patent {applicationNumber: number})
              MERGE (c)-[:CONCERNS]->(p)
            }
            CALL (c) {
              UNWIND $trademarks AS number
              MATCH (t:Trademark {registrationNumber: number})
              MERGE (c)-[:CONCERNS]->(t)
            }
            RETURN c {.*, enterprise: e.uscc, institution: $institutionName, patents: $patents,
                      trademarks: $trademarks} AS record
            """;

    private static final String PROJECTION = """
            OPTIONAL MATCH (c)-[:HANDLED_BY]->(i:Institution)
            RETURN c {.*, enterprise: e.uscc, institution: i.name,
                      patents: [(c)-[:CONCERNS]->(p:Patent) | p.applicationNumber],
                      trademarks: [(c)-[:CONCERNS]->(t:Trademark) | t.registrationNumber]} AS record
            """;

    private static final String CASE = """
            MATCH (c:ServiceCase {id: $id})-[:FOR]->(e:Enterprise)
            """ + PROJECTION;

    private static final String CLOSE = """
            MATCH (c:ServiceCase {id: $id})-[:FOR]->(e:Enterprise)
            SET c.closed = $closed, c.outcome = $outcome
            WITH c, e
            """ + PROJECTION;

    private static final String NOT_BEFORE_OPENED = """
            MATCH (c:ServiceCase {id: $id})
            RETURN $closed IS NULL OR $closed >= c.opened AS ok
            """;

    private static final String KIND = """
            MATCH (c:ServiceCase {id: $id})
            RETURN c.kind <> 'PRIORITY_EXAMINATION' OR $outcome IS NULL
                   OR $outcome IN ['RECOMMENDED', 'ACCEPTED', 'REJECTED'] AS ok
            """;

    private static final String BEST_CASE = """
            MATCH (e:Enterprise {uscc: $enterpriseUscc})
            CREATE (b:BestCase {id: $id, title: $title, writeUp: $writeUp, date: $date})
            CREATE (b)-[:ABOUT]->(e)
            WITH b, e
            CALL (b) {
              MATCH (s:ServiceCase|Visit|FinancingDeal {id: $sourceId})
              CREATE (b)-[:FROM]->(s)
            }
            RETURN b {.*, enterprise: e.uscc, source: $sourceId} AS record
            """;

    private static final String SOURCE_EXISTS = """
            MATCH (s:ServiceCase|Visit|FinancingDeal {id: $sourceId})
            RETURN count(s) > 0 AS ok
            """;

    private final AuditedWrite audited;

    CaseRecords(AuditedWrite audited) {
        this.audited = audited;
    }

    public Recorded open(ServiceCase serviceCase, String actor) {
        String id = RecordIds.orNew(serviceCase.id(), "SC");
        List<Check> checks = new ArrayList<>(List.of(
                Reference.absent("id", "ServiceCase", "id", id),
                Reference.existing("enterprise", "Enterprise", "uscc", serviceCase.enterpriseUscc())));
        if (serviceCase.institutionName() != null) {
            checks.add(Reference.existing("institution", "Institution", "name", serviceCase.institutionName()));
        }
        serviceCase.concernsPatents().forEach(n -> checks.add(
                Reference.existing("patents", "Patent", "applicationNumber", n)));
        serviceCase.concernsTrademarks().forEach(n -> checks.add(
                Reference.existing("trademarks", "Trademark", "registrationNumber", n)));
        var parameters = Row.of().put("id", id).put("kind", serviceCase.kind())
                .put("enterpriseUscc", serviceCase.enterpriseUscc())
                .put("institutionName", serviceCase.institutionName()).put("opened", serviceCase.opened())
                .put("closed", serviceCase.closed()).put("outcome", serviceCase.outcome())
                .put("subject", serviceCase.subject()).put("patents", serviceCase.concernsPatents())
                .put("trademarks", serviceCase.concernsTrademarks()).map();
        return audited.run(actor, "ServiceCase", id, checks, null, OPEN, parameters);
    }

    /** Records the outcome of a case, and the day it closed (null while it is still open). */
    public Recorded outcome(String id, LocalDate closed, String outcome, String actor) {
        List<Check> checks = List.of(Reference.existing("id", "ServiceCase", "id", id),
                new Condition("closed", "a case cannot close before it was opened", NOT_BEFORE_OPENED),
                new Condition("outcome", "a priority examination ends RECOMMENDED, ACCEPTED or REJECTED", KIND));
        var parameters = Row.of().put("id", id).put("closed", closed).put("outcome", outcome).map();
        return audited.run(actor, "ServiceCase", id, checks, CASE, CLOSE, parameters);
    }

    public Recorded bestCase(BestCase bestCase, String actor) {
        String id = RecordIds.orNew(bestCase.id(), "BC");
        List<Check> checks = new ArrayList<>(List.of(
                Reference.absent("id", "BestCase", "id", id),
                Reference.existing("enterprise", "Enterprise", "uscc", bestCase.enterpriseUscc())));
        if (bestCase.sourceId() != null) {
            checks.add(new Condition("source", "no service case, visit or financing deal with id "
                    + bestCase.sourceId(), SOURCE_EXISTS));
        }
        var parameters = Row.of().put("id", id).put("title", bestCase.title()).put("writeUp", bestCase.writeUp())
                .put("date", bestCase.date()).put("enterpriseUscc", bestCase.enterpriseUscc())
                .put("sourceId", bestCase.sourceId()).map();
        return audited.run(actor, "BestCase", id, checks, null, BEST_CASE, parameters);
    }
}
