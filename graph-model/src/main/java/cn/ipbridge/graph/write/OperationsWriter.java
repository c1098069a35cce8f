package cn.ipbridge.graph.write;

import cn.ipbridge.graph.model.Event;
import cn.ipbridge.graph.model.Expert;
import cn.ipbridge.graph.model.FinancingDeal;
import cn.ipbridge.graph.model.Officer;
import cn.ipbridge.graph.model.ServiceCase;
import cn.ipbridge.graph.model.Visit;

/** Writes the programme's work: officers and their firms, experts, visits, events, deals and cases. */
public final class OperationsWriter {

    private static final String OFFICERS = """
            UNWIND $rows AS r
            MERGE (o:Officer {id: r.id})
            SET o.name = r.name
            WITH o, r
            CALL (o, r) {
              MATCH (d:District {adcode: r.districtAdcode})
              MERGE (o)-[:LOCATED_IN]->(d)
            }
            CALL (o, r) {
              UNWIND r.assigned AS uscc
              MATCH (e:Enterprise {uscc: uscc})
              MERGE (o)-[:ASSIGNED_TO]->(e)
            }
            """;

    private static final String EXPERTS = """
            UNWIND $rows AS r
            MERGE (x:Expert {id: r.id})
            SET x.name = r.name, x.organisation = r.organisation, x.field = r.field
            WITH x, r
            CALL (x, r) {
              UNWIND r.ipcSpecialities AS code
              MATCH (c:IpcClass {code: code})
              MERGE (x)-[:SPECIALIZES_IN]->(c)
            }
            """;

    private static final String VISITS = """
            UNWIND $rows AS r
            MATCH (o:Officer {id: r.officerId}), (e:Enterprise {uscc: r.enterpriseUscc})
            MERGE (v:Visit {id: r.id})
            SET v.date = r.date, v.notes = r.notes, v.needs = r.needs, v.servicesReferred = r.servicesReferred,
                v.followUpDate = r.followUpDate
            MERGE (v)-[:BY]->(o)
            MERGE (v)-[:AT]->(e)
            """;

    private static final String EVENTS = """
            UNWIND $rows AS r
            MERGE (ev:Event {id: r.id})
            SET ev.title = r.title, ev.kind = r.kind, ev.date = r.date
            WITH ev, r
            CALL (ev, r) {
              MATCH (d:District {adcode: r.districtAdcode})
              MERGE (ev)-[:LOCATED_IN]->(d)
            }
            CALL (ev, r) {
              MATCH (h:Institution {name: r.hostName})
              MERGE (h)-[:HOSTED]->(ev)
            }
            CALL (ev, r) {
              UNWIND r.attendance AS a
              MATCH (e:Enterprise {uscc: a.uscc})
              MERGE (e)-[at:ATTENDED]->(ev)
              SET at.headcount = a.headcount
            }
            """;

    private static final String DEALS = """
            UNWIND $rows AS r
            MATCH (f:Funder {name: r.funderName}), (e:Enterprise {uscc: r.enterpriseUscc})
            MERGE (d:FinancingDeal {id: r.id})
            SET d.amount = r.amount, d.date = r.date, d.kind = r.kind
            MERGE (f)-[:PROVIDED]->(d)
            MERGE (d)-[:TO]->(e)
            WITH d, r
            CALL (d, r) {
              UNWIND r.pledgedPatents AS number
              MATCH (p:Patent {applicationNumber: number})
              MERGE (d)-[:SECURED_BY]->(p)
            }
            CALL (d, r) {
              UNWIND r.pledgedTrademarks AS number
              MATCH (t:Trademark {registrationNumber: number})
              MERGE (d)-[:SECURED_BY]->(t)
            }
            """;

    private static final String CASES = """
            UNWIND $rows AS r
            MATCH (e:Enterprise {uscc: r.enterpriseUscc})
            MERGE (c:ServiceCase {id: r.id})
            SET c.kind = r.kind, c.opened = r.opened, c.closed = r.closed, c.outcome = r.outcome
            MERGE (c)-[:FOR]->(e)
            WITH c, r
            CALL (c, r) {
              MATCH (i:Institution {name: r.institutionName})
              MERGE (c)-[:HANDLED_BY]->(i)
            }
            """;

    private final BatchWriter writer;

    OperationsWriter(BatchWriter writer) {
        this.writer = writer;
    }

    public WriteCounts officers(Iterable<Officer> officers, WriteProgress progress) {
        return writer.write("officers", OFFICERS, officers, o -> Row.of()
                .put("id", o.id()).put("name", o.name()).put("districtAdcode", o.districtAdcode())
                .put("assigned", o.assignedUsccs()).map(), progress);
    }

    public WriteCounts experts(Iterable<Expert> experts, WriteProgress progress) {
        return writer.write("experts", EXPERTS, experts, x -> Row.of()
                .put("id", x.id()).put("name", x.name()).put("organisation", x.organisation())
                .put("field", x.field()).put("ipcSpecialities", x.ipcSpecialities()).map(), progress);
    }

    public WriteCounts visits(Iterable<Visit> visits, WriteProgress progress) {
        return writer.write("visits", VISITS, visits, v -> Row.of()
                .put("id", v.id()).put("officerId", v.officerId()).put("enterpriseUscc", v.enterpriseUscc())
                .put("date", v.date()).put("notes", v.notes()).put("needs", v.needs())
                .put("servicesReferred", v.servicesReferred()).put("followUpDate", v.followUpDate()).map(),
                progress);
    }

    public WriteCounts events(Iterable<Event> events, WriteProgress progress) {
        return writer.write("events", EVENTS, events, e -> Row.of()
                .put("id", e.id()).put("title", e.title()).put("kind", e.kind()).put("date", e.date())
                .put("districtAdcode", e.districtAdcode()).put("hostName", e.hostName())
                .put("attendance", e.attendance().stream().map(a -> Row.of()
                        .put("uscc", a.enterpriseUscc()).put("headcount", a.headcount()).map()).toList())
                .map(), progress);
    }

    public WriteCounts deals(Iterable<FinancingDeal> deals, WriteProgress progress) {
        return writer.write("financing deals", DEALS, deals, d -> Row.of()
                .put("id", d.id()).put("funderName", d.funderName()).put("enterpriseUscc", d.enterpriseUscc())
                .put("amount", d.amount() == null ? null : d.amount().doubleValue()).put("date", d.date())
                .put("kind", d.kind()).put("pledgedPatents", d.pledgedPatents())
                .put("pledgedTrademarks", d.pledgedTrademarks()).map(), progress);
    }

    public WriteCounts serviceCases(Iterable<ServiceCase> cases, WriteProgress progress) {
        return writer.write("service cases", CASES, cases, c -> Row.of()
                .put("id", c.id()).put("kind", c.kind()).put("enterpriseUscc", c.enterpriseUscc())
                .put("institutionName", c.institutionName()).put("opened", c.opened()).put("closed", c.closed())
                .put("outcome", c.outcome()).map(), progress);
    }
}
