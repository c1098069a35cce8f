package cn.ipbridge.graph.write;

import cn.ipbridge.graph.model.BestCase;
import cn.ipbridge.graph.model.Event;
import cn.ipbridge.graph.model.Expert;
import cn.ipbridge.graph.model.FinancingDeal;
import cn.ipbridge.graph.model.Notice;
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
            WITH v, r
            CALL (v, r) {
              MATCH (earlier:Visit {id: r.followsUp})
              MERGE (v)-[:FOLLOWS_UP]->(earlier)
            }
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
            CALL (ev, r) {
              UNWIND r.registrations AS g
              MATCH (e:Enterprise {uscc: g.uscc})
              MERGE (e)-[rg:REGISTERED]->(ev)
              SET rg.date = g.date
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
            SET c.kind = r.kind, c.opened = r.opened, c.closed = r.closed, c.outcome = r.outcome, c.subject = r.subject
            MERGE (c)-[:FOR]->(e)
            WITH c, r
            CALL (c, r) {
              MATCH (i:Institution {name: r.institutionName})
              MERGE (c)-[:HANDLED_BY]->(i)
            }
            CALL (c, r) {
              UNWIND r.patents AS number
              MATCH (p:Patent {applicationNumber: number})
              MERGE (c)-[:CONCERNS]->(p)
            }
            CALL (c, r) {
              UNWIND r.trademarks AS number
              MATCH (t:Trademark {registrationNumber: number})
              MERGE (c)-[:CONCERNS]->(t)
            }
            """;

    private static final String BEST_CASES = """
            UNWIND $rows AS r
            MATCH (e:Enterprise {uscc: r.enterpriseUscc})
            MERGE (b:BestCase {id: r.id})
            SET b.title = r.title, b.writeUp = r.writeUp, b.date = r.date
            MERGE (b)-[:ABOUT]->(e)
            WITH b, r
            CALL (b, r) {
              MATCH (s:ServiceCase|Visit|FinancingDeal {id: r.sourceId})
              MERGE (b)-[:FROM]->(s)
            }
            """;

    private static final String NOTICES = """
            UNWIND $rows AS r
            MERGE (n:Notice {id: r.id})
            SET n.title = r.title, n.kind = r.kind, n.body = r.body, n.published = r.published,
                n.industries = r.industries, n.districts = r.districts, n.srdiLevels = r.srdiLevels,
                n.ipSituations = r.ipSituations
            WITH n, r.industries AS industries, r.districts AS districts, r.srdiLevels AS srdiLevels,
                 r.ipSituations AS ipSituations
            CALL (n, industries, districts, srdiLevels, ipSituations) {
            """ + NoticeTargets.MATCHING_FIRMS + """
              MERGE (n)-[reached:REACHED]->(e)
              SET reached.date = n.published
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
                .put("servicesReferred", v.servicesReferred()).put("followUpDate", v.followUpDate())
                .put("followsUp", v.followsUpVisitId()).map(),
                progress);
    }

    public WriteCounts events(Iterable<Event> events, WriteProgress progress) {
        return writer.write("events", EVENTS, events, e -> Row.of()
                .put("id", e.id()).put("title", e.title()).put("kind", e.kind()).put("date", e.date())
                .put("districtAdcode", e.districtAdcode()).put("hostName", e.hostName())
                .put("attendance", e.attendance().stream().map(a -> Row.of()
                        .put("uscc", a.enterpriseUscc()).put("headcount", a.headcount()).map()).toList())
                .put("registrations", e.registrations().stream().map(g -> Row.of()
                        .put("uscc", g.enterpriseUscc()).put("date", g.date()).map()).toList())
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
                .put("outcome", c.outcome()).put("subject", c.subject()).put("patents", c.concernsPatents())
                .put("trademarks", c.concernsTrademarks()).map(), progress);
    }

    /** Best cases; write the cases, visits and deals they come from first. */
    public WriteCounts bestCases(Iterable<BestCase> bestCases, WriteProgress progress) {
        return writer.write("best cases", BEST_CASES, bestCases, b -> Row.of()
                .put("id", b.id()).put("title", b.title()).put("writeUp", b.writeUp()).put("date", b.date())
                .put("enterpriseUscc", b.enterpriseUscc()).put("sourceId", b.sourceId()).map(), progress);
    }

    /** Notices, each reaching the firms its targets match; write firms, patents, trademarks and deals first. */
    public WriteCounts notices(Iterable<Notice> notices, WriteProgress progress) {
        return writer.write("notices", NOTICES, notices, n -> Row.of()
                .put("id", n.id()).put("title", n.title()).put("kind", n.kind()).put("body", n.body())
                .put("published", n.published()).put("industries", n.industries())
                .put("districts", n.districts()).put("srdiLevels", n.srdiLevels())
                .put("ipSituations", n.ipSituations()).map(), progress);
    }
}
