package cn.ipbridge.graph.write;

import java.util.ArrayList;
import java.util.List;

import cn.ipbridge.graph.model.FinancingDeal;
import cn.ipbridge.graph.write.AuditedWrite.Check;
import cn.ipbridge.graph.write.AuditedWrite.Reference;

/** Records a financing deal: the funder that {@code PROVIDED} it, the firm it went {@code TO}, what secured it. */
public final class DealRecords {

    private static final String CREATE = """
            MATCH (f:Funder {name: $funderName}), (e:Enterprise {uscc: $enterpriseUscc})
            CREATE (d:FinancingDeal {id: $id, amount: $amount, date: $date, kind: $kind})
            CREATE (f)-[:PROVIDED]->(d)
            CREATE (d)-[:TO]->(e)
            WITH d, f, e
            CALL (d) {
              UNWIND $pledgedPatents AS number
              MATCH (p:Patent {applicationNumber: number})
              MERGE (d)-[:SECURED_BY]->(p)
            }
            CALL (d) {
              UNWIND $pledgedTrademarks AS number
              MATCH (t:Trademark {registrationNumber: number})
              MERGE (d)-[:SECURED_BY]->(t)
            }
            RETURN d {.*, funder: f.name, enterprise: e.uscc, pledgedPatents: $pledgedPatents,
                      pledgedTrademarks: $pledgedTrademarks} AS record
            """;

    private final AuditedWrite audited;

    DealRecords(AuditedWrite audited) {
        this.audited = audited;
    }

    public Recorded record(FinancingDeal deal, String actor) {
        String id = RecordIds.orNew(deal.id(), "FD");
        List<Check> checks = new ArrayList<>(List.of(
                Reference.absent("id", "FinancingDeal", "id", id),
                Reference.existing("funder", "Funder", "name", deal.funderName()),
                Reference.existing("enterprise", "Enterprise", "uscc", deal.enterpriseUscc())));
        deal.pledgedPatents().forEach(n -> checks.add(
                Reference.existing("pledgedPatents", "Patent", "applicationNumber", n)));
        deal.pledgedTrademarks().forEach(n -> checks.add(
                Reference.existing("pledgedTrademarks", "Trademark", "registrationNumber", n)));
        var parameters = Row.of().put("id", id).put("funderName", deal.funderName())
                .put("enterpriseUscc", deal.enterpriseUscc())
                .put("amount", deal.amount() == null ? null : deal.amount().doubleValue()).put("date", deal.date())
                .put("kind", deal.kind()).put("pledgedPatents", deal.pledgedPatents())
                .put("pledgedTrademarks", deal.pledgedTrademarks()).map();
        return audited.run(actor, "FinancingDeal", id, checks, null, CREATE, parameters);
    }
}
