package cn.ipbridge.graph.importing;

import static cn.ipbridge.graph.importing.RealFilesImportIT.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.ipbridge.graph.database.TestDatabase;
import cn.ipbridge.graph.identifier.CreditCode;
import cn.ipbridge.graph.taxonomy.ShanghaiDistricts;
import cn.ipbridge.graph.taxonomy.StrategicIndustries;
import cn.ipbridge.graph.write.GraphWriter;
import cn.ipbridge.graph.write.RowStatuses;
import cn.ipbridge.graph.write.WriteProgress;

/**
 * Sign-in sheets (one row per person) import as each firm's headcount per event, over the events and firms of the
 * programme files: a GBK CSV with credit codes and an XLSX naming firms only, people who signed twice counted once,
 * a second import changing nothing, a corrected sheet replacing what the first said, and invalid rows rejected with
 * line, column and reason, holding back their event.
 */
class AttendanceImportIT {

    private static final String DIDI = "9111010859963405XW";
    private static final String FAW = "912201011239989159";
    private static final String PUDONG = "91310115591693856A";
    private static final String HEADCOUNTS = """
            MATCH (f:Enterprise)-[a:ATTENDED]->(ev:Event {id: $event})
            RETURN f.uscc AS firm, a.headcount AS headcount""";

    private final TestDatabase db = TestDatabase.get();
    private final ImportRun importer = new ImportRun(db.driver(), null, 2);

    @TempDir
    Path dir;

    /** Enterprises, institutions and events (EV-2025-01 matchmaking, EV-2025-02 training) from the programme files. */
    @BeforeEach
    void programmeEventsAndFirms() {
        db.clear();
        GraphWriter writer = new GraphWriter(db.driver(), null);
        writer.taxonomy().districts(ShanghaiDistricts.all(), WriteProgress.NONE);
        writer.taxonomy().industries(StrategicIndustries.all(), WriteProgress.NONE);
        importFile(resource("ops-enterprises-utf8bom.csv"), ImportKind.ENTERPRISES);
        importFile(resource("shanghai-ip-institutions.tsv"), ImportKind.INSTITUTIONS);
        importFile(resource("events-utf8bom.csv"), ImportKind.EVENTS);
        assertThat(headcounts("EV-2025-01")).as("the events file's attendance cell").isEqualTo(Map.of(DIDI, 3L, PUDONG, 2L));
        assertThat(headcounts("EV-2025-02")).isEqualTo(Map.of(FAW, 1L));
    }

    @Test
    void signInSheetsAddUpEachFirmsPeoplePerEventAndASecondImportChangesNothing() throws IOException {
        ImportReport training = importFile(resource("attendance-training-gbk.csv"), ImportKind.ATTENDANCE);
        ImportReport matchmaking = importFile(matchmakingSheet(), ImportKind.ATTENDANCE);

        assertThat(training.rejections()).isEmpty();
        assertThat(training.rowsRead()).isEqualTo(7);
        assertThat(training.written()).isEqualTo(Map.of("attendance", new RowStatuses(0, 1, 0)));
        assertThat(training.ignoredColumns()).containsExactly("职务", "手机");
        // 王伟 signed twice (once as 王 伟); 赵磊's row has no code and is found by name; an unnamed row counts 1
        assertThat(headcounts("EV-2025-02")).isEqualTo(Map.of(FAW, 2L, DIDI, 1L, PUDONG, 3L));
        assertThat(matchmaking.rejections()).isEmpty();
        assertThat(matchmaking.written()).isEqualTo(Map.of("attendance", new RowStatuses(0, 1, 0)));
        // firms by name only (有限责任公司 folded); 人数 as a number, as 4人 and blank; 刘洋's group of 4 signed twice
        assertThat(headcounts("EV-2025-01")).isEqualTo(Map.of(DIDI, 2L, PUDONG, 4L, FAW, 2L));
        assertThat(db.count("MATCH (:Enterprise)-[a:ATTENDED]->(:Event {id: 'EV-2025-01'}) RETURN sum(a.headcount)"))
                .isEqualTo(8);
        assertThat(db.count("MATCH (:Enterprise)-[a:ATTENDED]->(:Event {kind: 'TRAINING'}) RETURN sum(a.headcount)"))
                .as("trainees, summed as the programme's targets and KPIs sum them").isEqualTo(6);
        assertThat(db.count("MATCH (n) WHERE any(k IN keys(n) WHERE n[k] IN ['王伟', '13800000001']) RETURN count(n)"))
                .as("names and telephone numbers are not stored").isZero();

        List<Map<String, Object>> before = attendance();
        ImportReport trainingAgain = importFile(resource("attendance-training-gbk.csv"), ImportKind.ATTENDANCE);
        ImportReport matchmakingAgain = importFile(matchmakingSheet(), ImportKind.ATTENDANCE);
        ImportReport eventsAgain = importFile(resource("events-utf8bom.csv"), ImportKind.EVENTS);

        assertThat(trainingAgain.written()).isEqualTo(Map.of("attendance", new RowStatuses(0, 0, 1)));
        assertThat(matchmakingAgain.written()).isEqualTo(Map.of("attendance", new RowStatuses(0, 0, 1)));
        assertThat(eventsAgain.totals()).as("the events file is unchanged too: its hash is its own")
                .isEqualTo(new RowStatuses(0, 0, 2));
        assertThat(attendance()).as("the same relationships, not rewritten").isEqualTo(before);
    }

    @Test
    void aCorrectedSheetReplacesTheAttendanceOfTheEventsItNamesAndLeavesTheOthers() throws IOException {
        importFile(resource("attendance-training-gbk.csv"), ImportKind.ATTENDANCE);
        Path corrected = Files.writeString(dir.resolve("签到表-更正.csv"), """
                活动编号,统一社会信用代码,姓名
                EV-2025-02,%s,陈静
                EV-2025-02,%s,孙强
                EV-2025-02,%s,刘洋
                """.formatted(DIDI, DIDI, PUDONG));

        ImportReport report = importFile(corrected, ImportKind.ATTENDANCE);

        assertThat(report.written()).isEqualTo(Map.of("attendance", new RowStatuses(0, 1, 0)));
        assertThat(headcounts("EV-2025-02")).as("FAW is no longer listed").isEqualTo(Map.of(DIDI, 2L, PUDONG, 1L));
        assertThat(headcounts("EV-2025-01")).as("not on the sheet").isEqualTo(Map.of(DIDI, 3L, PUDONG, 2L));
    }

    @Test
    void invalidRowsAreRejectedWithLineColumnAndReasonAndHoldBackTheirEvent() throws IOException {
        String unknown = CreditCode.complete("91310115MA1K0001" + "0").value();
        Path sheet = gbk("签到表-有误.csv", """
                活动编号,统一社会信用代码,企业名称,姓名,人数
                EV-2025-02,%s,,王伟,1
                EV-2025-03,%s,,周敏,1
                EV-2025-02,912201011239989158,,李娜,1
                EV-2025-02,,上海不存在科技有限公司,吴刚,1
                EV-2025-02,%s,,陈静,三
                EV-2025-02,%s,,郑洁,0
                EV-2025-01,%s,,刘洋,2
                ,%s,,刘洋,2
                EV-2025-02,%s,,钱明,1
                """.formatted(FAW, FAW, DIDI, DIDI, PUDONG, PUDONG, unknown));
        Path rejects = dir.resolve("rejects.tsv");

        ImportReport report = importer.run(new SourceFile(sheet, null), new ImportOptions(ImportKind.ATTENDANCE,
                UserMapping.NONE, false, false, "test", rejects), ImportProgress.NONE);

        assertThat(report.rejections()).extracting(Rejection::line, Rejection::column).containsExactly(
                tuple(3L, "活动编号"), tuple(4L, "统一社会信用代码"), tuple(5L, "企业名称"), tuple(6L, "人数"),
                tuple(7L, "人数"), tuple(9L, "活动编号"), tuple(10L, "统一社会信用代码"), tuple(2L, null));
        assertThat(report.rejections()).extracting(Rejection::reason).satisfiesExactly(
                r -> assertThat(r).contains("EV-2025-03").contains("import the events file first"),
                r -> assertThat(r).contains("check character"),
                r -> assertThat(r).contains("上海不存在科技有限公司"),
                r -> assertThat(r).contains("not a headcount: '三'"),
                r -> assertThat(r).contains("from 1 to").contains("not 0"),
                r -> assertThat(r).contains("must not be blank"),
                r -> assertThat(r).contains(unknown).contains("import the enterprise list first"),
                r -> assertThat(r).contains("line 4 of event EV-2025-02 was rejected"));
        assertThat(report.rejected()).isEqualTo(8);
        assertThat(report.written()).as("only EV-2025-01: EV-2025-02 is held back")
                .isEqualTo(Map.of("attendance", new RowStatuses(0, 1, 0)));
        assertThat(headcounts("EV-2025-02")).as("as the events file had it").isEqualTo(Map.of(FAW, 1L));
        assertThat(headcounts("EV-2025-01")).isEqualTo(Map.of(PUDONG, 2L));
        List<String> rejected = Files.readAllLines(rejects, StandardCharsets.UTF_8);
        assertThat(rejected).hasSize(9);
        assertThat(rejected.get(8)).startsWith("2\tnull\tnot written").endsWith("\tEV-2025-02\t" + FAW + "\t\t王伟\t1");
    }

    @Test
    void aStrictImportOrADryRunOfASheetWithAnInvalidRowWritesNothing() throws IOException {
        Path sheet = gbk("签到表.csv", """
                活动编号,统一社会信用代码,姓名
                EV-2025-01,%s,刘洋
                EV-2025-02,%s,陈静
                EV-2025-02,%s,王伟
                """.formatted(PUDONG, DIDI, FAW.substring(0, 17) + "8"));

        ImportReport strict = importer.run(new SourceFile(sheet, null), new ImportOptions(ImportKind.ATTENDANCE,
                UserMapping.NONE, true, false, "test", null), ImportProgress.NONE);
        ImportReport dryRun = importer.run(new SourceFile(sheet, null), new ImportOptions(ImportKind.ATTENDANCE,
                UserMapping.NONE, false, true, "test", null), ImportProgress.NONE);

        assertThat(strict.state()).isEqualTo("REJECTED");
        assertThat(dryRun.state()).isEqualTo("DRY_RUN");
        for (ImportReport report : List.of(strict, dryRun)) {
            assertThat(report.rejections()).extracting(Rejection::line, Rejection::column)
                    .containsExactly(tuple(4L, "统一社会信用代码"), tuple(3L, null));
        }
        assertThat(headcounts("EV-2025-01")).isEqualTo(Map.of(DIDI, 3L, PUDONG, 2L));
        assertThat(headcounts("EV-2025-02")).isEqualTo(Map.of(FAW, 1L));
        assertThat(db.count("MATCH (i:Import {kind: 'ATTENDANCE'}) RETURN count(i)")).isZero();
    }

    @Test
    void aSheetWithNeitherCreditCodeNorFirmNameStopsBeforeAnythingIsWritten() throws IOException {
        Path sheet = Files.writeString(dir.resolve("签到表.csv"), "活动编号,姓名\nEV-2025-01,刘洋\n");

        assertThatThrownBy(() -> importFile(sheet, ImportKind.ATTENDANCE))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("统一社会信用代码")
                .hasMessageContaining("企业名称");
        assertThat(headcounts("EV-2025-01")).isEqualTo(Map.of(DIDI, 3L, PUDONG, 2L));
    }

    private ImportReport importFile(Path file, ImportKind kind) {
        return importer.run(new SourceFile(file, null), ImportOptions.of(kind), ImportProgress.NONE);
    }

    private Map<String, Long> headcounts(String event) {
        try (var session = db.driver().session()) {
            return session.executeRead(tx -> tx.run(HEADCOUNTS, Map.of("event", event)).list().stream()
                    .collect(Collectors.toMap(r -> r.get("firm").asString(),
                            r -> r.get("headcount").asLong())));
        }
    }

    /** Every ATTENDED relationship with its element id: equal lists mean nothing was deleted or written again. */
    private List<Map<String, Object>> attendance() {
        try (var session = db.driver().session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (f:Enterprise)-[a:ATTENDED]->(ev:Event)
                    RETURN elementId(a) AS id, f.uscc AS firm, ev.id AS event, a.headcount AS headcount
                    ORDER BY id""").list(r -> r.asMap()));
        }
    }

    private Path gbk(String name, String text) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(Charset.forName("GBK")));
    }

    /**
     * EV-2025-01's sheet as an office XLSX: no credit code column, firms by name; 人数 a number, text or blank.
     * 北京小桔: 孙强 twice and 陈静 (2); 上海浦东示例: 刘洋 with a group of 4, twice (4); 一汽: two unnamed (2).
     */
    private Path matchmakingSheet() throws IOException {
        Path file = dir.resolve("银企对接会签到表.xlsx");
        List<List<Object>> rows = List.of(List.of("活动编号", "单位名称", "姓名", "职务", "人数"),
                List.of("EV-2025-01", "北京小桔科技有限责任公司", "孙强", "投融资经理", ""),
                List.of("EV-2025-01", "北京小桔科技有限公司", "陈静", "法务", 1),
                List.of("EV-2025-01", "北京小桔科技有限公司", "孙强", "投融资经理", 1),
                List.of("EV-2025-01", "上海浦东示例科技有限公司", "刘洋", "总经理", "4人"),
                List.of("EV-2025-01", "上海浦东示例科技有限公司", "刘 洋", "总经理", 4),
                List.of("EV-2025-01", "中国第一汽车集团有限公司", "", "", 2));
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("签到表");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Integer number) {
                        row.createCell(c).setCellValue(number);
                    } else if (!value.toString().isEmpty()) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
