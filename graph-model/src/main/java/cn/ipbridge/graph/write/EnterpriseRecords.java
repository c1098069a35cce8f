package cn.ipbridge.graph.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.ipbridge.graph.model.Enterprise;
import cn.ipbridge.graph.model.SrdiLevel;
import cn.ipbridge.graph.write.AuditedWrite.Check;
import cn.ipbridge.graph.write.AuditedWrite.Reference;

/**
 * Enterprises entered or corrected by hand, SRDI level changes, officers {@code ASSIGNED_TO} firms and trademarks
 * added to the key-protection list, each with its audit change.
 */
public final class EnterpriseRecords {

    /** The properties a correction may set; district and industry are links, corrected separately. */
    public static final Set<String> CORRECTABLE = Set.of("name", "aliases", "address", "founded", "employees",
            "gbt29490Certified", "ipCustody", "pilotStatus", "listingPlan");

    private static final String ENTERPRISE = """
            MATCH (e:Enterprise {uscc: $uscc})
            RETURN e {.*, district: [(e)-[:LOCATED_IN]->(d:District) | d.adcode][0],
                      industry: [(e)-[:IN_INDUSTRY]->(i:Industry) | i.code][0]} AS record
            """;

    private static final String CREATE = """
            MATCH (d:District {adcode: $districtAdcode}), (i:Industry {code: $industryCode})
            CREATE (e:Enterprise {uscc: $uscc, name: $name, aliases: $aliases, address: $address, founded: $founded,
                                  srdiLevel: $srdiLevel, srdiYear: $srdiYear, gbt29490Certified: $gbt29490Certified,
                                  ipCustody: $ipCustody, pilotStatus: $pilotStatus, listingPlan: $listingPlan,
                                  employees: $employees})
            CREATE (e)-[:LOCATED_IN]->(d)
            CREATE (e)-[:IN_INDUSTRY]->(i)
            WITH e
            """ + ENTERPRISE.substring(ENTERPRISE.indexOf("RETURN"));

    private static final String CORRECT = """
            MATCH (e:Enterprise {uscc: $uscc})
            SET e += $properties
            WITH e
            CALL (e) {
              MATCH (d:District {adcode: $districtAdcode})
              OPTIONAL MATCH (e)-[old:LOCATED_IN]->(:District)
              DELETE old
              CREATE (e)-[:LOCATED_IN]->(d)
            }
            CALL (e) {
              MATCH (i:Industry {code: $industryCode})
              OPTIONAL MATCH (e)-[old:IN_INDUSTRY]->(:Industry)
              DELETE old
              CREATE (e)-[:IN_INDUSTRY]->(i)
            }
            WITH e
            """ + ENTERPRISE.substring(ENTERPRISE.indexOf("RETURN"));

    private static final String SRDI = """
            MATCH (e:Enterprise {uscc: $uscc})
            SET e.srdiLevel = $level, e.srdiYear = $year
            WITH e
            """ + ENTERPRISE.substring(ENTERPRISE.indexOf("RETURN"));

    private static final String ASSIGNMENT = """
            MATCH (o:Officer {id: $officer})-[:ASSIGNED_TO]->(e:Enterprise {uscc: $uscc})
            RETURN {officer: o.id, enterprise: e.uscc} AS record
            """;

    private static final String ASSIGN = """
            MATCH (o:Officer {id: $officer}), (e:Enterprise {uscc: $uscc})
            MERGE (o)-[:ASSIGNED_TO]->(e)
            RETURN {officer: o.id, enterprise: e.uscc} AS record
            """;

    private static final String TRADEMARK = """
            MATCH (t:Trademark {registrationNumber: $number})
            RETURN t {.*, owner: [(e:Enterprise)-[:OWNS]->(t) | e.uscc][0]} AS record
            """;

    private static final String KEY_TRADEMARK = """
            MATCH (t:Trademark {registrationNumber: $number})
            SET t.keyProtection = true, t.keyProtectionSince = $since
            WITH t
            """ + TRADEMARK.substring(TRADEMARK.indexOf("RETURN"));

    private final AuditedWrite audited;

    EnterpriseRecords(AuditedWrite audited) {
        this.audited = audited;
    }

    public Recorded create(Enterprise e, String actor) {
        List<Check> checks = List.of(Reference.absent("uscc", "Enterprise", "uscc", e.uscc()),
                Reference.existing("district", "District", "adcode", e.districtAdcode()),
                Reference.existing("industry", "Industry", "code", e.industryCode()));
        var parameters = Row.of().put("uscc", e.uscc()).put("name", e.name()).put("aliases", e.aliases())
                .put("districtAdcode", e.districtAdcode()).put("address", e.address()).put("founded", e.founded())
                .put("industryCode", e.industryCode()).put("srdiLevel", e.srdiLevel()).put("srdiYear", e.srdiYear())
                .put("gbt29490Certified", e.gbt29490Certified()).put("ipCustody", e.ipCustody())
                .put("pilotStatus", e.pilotStatus()).put("listingPlan", e.listingPlan())
                .put("employees", e.employees()).map();
        return audited.run(actor, "Enterprise", e.uscc(), checks, null, CREATE, parameters);
    }

    /**
     * Sets the given properties (keys from {@link #CORRECTABLE}; enums as their names) and moves the firm to
     * another district or industry when those are not null.
     */
    public Recorded correct(String uscc, Map<String, Object> properties, String districtAdcode, String industryCode,
                            String actor) {
        if (!CORRECTABLE.containsAll(properties.keySet())) {
            throw new IllegalArgumentException("only " + CORRECTABLE + " can be corrected, not " + properties.keySet());
        }
        List<Check> checks = new ArrayList<>(List.of(Reference.existing("uscc", "Enterprise", "uscc", uscc)));
        if (districtAdcode != null) {
            checks.add(Reference.existing("district", "District", "adcode", districtAdcode));
        }
        if (industryCode != null) {
            checks.add(Reference.existing("industry", "Industry", "code", industryCode));
        }
        var plain = Row.of();
        properties.forEach(plain::put);
        var parameters = Row.of().put("uscc", uscc).put("properties", plain.map())
                .put("districtAdcode", districtAdcode).put("industryCode", industryCode).map();
        return audited.run(actor, "Enterprise", uscc, checks, ENTERPRISE, CORRECT, parameters);
    }

    /** A change of SRDI level (or a renewed recognition) and the year it took effect. */
    public Recorded srdiLevel(String uscc, SrdiLevel level, int year, String actor) {
        var parameters = Row.of().put("uscc", uscc).put("level", level).put("year", year).map();
        return audited.run(actor, "Enterprise", uscc,
                List.of(Reference.existing("enterprise", "Enterprise", "uscc", uscc)), ENTERPRISE, SRDI, parameters);
    }

    /** Makes an officer (知识产权特派员) responsible for a key firm; assigning twice changes nothing but the audit. */
    public Recorded assignOfficer(String officerId, String uscc, String actor) {
        var parameters = Row.of().put("officer", officerId).put("uscc", uscc).map();
        return audited.run(actor, "Assignment", officerId + "/" + uscc,
                List.of(Reference.existing("officer", "Officer", "id", officerId),
                        Reference.existing("enterprise", "Enterprise", "uscc", uscc)), ASSIGNMENT, ASSIGN, parameters);
    }

    /** Puts a trademark on the key-protection list from the given day. */
    public Recorded keyTrademark(String registrationNumber, LocalDate since, String actor) {
        var parameters = Row.of().put("number", registrationNumber).put("since", since).map();
        return audited.run(actor, "Trademark", registrationNumber,
                List.of(Reference.existing("registrationNumber", "Trademark", "registrationNumber",
                        registrationNumber)), TRADEMARK, KEY_TRADEMARK, parameters);
    }
}
