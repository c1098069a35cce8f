package cn.ipbridge.graph.write;

import cn.ipbridge.graph.model.Enterprise;
import cn.ipbridge.graph.model.Trademark;

/** Writes enterprises (with their district and industry links) and their trademarks. */
public final class EnterpriseWriter {

    private static final String ENTERPRISES = """
            UNWIND $rows AS r
            MERGE (e:Enterprise {uscc: r.uscc})
            SET e.name = r.name, e.aliases = r.aliases, e.address = r.address, e.founded = r.founded,
                e.srdiLevel = r.srdiLevel, e.srdiYear = r.srdiYear, e.gbt29490Certified = r.gbt29490Certified,
                e.ipCustody = r.ipCustody, e.pilotStatus = r.pilotStatus, e.listingPlan = r.listingPlan,
                e.employees = r.employees
            WITH e, r
            CALL (e, r) {
              OPTIONAL MATCH (e)-[old:LOCATED_IN]->(d:District) WHERE d.adcode <> r.districtAdcode
              DELETE old
            }
            CALL (e, r) {
              MATCH (d:District {adcode: r.districtAdcode})
              MERGE (e)-[:LOCATED_IN]->(d)
            }
            CALL (e, r) {
              OPTIONAL MATCH (e)-[old:IN_INDUSTRY]->(i:Industry) WHERE i.code <> r.industryCode
              DELETE old
            }
            CALL (e, r) {
              MATCH (i:Industry {code: r.industryCode})
              MERGE (e)-[:IN_INDUSTRY]->(i)
            }
            """;

    private static final String TRADEMARKS = """
            UNWIND $rows AS r
            MERGE (t:Trademark {registrationNumber: r.registrationNumber})
            SET t.name = r.name, t.niceClasses = r.niceClasses, t.status = r.status, t.keyProtection = r.keyProtection,
                t.keyProtectionSince = r.keyProtectionSince
            WITH t, r
            MATCH (e:Enterprise {uscc: r.ownerUscc})
            MERGE (e)-[:OWNS]->(t)
            """;

    private final BatchWriter writer;

    EnterpriseWriter(BatchWriter writer) {
        this.writer = writer;
    }

    /** Enterprises; write districts and industries first so the links find them. */
    public WriteCounts enterprises(Iterable<Enterprise> enterprises, WriteProgress progress) {
        return writer.write("enterprises", ENTERPRISES, enterprises, e -> Row.of()
                .put("uscc", e.uscc()).put("name", e.name()).put("aliases", e.aliases())
                .put("districtAdcode", e.districtAdcode()).put("address", e.address())
                .put("founded", e.founded()).put("industryCode", e.industryCode())
                .put("srdiLevel", e.srdiLevel()).put("srdiYear", e.srdiYear())
                .put("gbt29490Certified", e.gbt29490Certified()).put("ipCustody", e.ipCustody())
                .put("pilotStatus", e.pilotStatus()).put("listingPlan", e.listingPlan())
                .put("employees", e.employees()).map(), progress);
    }

    public WriteCounts trademarks(Iterable<Trademark> trademarks, WriteProgress progress) {
        return writer.write("trademarks", TRADEMARKS, trademarks, t -> Row.of()
                .put("registrationNumber", t.registrationNumber()).put("name", t.name())
                .put("niceClasses", t.niceClasses()).put("status", t.status())
                .put("keyProtection", t.keyProtection()).put("ownerUscc", t.ownerUscc())
                .put("keyProtectionSince", t.keyProtectionSince()).map(), progress);
    }
}
