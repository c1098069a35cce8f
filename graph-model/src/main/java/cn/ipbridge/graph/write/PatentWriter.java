package cn.ipbridge.graph.write;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import cn.ipbridge.graph.model.ApplicantKind;
import cn.ipbridge.graph.model.Patent;
import cn.ipbridge.graph.model.PatentTransfer;

/** Writes patents with their applicants and IPC classes, then citations, transfers and licences. */
public final class PatentWriter {

    private static final String PATENTS = """
            UNWIND $rows AS r
            MERGE (p:Patent {applicationNumber: r.applicationNumber})
            SET p.publicationNumber = r.publicationNumber, p.title = r.title, p.titleEn = r.titleEn,
                p.abstract = r.abstract, p.type = r.type, p.filingDate = r.filingDate, p.grantDate = r.grantDate,
                p.legalStatus = r.legalStatus, p.claims = r.claims, p.familySize = r.familySize,
                p.openLicence = r.openLicence
            WITH p, r
            CALL (p, r) {
              UNWIND r.enterprises AS a
              MATCH (e:Enterprise {uscc: a.key})
              MERGE (p)-[rel:APPLIED_BY]->(e) SET rel.order = a.order
            }
            CALL (p, r) {
              UNWIND r.universities AS a
              MATCH (u:University {name: a.key})
              MERGE (p)-[rel:APPLIED_BY]->(u) SET rel.order = a.order
            }
            CALL (p, r) {
              UNWIND r.institutions AS a
              MATCH (i:Institution {name: a.key})
              MERGE (p)-[rel:APPLIED_BY]->(i) SET rel.order = a.order
            }
            CALL (p, r) {
              UNWIND r.others AS a
              MERGE (x:Applicant {name: a.key})
              MERGE (p)-[rel:APPLIED_BY]->(x) SET rel.order = a.order
            }
            CALL (p, r) {
              UNWIND r.ipc AS k
              MATCH (c:IpcClass {code: k.code})
              MERGE (p)-[rel:CLASSIFIED_AS]->(c)
              SET rel.main = k.main
            }
            CALL (p, r) {
              WITH p, r WHERE r.research
              UNWIND [k IN r.ipc WHERE k.main] AS k
              MATCH (c:IpcClass {code: k.code})
              MERGE (p)-[:RESEARCH_PATENT_IN]->(c)
            }
            """;

    private static final String CITATIONS = """
            UNWIND $rows AS r
            MATCH (p:Patent {applicationNumber: r.applicationNumber})
            UNWIND r.cites AS cited
            MATCH (q:Patent {applicationNumber: cited})
            MERGE (p)-[:CITES]->(q)
            """;

    private static final String TRANSFERS = """
            UNWIND $rows AS r
            MATCH (p:Patent {applicationNumber: r.applicationNumber}), (e:Enterprise {uscc: r.enterpriseUscc})
            CALL (p, e, r) {
              WITH p, e, r WHERE NOT r.licence
              MERGE (p)-[t:TRANSFERRED_TO]->(e) SET t.date = r.date
            }
            CALL (p, e, r) {
              WITH p, e, r WHERE r.licence
              MERGE (p)-[t:LICENSED_TO]->(e) SET t.date = r.date
            }
            """;

    private final BatchWriter writer;

    PatentWriter(BatchWriter writer) {
        this.writer = writer;
    }

    /**
     * Patents and their {@code APPLIED_BY} and {@code CLASSIFIED_AS} links, and {@code RESEARCH_PATENT_IN} to the
     * main class of those a university or institute applied for. Enterprise, university and
     * institution applicants and IPC codes must already be in the graph (importers link names to them first and
     * keep the rest as {@link ApplicantKind#OTHER}, which becomes an {@code Applicant} node). Citations are written separately, once all patents exist.
     */
    public WriteCounts patents(Iterable<Patent> patents, WriteProgress progress) {
        return writer.write("patents", PATENTS, patents, p -> Row.of()
                .put("applicationNumber", p.applicationNumber()).put("publicationNumber", p.publicationNumber())
                .put("title", p.title()).put("titleEn", p.titleEn()).put("abstract", p.abstractText())
                .put("type", p.type()).put("filingDate", p.filingDate()).put("grantDate", p.grantDate())
                .put("legalStatus", p.legalStatus()).put("claims", p.claims()).put("familySize", p.familySize())
                .put("openLicence", p.openLicence())
                .put("enterprises", applicants(p, ApplicantKind.ENTERPRISE))
                .put("universities", applicants(p, ApplicantKind.UNIVERSITY))
                .put("institutions", applicants(p, ApplicantKind.INSTITUTION))
                .put("others", applicants(p, ApplicantKind.OTHER))
                .put("research", p.applicants().stream().anyMatch(a -> a.kind().research()))
                .put("ipc", IntStream.range(0, p.ipcCodes().size()).mapToObj(i -> Row.of()
                        .put("code", p.ipcCodes().get(i)).put("main", i == 0).map()).toList())
                .map(), progress);
    }

    private static List<Map<String, Object>> applicants(Patent p, ApplicantKind kind) {
        return p.applicants().stream().filter(a -> a.kind() == kind)
                .map(a -> Row.of().put("key", a.key()).put("order", a.order()).map()).toList();
    }

    /** The {@code CITES} links of these patents; both ends must have been written. */
    public WriteCounts citations(Iterable<Patent> patents, WriteProgress progress) {
        return writer.write("citations", CITATIONS, patents, p -> Row.of()
                .put("applicationNumber", p.applicationNumber()).put("cites", p.cites()).map(), progress);
    }

    public WriteCounts transfers(Iterable<PatentTransfer> transfers, WriteProgress progress) {
        return writer.write("transfers", TRANSFERS, transfers, t -> Row.of()
                .put("applicationNumber", t.applicationNumber()).put("enterpriseUscc", t.enterpriseUscc())
                .put("date", t.date()).put("licence", t.licence()).map(), progress);
    }
}
