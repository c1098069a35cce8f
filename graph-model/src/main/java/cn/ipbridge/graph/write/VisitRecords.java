package cn.ipbridge.graph.write;

import java.util.ArrayList;
import java.util.List;

import cn.ipbridge.graph.model.Visit;
import cn.ipbridge.graph.write.AuditedWrite.Check;
import cn.ipbridge.graph.write.AuditedWrite.Condition;
import cn.ipbridge.graph.write.AuditedWrite.Reference;

/** Records an officer's visit, and a follow-up visit ({@code FOLLOWS_UP} the earlier one), with its audit change. */
public final class VisitRecords {

    private static final String WRITE = """
            MATCH (o:Officer {id: $officerId}), (e:Enterprise {uscc: $enterpriseUscc})
            CREATE (v:Visit {id: $id, date: $date, notes: $notes, needs: $needs, servicesReferred: $servicesReferred,
                             followUpDate: $followUpDate})
            CREATE (v)-[:BY]->(o)
            CREATE (v)-[:AT]->(e)
            WITH v, o, e
            CALL (v) {
              MATCH (earlier:Visit {id: $followsUp})
              CREATE (v)-[:FOLLOWS_UP]->(earlier)
            }
            RETURN v {.*, officer: o.id, enterprise: e.uscc, followsUp: $followsUp} AS record
            """;

    private static final String SAME_FIRM_AND_EARLIER = """
            MATCH (earlier:Visit {id: $followsUp})-[:AT]->(e:Enterprise)
            RETURN e.uscc = $enterpriseUscc AND earlier.date <= $date AS ok
            """;

    private final AuditedWrite audited;

    VisitRecords(AuditedWrite audited) {
        this.audited = audited;
    }

    /** Writes the visit under its id, or a new one when the id is null. */
    public Recorded record(Visit visit, String actor) {
        String id = RecordIds.orNew(visit.id(), "VIS");
        List<Check> checks = new ArrayList<>(List.of(
                Reference.absent("id", "Visit", "id", id),
                Reference.existing("officer", "Officer", "id", visit.officerId()),
                Reference.existing("enterprise", "Enterprise", "uscc", visit.enterpriseUscc())));
        if (visit.followsUpVisitId() != null) {
            checks.add(Reference.existing("followsUp", "Visit", "id", visit.followsUpVisitId()));
            checks.add(new Condition("followsUp", "the visit followed up must be at the same firm and not later",
                    SAME_FIRM_AND_EARLIER));
        }
        var parameters = Row.of().put("id", id).put("officerId", visit.officerId())
                .put("enterpriseUscc", visit.enterpriseUscc()).put("date", visit.date()).put("notes", visit.notes())
                .put("needs", visit.needs()).put("servicesReferred", visit.servicesReferred())
                .put("followUpDate", visit.followUpDate()).put("followsUp", visit.followsUpVisitId()).map();
        return audited.run(actor, "Visit", id, checks, null, WRITE, parameters);
    }
}
