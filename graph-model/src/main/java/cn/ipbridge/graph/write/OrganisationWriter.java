package cn.ipbridge.graph.write;

import cn.ipbridge.graph.model.Funder;
import cn.ipbridge.graph.model.Institution;
import cn.ipbridge.graph.model.ServiceLink;
import cn.ipbridge.graph.model.University;

/** Writes universities, service institutions, funders and which institution serves which firm. */
public final class OrganisationWriter {

    private static final String UNIVERSITIES = """
            UNWIND $rows AS r
            MERGE (u:University {name: r.name})
            WITH u, r
            CALL (u, r) {
              MATCH (d:District {adcode: r.districtAdcode})
              MERGE (u)-[:LOCATED_IN]->(d)
            }
            """;

    /**
     * Institutions; one whose specialities this adds to gets its firms' {@code IN_FIELDS_OF} links anew
     * ({@link InstitutionFields}), in the same transaction.
     */
    private static final String INSTITUTIONS = """
            UNWIND $rows AS r
            MERGE (i:Institution {name: r.name})
            WITH i, r, COUNT { (i)-[:SPECIALIZES_IN]->() } AS specialities
            SET i.types = r.types, i.services = r.services, i.yearlyCapacity = r.yearlyCapacity,
                i.designation = r.designation, i.designatedYear = r.designatedYear, i.source = r.source
            WITH i, r, specialities
            CALL (i, r) {
              WITH i, r WHERE r.university
              SET i:University
            }
            CALL (i, r) {
              MATCH (d:District {adcode: r.districtAdcode})
              MERGE (i)-[:LOCATED_IN]->(d)
            }
            CALL (i, r) {
              UNWIND r.ipcSpecialities AS code
              MATCH (c:IpcClass {code: code})
              MERGE (i)-[:SPECIALIZES_IN]->(c)
            }
            WITH i WHERE COUNT { (i)-[:SPECIALIZES_IN]->() } <> specialities
            """ + InstitutionFields.RELINK_I + "\n";

    private static final String FUNDERS = """
            UNWIND $rows AS r
            MERGE (f:Funder {name: r.name})
            SET f.type = r.type, f.products = r.products, f.allianceMember = r.allianceMember,
                f.ticketMin = r.ticketMin, f.ticketMax = r.ticketMax, f.source = r.source
            WITH f, r
            CALL (f, r) {
              UNWIND r.preferredIndustries AS code
              MATCH (i:Industry {code: code})
              MERGE (f)-[:PREFERS]->(i)
            }
            """;

    private static final String SERVICE_LINKS = """
            UNWIND $rows AS r
            MATCH (i:Institution {name: r.institutionName}), (e:Enterprise {uscc: r.enterpriseUscc})
            MERGE (i)-[s:SERVES]->(e)
            SET s.service = r.service, s.since = r.since
            """;

    private final BatchWriter writer;

    OrganisationWriter(BatchWriter writer) {
        this.writer = writer;
    }

    public WriteCounts universities(Iterable<University> universities, WriteProgress progress) {
        return writer.write("universities", UNIVERSITIES, universities, u -> Row.of()
                .put("name", u.name()).put("districtAdcode", u.districtAdcode()).map(), progress);
    }

    public WriteCounts institutions(Iterable<Institution> institutions, WriteProgress progress) {
        return writer.write("institutions", INSTITUTIONS, institutions, i -> Row.of()
                .put("name", i.name()).put("types", i.types()).put("university", i.university())
                .put("services", i.services()).put("ipcSpecialities", i.ipcSpecialities())
                .put("districtAdcode", i.districtAdcode()).put("yearlyCapacity", i.yearlyCapacity())
                .put("designation", i.designation()).put("designatedYear", i.designatedYear())
                .put("source", i.source()).map(), progress);
    }

    public WriteCounts funders(Iterable<Funder> funders, WriteProgress progress) {
        return writer.write("funders", FUNDERS, funders, f -> Row.of()
                .put("name", f.name()).put("type", f.type()).put("products", f.products())
                .put("allianceMember", f.allianceMember()).put("preferredIndustries", f.preferredIndustries())
                .put("ticketMin", f.ticketMin()).put("ticketMax", f.ticketMax()).put("source", f.source()).map(),
                progress);
    }

    public WriteCounts serviceLinks(Iterable<ServiceLink> links, WriteProgress progress) {
        return writer.write("service links", SERVICE_LINKS, links, s -> Row.of()
                .put("institutionName", s.institutionName()).put("enterpriseUscc", s.enterpriseUscc())
                .put("service", s.service()).put("since", s.since()).map(), progress);
    }
}
