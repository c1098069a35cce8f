package cn.ipbridge.graph.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.ipbridge.graph.database.TestDatabase;
import cn.ipbridge.graph.identifier.CreditCode;
import cn.ipbridge.graph.model.Enterprise;
import cn.ipbridge.graph.model.SrdiLevel;
import cn.ipbridge.graph.taxonomy.IpcClass;
import cn.ipbridge.graph.taxonomy.IpcLevel;
import cn.ipbridge.graph.taxonomy.ShanghaiDistricts;
import cn.ipbridge.graph.write.GraphWriter;
import cn.ipbridge.graph.write.ResearchClassLinks;
import cn.ipbridge.graph.write.RowStatuses;
import cn.ipbridge.graph.write.WriteProgress;

/** The real files shipped for tests import as they are, with the counts they imply, and a second import changes nothing. */
class RealFilesImportIT {

    private final TestDatabase db = TestDatabase.get();
    private final ImportRun importer = new ImportRun(db.driver(), null, 1_000);

    @BeforeEach
    void emptyGraphWithTaxonomy() {
        db.clear();
        GraphWriter writer = new GraphWriter(db.driver(), null);
        writer.taxonomy().districts(ShanghaiDistricts.all(), WriteProgress.NONE);
        // IPC classes at class level for every section and class the files use, and one subclass:
        // enough to see links made at the most specific level that exists
        List<IpcClass> classes = Stream.concat(
                Stream.of("A", "B", "C", "D", "E", "F", "G", "H").map(s -> new IpcClass(s, IpcLevel.SECTION, s, null, null)),
                Stream.of("A", "B", "C", "D", "E", "F", "G", "H").flatMap(s -> java.util.stream.IntStream.rangeClosed(1, 99)
                        .mapToObj(i -> new IpcClass(s + "%02d".formatted(i), IpcLevel.CLASS, "t", null, s))))
                .toList();
        writer.taxonomy().ipcClasses(classes, WriteProgress.NONE);
        writer.taxonomy().ipcClasses(List.of(new IpcClass("H01M", IpcLevel.SUBCLASS, "电池", null, "H01")),
                WriteProgress.NONE);
    }

    static Path resource(String name) {
        try {
            return Path.of(RealFilesImportIT.class.getResource("/importing/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportReport importFile(ImportKind kind, String name) {
        return importer.run(new SourceFile(resource(name), null), ImportOptions.of(kind), ImportProgress.NONE);
    }

    @Test
    void institutionsFileBecomesUniversitiesInstitutionsAndFundersAndReimportChangesNothing() {
        ImportReport first = importFile(ImportKind.INSTITUTIONS, "shanghai-ip-institutions.tsv");

        assertThat(first.rowsRead()).isEqualTo(14);
        assertThat(first.rejected()).isZero();
        assertThat(first.written().get("universities")).isEqualTo(new RowStatuses(5, 0, 0));
        assertThat(first.written().get("institutions")).isEqualTo(new RowStatuses(6, 0, 0));
        assertThat(first.written().get("funders")).isEqualTo(new RowStatuses(3, 0, 0));
        assertThat(db.count("MATCH (u:University:Institution) RETURN count(u)")).isEqualTo(5);
        assertThat(db.count("MATCH (i:Institution {name: '上海交通大学'}) WHERE 'TISC' IN i.types "
                + "AND 'UNIVERSITY_CENTRE' IN i.types RETURN count(i)")).isEqualTo(1);

        ImportReport second = importFile(ImportKind.INSTITUTIONS, "shanghai-ip-institutions.tsv");

        assertThat(second.totals()).isEqualTo(new RowStatuses(0, 0, 14));
        assertThat(db.count("MATCH (i:Import {state: 'COMPLETED'}) WHERE i.finishedAt IS NOT NULL RETURN count(i)"))
                .isEqualTo(2);
    }

    @Test
    void elevenThousandPatentsImportWithEveryApplicantLinkedOrKeptAndTheirClass() {
        importFile(ImportKind.INSTITUTIONS, "shanghai-ip-institutions.tsv");

        ImportReport report = importFile(ImportKind.PATENTS, "cn-patents-11k.csv");

        // four rows name no applicant ("-"): rejected with line and column, not imported without an owner
        assertThat(report.rejections()).extracting(Rejection::line).containsExactly(8003L, 8874L, 9044L, 9200L);
        assertThat(report.rejections()).extracting(Rejection::column).containsOnly("applicants");
        assertThat(report.written().get("patents")).isEqualTo(new RowStatuses(11_303, 0, 0));
        assertThat(db.count("MATCH (p:Patent) WHERE p.applicationNumber STARTS WITH 'PN:CN' RETURN count(p)"))
                .isEqualTo(11_303);
        assertThat(db.count("MATCH (p:Patent) WHERE NOT (p)-[:APPLIED_BY]->() RETURN count(p)")).isZero();
        assertThat(db.count("MATCH (p:Patent) WHERE NOT (p)-[:CLASSIFIED_AS]->(:IpcClass {level: 'CLASS'}) "
                + "RETURN count(p)")).isZero();
        assertThat(db.count("MATCH (p:Patent {publicationNumber: 'CN1016566B'}) WHERE p.title = '分组交换网' "
                + "AND p.titleEn = 'PACKET SWITCHING NETWORK' RETURN count(p)")).isEqualTo(1);
        // applicants separated by " | " are two applicants, in order
        assertThat(db.count("MATCH (p:Patent)-[r:APPLIED_BY {order: 2}]->(:Applicant {name: '田成兴'}) "
                + "WHERE (p)-[:APPLIED_BY {order: 1}]->(:Applicant {name: '武国宪'}) RETURN count(p)")).isGreaterThan(0);

        // A patent a university or institute applied for links to its main class again as RESEARCH_PATENT_IN; no other does.
        assertThat(db.count(ResearchClassLinks.MISMATCHES)).isZero();
        assertThat(db.count(ResearchClassLinks.COUNT)).isPositive();

        ImportReport again = importFile(ImportKind.PATENTS, "cn-patents-11k.csv");

        assertThat(again.written().get("patents")).isEqualTo(new RowStatuses(0, 0, 11_303));
    }

    @Test
    void recentApplicationsLinkToEnterprisesByNameAndAliasAndToTheMostSpecificIpcLevel() {
        new GraphWriter(db.driver(), null).enterprises().enterprises(List.of(
                enterprise("91330500MA2B0000", "超威电源集团股份有限公司", List.of()),
                enterprise("91330500MA2C0000", "纳爱斯新名称有限公司", List.of("纳爱斯集团有限公司"))),
                WriteProgress.NONE);

        ImportReport report = importFile(ImportKind.PATENTS, "cn-applications-60.tsv");

        assertThat(report.rejected()).as(report.summary()).isZero();
        assertThat(report.written().get("patents")).isEqualTo(new RowStatuses(60, 0, 0));
        assertThat(db.count("MATCH (:Patent {applicationNumber: '202211188969.7'})-[r:APPLIED_BY {linkedBy: 'NAME'}]->"
                + "(:Enterprise {name: '超威电源集团股份有限公司'}) RETURN count(r)")).isEqualTo(1);
        assertThat(db.count("MATCH (:Patent)-[r:APPLIED_BY {linkedBy: 'ALIAS'}]->(:Enterprise) RETURN count(r)"))
                .isGreaterThan(0);
        assertThat(db.count("MATCH (:Patent {applicationNumber: '202211252548.6'})-[:CLASSIFIED_AS {main: true}]->"
                + "(:IpcClass {code: 'H01M'}) RETURN count(*)")).isEqualTo(1);
        assertThat(db.count("MATCH (p:Patent) WHERE NOT (p)-[:APPLIED_BY]->() OR NOT (p)-[:CLASSIFIED_AS]->() "
                + "RETURN count(p)")).isZero();
        assertThat(db.count("MATCH (p:Patent {legalStatus: 'PENDING', type: 'INVENTION'}) RETURN count(p)"))
                .isEqualTo(60);
        // The linked firms' derived profiles follow their new patents.
        assertThat(db.count("""
                MATCH (e:Enterprise) WHERE e.patentCount IS NULL OR e.patentCount <> COUNT { (e)<-[:APPLIED_BY]-() }
                RETURN count(e)""")).isZero();
        assertThat(db.count("MATCH (e:Enterprise {name: '超威电源集团股份有限公司'})-[a:ACTIVE_IN]->() RETURN sum(a.patents)"))
                .isEqualTo(db.count("MATCH (e:Enterprise {name: '超威电源集团股份有限公司'}) RETURN e.patentCount"))
                .isPositive();
    }

    private static Enterprise enterprise(String first16, String name, List<String> aliases) {
        String uscc = CreditCode.complete(first16 + "0").value();
        return new Enterprise(uscc, name, aliases, "310115", null, null, null, SrdiLevel.MUNICIPAL_SRDI, 2023,
                false, false, null, null, null);
    }
}
