package cn.ipbridge.graph.importing;

import static cn.ipbridge.graph.importing.RealFilesImportIT.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.ipbridge.graph.database.TestDatabase;
import cn.ipbridge.graph.taxonomy.ShanghaiDistricts;
import cn.ipbridge.graph.taxonomy.StrategicIndustries;
import cn.ipbridge.graph.write.GraphWriter;
import cn.ipbridge.graph.write.RowStatuses;
import cn.ipbridge.graph.write.WriteProgress;

/**
 * The programme's own records import from the files staff keep (Chinese headers; UTF-8 with BOM, GBK and one
 * XLSX): trademarks, funders, deals, officers, events with attendance, visits and service cases. Invalid rows are
 * rejected with line, column and reason; links go to nodes that must already be in the graph; a second import of
 * every file changes nothing.
 */
class ProgrammeFilesImportIT {

    private static final String DIDI = "9111010859963405XW";
    private static final String FAW = "912201011239989159";
    private static final String PUDONG = "91310115591693856A";
    private static final String CENTRE = "上海市知识产权保护中心（上海市知识产权发展研究中心）";

    /** In the order they depend on each other, each with the rows it must reject (line, column). */
    private static final Map<String, ImportKind> FILES = new LinkedHashMap<>();

    static {
        FILES.put("ops-enterprises-utf8bom.csv", ImportKind.ENTERPRISES);
        FILES.put("shanghai-ip-institutions.tsv", ImportKind.INSTITUTIONS);
        FILES.put("funders-utf8bom.csv", ImportKind.FUNDERS);
        FILES.put("trademarks-gbk.csv", ImportKind.TRADEMARKS);
        FILES.put("deals.xlsx", ImportKind.DEALS);
        FILES.put("officers-gbk.csv", ImportKind.OFFICERS);
        FILES.put("events-utf8bom.csv", ImportKind.EVENTS);
        FILES.put("visits-utf8bom.csv", ImportKind.VISITS);
        FILES.put("service-cases-gbk.csv", ImportKind.SERVICE_CASES);
    }

    private final TestDatabase db = TestDatabase.get();
    private final ImportRun importer = new ImportRun(db.driver(), null, 2);

    @BeforeEach
    void emptyGraphWithTaxonomy() {
        db.clear();
        GraphWriter writer = new GraphWriter(db.driver(), null);
        writer.taxonomy().districts(ShanghaiDistricts.all(), WriteProgress.NONE);
        writer.taxonomy().industries(StrategicIndustries.all(), WriteProgress.NONE);
    }

    private ImportReport importFile(String name) {
        return importer.run(new SourceFile(resource(name), null), ImportOptions.of(FILES.get(name)),
                ImportProgress.NONE);
    }

    @Test
    void everyProgrammeFileImportsWithItsLinksAndRejectsWhatIsInvalidNamingLineAndColumn() {
        Map<String, ImportReport> reports = new LinkedHashMap<>();
        FILES.keySet().forEach(name -> reports.put(name, importFile(name)));

        assertThat(reports.get("trademarks-gbk.csv").rejections()).extracting(Rejection::line, Rejection::column)
                .containsExactly(tuple(5L, "国际分类"), tuple(6L, "注册号"), tuple(7L, "注册人"));
        assertThat(reports.get("trademarks-gbk.csv").written().get("trademarks")).isEqualTo(new RowStatuses(3, 0, 0));
        assertThat(reports.get("funders-utf8bom.csv").rejections()).extracting(Rejection::line, Rejection::column)
                .containsExactly(tuple(5L, "机构类型"));
        assertThat(reports.get("deals.xlsx").rejections()).extracting(Rejection::line, Rejection::column)
                .containsExactly(tuple(4L, "金融机构"), tuple(5L, "融资金额(万元)"));
        assertThat(reports.get("officers-gbk.csv").rejections()).extracting(Rejection::line, Rejection::column)
                .containsExactly(tuple(4L, "所属区"));
        assertThat(reports.get("events-utf8bom.csv").rejections()).extracting(Rejection::line, Rejection::column)
                .containsExactly(tuple(4L, "活动日期"));
        assertThat(reports.get("visits-utf8bom.csv").rejections()).extracting(Rejection::line, Rejection::column)
                .containsExactly(tuple(4L, "特派员编号"));
        assertThat(reports.get("service-cases-gbk.csv").rejections()).extracting(Rejection::line, Rejection::column)
                .containsExactly(tuple(4L, "企业统一社会信用代码"), tuple(5L, "结案日期"));

        // GBK decoded, owner found by name, Nice classes as numbers, key-protection flag
        assertThat(db.count("""
                MATCH (:Enterprise {uscc: '%s'})-[:OWNS]->(t:Trademark {registrationNumber: '1234567', name: '红旗'})
                WHERE t.niceClasses = [12, 37] AND t.keyProtection RETURN count(t)""".formatted(FAW))).isEqualTo(1);
        assertThat(db.count("MATCH (t:Trademark {registrationNumber: '20000001'}) WHERE t.niceClasses = [12] "
                + "AND t.keyProtection IS NULL RETURN count(t)")).isEqualTo(1);
        assertThat(db.count("""
                MATCH (f:Funder {name: '中国银行上海市分行', type: 'BANK'})-[:PREFERS]->(i:Industry)
                WHERE f.allianceMember AND f.ticketMin = 100 AND f.ticketMax = 5000 AND size(f.products) = 2
                RETURN count(i)""")).isEqualTo(2);
        assertThat(db.count("MATCH (f:Funder {type: 'GUARANTOR'}) RETURN count(f)")).isEqualTo(1);
        assertThat(db.count("""
                MATCH (:Funder {name: '兴业银行上海分行'})-[:PROVIDED]->(d:FinancingDeal {id: 'D-2025-002'})
                      -[:TO]->(:Enterprise {uscc: '%s'})
                WHERE d.amount = 500.5 AND d.kind = 'IP_PLEDGE' AND d.date = date('2025-07-15')
                MATCH (d)-[:SECURED_BY]->(t:Trademark) RETURN count(t)""".formatted(FAW))).isEqualTo(2);
        assertThat(db.count("""
                MATCH (o:Officer {id: 'OFF-PD-01', name: '张明'})-[:LOCATED_IN]->(:District {adcode: '310115'})
                MATCH (o)-[:ASSIGNED_TO]->(e:Enterprise) RETURN count(e)""")).isEqualTo(2);
        assertThat(db.count("""
                MATCH (:Institution {name: '%s'})-[:HOSTED]->(ev:Event {id: 'EV-2025-01', kind: 'MATCHMAKING'})
                MATCH (:Enterprise {uscc: '%s'})-[a:ATTENDED {headcount: 3}]->(ev) RETURN count(a)"""
                .formatted(CENTRE, DIDI))).isEqualTo(1);
        assertThat(db.count("MATCH (ev:Event {id: 'EV-2025-02', kind: 'TRAINING'})<-[a:ATTENDED {headcount: 1}]-() "
                + "WHERE ev.date = date('2025-04-09') RETURN count(a)")).isEqualTo(1);
        assertThat(db.count("""
                MATCH (v:Visit {id: 'V-0001'})-[:BY]->(:Officer {id: 'OFF-PD-01'}), (v)-[:AT]->(:Enterprise {uscc: '%s'})
                WHERE v.needs = ['专利导航', '质押融资'] AND v.followUpDate = date('2025-06-06') RETURN count(v)"""
                .formatted(DIDI))).isEqualTo(1);
        assertThat(db.count("""
                MATCH (c:ServiceCase {id: 'SC-2025-001', kind: 'FAST_PRE_EXAMINATION'})-[:FOR]->(:Enterprise {uscc: '%s'})
                MATCH (c)-[:HANDLED_BY]->(:Institution {name: '%s'}) RETURN count(c)""".formatted(DIDI, CENTRE)))
                .isEqualTo(1);
        assertThat(db.count("MATCH (c:ServiceCase {id: 'SC-2025-002', kind: 'OVERSEAS_DISPUTE'}) "
                + "WHERE NOT (c)-[:HANDLED_BY]->() RETURN count(c)")).isEqualTo(1);

        // (not the institutions file: it also describes two funders, which the funders file has since updated)
        FILES.keySet().stream().filter(name -> FILES.get(name) != ImportKind.INSTITUTIONS).forEach(name -> {
            RowStatuses again = importFile(name).totals();
            assertThat(again.created() + again.updated()).as(name + ": " + again).isZero();
        });
        assertThat(db.count("MATCH ()-[r:ATTENDED|ASSIGNED_TO|SECURED_BY|OWNS|PROVIDED|HANDLED_BY]->() RETURN count(r)"))
                .as("a second import makes no link twice").isEqualTo(3 + 3 + 3 + 3 + 2 + 1);
    }

    @Test
    void aChangedRowReplacesItsLinksAndAnEmptiedListRemovesThem() throws Exception {
        FILES.keySet().forEach(this::importFile);
        java.nio.file.Path changed = java.nio.file.Files.createTempDirectory("officers").resolve("officers.csv");
        java.nio.file.Files.writeString(changed, "特派员编号,姓名,负责企业\nOFF-PD-01,张明,%s\nOFF-JD-01,李华,\n"
                .formatted(FAW));

        ImportReport report = importer.run(new SourceFile(changed, null), ImportOptions.of(ImportKind.OFFICERS),
                ImportProgress.NONE);

        assertThat(report.written().get("officers")).isEqualTo(new RowStatuses(0, 2, 0));
        assertThat(db.count("MATCH (:Officer {id: 'OFF-PD-01'})-[:ASSIGNED_TO]->(e) RETURN count(e)")).isEqualTo(1);
        assertThat(db.count("MATCH (:Officer {id: 'OFF-JD-01'})-[:ASSIGNED_TO]->(e) RETURN count(e)")).isZero();
        assertThat(db.count("MATCH (:Officer {id: 'OFF-PD-01'})-[:LOCATED_IN]->(d) RETURN count(d)"))
                .as("a file without the district column leaves the district").isEqualTo(1);
    }
}
