package cn.ipbridge.api.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.ipbridge.api.security.AccountService;
import cn.ipbridge.api.security.Role;
import cn.ipbridge.api.support.DemoGraphTest;

/**
 * The half-year report of the demo graph's first half of 2026 (its operations year runs from July 2025 to June
 * 2026), each figure checked against a count of its own, in Cypher, over the same graph.
 */
class HalfYearReportIT extends DemoGraphTest {

    private static final Map<String, Object> H1 = Map.of("from", "2026-01-01", "to", "2026-07-01");
    private static final Map<String, Object> H2_BEFORE = Map.of("from", "2025-07-01", "to", "2026-01-01");

    @Autowired
    private Driver driver;

    @Autowired
    private AccountService accounts;

    @LocalServerPort
    private int port;

    private Map<String, Map<String, Object>> figures;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void readTheReport() {
        var report = graphQl.documentName("halfYearReport").variable("halfYearEnd", "2026-06-30").execute();
        report.path("halfYearReport.title").entity(String.class).isEqualTo("2026年上半年");
        report.path("halfYearReport.previousEnd").entity(String.class).isEqualTo("2025-12-31");
        report.path("halfYearReport.xlsxUrl").entity(String.class).isEqualTo("/reports/half-year/2026-06-30.xlsx");
        report.path("halfYearReport.htmlUrl").entity(String.class).isEqualTo("/reports/half-year/2026-06-30.html");
        report.path("halfYearReport.sections[*].key").entityList(String.class).containsExactly("PUBLICITY_TRAINING",
                "POLICY_GUIDANCE", "INFORMATION_SERVICES", "OPERATIONS", "PROTECTION", "KEY_FIRM_SERVICE");
        figures = new HashMap<>();
        report.path("halfYearReport.sections[*].figures[*]").entityList(Map.class).get()
                .forEach(f -> figures.put((String) f.get("key"), f));
        lists = new HashMap<>();
        report.path("halfYearReport.sections[*].lists[*]").entityList(Map.class).get()
                .forEach(l -> lists.put((String) l.get("key"), l));
    }

    private Map<String, Map<String, Object>> lists;

    @Test
    void trainingFiguresAndTheirListMatchTheGraph() {
        String trainings = "MATCH (ev:Event {kind: 'TRAINING'}) WHERE date($from) <= ev.date < date($to) RETURN count(ev)";
        String trainees = """
                MATCH (:Enterprise)-[a:ATTENDED]->(ev:Event {kind: 'TRAINING'}) WHERE date($from) <= ev.date < date($to)
                RETURN sum(a.headcount)""";
        assertFigure("events.TRAINING", count(trainings, H1), count(trainings, H2_BEFORE));
        assertFigure("events.TRAINING.people", count(trainees, H1), count(trainees, H2_BEFORE));
        assertThat(count(trainings, H1)).as("the demo year trains in every month").isGreaterThanOrEqualTo(6);
        assertThat(lists.get("trainings").get("total")).isEqualTo((int) count(trainings, H1));
        assertThat((List<?>) lists.get("trainings").get("rows")).hasSize((int) count(trainings, H1));
        assertFigure("events.MATCHMAKING", count(events("MATCHMAKING"), H1), count(events("MATCHMAKING"), H2_BEFORE));
        assertFigure("events.EXHIBITION", count(events("EXHIBITION"), H1), count(events("EXHIBITION"), H2_BEFORE));
    }

    @Test
    void protectionAndConsultationCasesMatchTheGraph() {
        for (String kind : List.of("PRIORITY_EXAMINATION", "FAST_PRE_EXAMINATION", "RIGHTS_ASSISTANCE",
                "OVERSEAS_DISPUTE", "CONSULTATION")) {
            String cases = "MATCH (c:ServiceCase {kind: '" + kind + "'}) WHERE date($from) <= c.opened < date($to) "
                    + "RETURN count(c)";
            assertFigure("cases." + kind, count(cases, H1), count(cases, H2_BEFORE));
        }
        String protection = """
                MATCH (c:ServiceCase) WHERE c.kind IN ['PRIORITY_EXAMINATION', 'FAST_PRE_EXAMINATION',
                  'RIGHTS_ASSISTANCE', 'OVERSEAS_DISPUTE'] AND date($from) <= c.opened < date($to) RETURN count(c)""";
        assertThat(count(protection, H1)).isPositive();
        assertThat(lists.get("protectionCases").get("total")).isEqualTo((int) count(protection, H1));
    }

    @Test
    void operationsAndKeyFirmFiguresMatchTheGraph() {
        String pledges = "MATCH (d:FinancingDeal {kind: 'IP_PLEDGE'}) WHERE date($from) <= d.date < date($to) "
                + "RETURN count(d)";
        String amount = "MATCH (d:FinancingDeal {kind: 'IP_PLEDGE'}) WHERE date($from) <= d.date < date($to) "
                + "RETURN sum(d.amount)";
        String deals = "MATCH (d:FinancingDeal) WHERE date($from) <= d.date < date($to) RETURN count(d)";
        String transfers = "MATCH (:Patent)-[t:TRANSFERRED_TO]->(:Enterprise) WHERE date($from) <= t.date < date($to) "
                + "RETURN count(t)";
        String visits = "MATCH (v:Visit) WHERE date($from) <= v.date < date($to) RETURN count(v)";
        assertFigure("pledgeDeals", count(pledges, H1), count(pledges, H2_BEFORE));
        assertFigure("pledgeAmount", number(amount, H1), number(amount, H2_BEFORE));
        assertFigure("transfers", count(transfers, H1), count(transfers, H2_BEFORE));
        assertFigure("visits", count(visits, H1), count(visits, H2_BEFORE));
        assertThat(count(visits, H1)).isPositive();
        assertThat(lists.get("deals").get("total")).isEqualTo((int) count(deals, H1));
        assertThat(lists.get("visits").get("total")).isEqualTo((int) count(visits, H1));

        long certified = count("MATCH (e:Enterprise) WHERE e.gbt29490Certified RETURN count(e)", Map.of());
        assertThat(figures.get("gbt29490Certified")).containsEntry("value", (double) certified)
                .containsEntry("previous", null).containsEntry("change", null);
        long keyFirms = count("MATCH (e:Enterprise) WHERE EXISTS { (:Officer)-[:ASSIGNED_TO]->(e) } RETURN count(e)",
                Map.of());
        assertThat(figures.get("keyFirms")).containsEntry("value", (double) keyFirms);
    }

    @Test
    void theWorkbookHoldsTheSameFiguresAndOneSheetPerList() throws Exception {
        HttpResponse<byte[]> response = get("/reports/half-year/2026-06-30.xlsx");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet summary = book.getSheet(ReportWorkbook.SUMMARY);
            assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo("指标");
            Map<String, Row> byLabel = new HashMap<>();
            for (int r = 2; r <= summary.getLastRowNum(); r++) {
                byLabel.put(summary.getRow(r).getCell(1).getStringCellValue(), summary.getRow(r));
            }
            assertThat(byLabel).hasSize(figures.size());
            Map<String, Object> trainings = figures.get("events.TRAINING");
            Row row = byLabel.get((String) trainings.get("label"));
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("一、宣传培训");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(trainings.get("value"));
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(trainings.get("previous"));
            Sheet trainingSheet = book.getSheet("培训活动");
            assertThat(trainingSheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("日期");
            assertThat(trainingSheet.getLastRowNum()).isEqualTo(lists.get("trainings").get("total"));
            assertThat(book.getSheet("走访记录").getLastRowNum()).isEqualTo(lists.get("visits").get("total"));
        }
    }

    @Test
    void aDistrictAccountDownloadsItsDistrictsWorkbook() throws Exception {
        String token = tokenFor(accounts, "report-district", Role.DISTRICT); // scope 310115, 浦东新区
        HttpResponse<byte[]> response = get("/reports/half-year/2026-06-30.xlsx", token);
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> pudong = new HashMap<>(H1);
        pudong.put("d", "310115");
        long visits = count("""
                MATCH (v:Visit)-[:AT]->(:Enterprise)-[:LOCATED_IN]->(:District {adcode: $d})
                WHERE date($from) <= v.date < date($to) RETURN count(v)""", pudong);
        long trainings = count("""
                MATCH (ev:Event {kind: 'TRAINING'})-[:LOCATED_IN]->(:District {adcode: $d})
                WHERE date($from) <= ev.date < date($to) RETURN count(ev)""", pudong);
        long deals = count("""
                MATCH (x:FinancingDeal)-[:TO]->(:Enterprise)-[:LOCATED_IN]->(:District {adcode: $d})
                WHERE date($from) <= x.date < date($to) RETURN count(x)""", pudong);
        assertThat(visits).as("the district's visits, fewer than the city's").isPositive()
                .isLessThan(((Number) lists.get("visits").get("total")).longValue());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet summary = book.getSheet(ReportWorkbook.SUMMARY);
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).startsWith("2026年上半年（浦东新区 310115）");
            Map<String, Double> byLabel = new HashMap<>();
            for (int r = 2; r <= summary.getLastRowNum(); r++) {
                byLabel.put(summary.getRow(r).getCell(1).getStringCellValue(),
                        summary.getRow(r).getCell(2).getNumericCellValue());
            }
            assertThat(byLabel.get((String) figures.get("events.TRAINING").get("label"))).isEqualTo(trainings);
            assertThat(byLabel.get((String) figures.get("financingDeals").get("label"))).isEqualTo(deals);
            assertThat(book.getSheet("走访记录").getLastRowNum()).isEqualTo(visits);
            assertThat(book.getSheet("融资项目").getLastRowNum()).isEqualTo(deals);
        }
    }

    @Test
    void thePrintablePageHasEverySectionInChinese() throws Exception {
        HttpResponse<byte[]> response = get("/reports/half-year/2026-06-30.html");
        assertThat(response.statusCode()).isEqualTo(200);
        String html = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"zh-CN\">", "2026年上半年知识产权服务专精特新企业工作报告", "@media print",
                "<h2>一、宣传培训</h2>", "<h2>二、政策引导</h2>", "<h2>三、信息服务</h2>", "<h2>四、运营</h2>",
                "<h2>五、保护</h2>", "<h2>六、重点企业服务</h2>", "<h3>培训活动（" + lists.get("trainings").get("total") + "）</h3>");
    }

    @Test
    void refusesADayThatEndsNoHalfYearNamingTheArgument() throws Exception {
        graphQl.documentName("halfYearReport").variable("halfYearEnd", "2026-05-31").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage())
                        .contains("halfYearEnd").contains("2026-05-31")));
        HttpResponse<byte[]> response = get("/reports/half-year/2026-05-31.xlsx");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("halfYearEnd");
    }

    @Test
    void answersTheReadmeExampleWithTheDemoYearsTargets() {
        var readme = graphQl.documentName("readmeTargetsAndReports").execute();
        readme.path("targetProgress[0].actual").entity(Double.class).satisfies(a -> assertThat(a).isPositive());
        readme.path("targetProgress[2].goal").entity(Double.class).satisfies(g -> assertThat(g).isPositive());
        // The generator leaves about 12% of key firms unvisited since the first or second quarter.
        readme.path("overdueVisits.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
        readme.path("halfYearReport.sections").entityList(Object.class).hasSize(6);
    }

    private void assertFigure(String key, double value, double previous) {
        assertThat(figures).containsKey(key);
        assertThat(figures.get(key)).as(key).containsEntry("value", value).containsEntry("previous", previous)
                .containsEntry("change", value - previous);
    }

    private static String events(String kind) {
        return "MATCH (ev:Event {kind: '" + kind + "'}) WHERE date($from) <= ev.date < date($to) RETURN count(ev)";
    }

    private long count(String cypher, Map<String, Object> parameters) {
        return (long) number(cypher, parameters);
    }

    private double number(String cypher, Map<String, Object> parameters) {
        var value = driver.executableQuery(cypher).withParameters(parameters).execute().records().get(0).get(0);
        return value.isNull() ? 0 : value.asNumber().doubleValue();
    }

    private HttpResponse<byte[]> get(String path, String... token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        for (String bearer : token) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
