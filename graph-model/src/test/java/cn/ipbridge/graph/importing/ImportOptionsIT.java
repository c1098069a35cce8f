package cn.ipbridge.graph.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.ipbridge.graph.database.TestDatabase;
import cn.ipbridge.graph.identifier.CreditCode;
import cn.ipbridge.graph.write.RowStatuses;

/** Enterprise lists as the office sends them: XLSX with Chinese headers, invalid and repeated rows, and the options. */
class ImportOptionsIT {

    private static final String FIRST = CreditCode.complete("91310115MA1K0001" + "0").value();
    private static final String SECOND = CreditCode.complete("91310115MA1K0002" + "0").value();
    private static final String WRONG_CHECK = wrongCheck(CreditCode.complete("91310115MA1K0003" + "0").value());

    private final TestDatabase db = TestDatabase.get();
    private final ImportRun importer = new ImportRun(db.driver(), null);

    @TempDir
    Path dir;

    @BeforeEach
    void emptyGraph() {
        db.clear();
    }

    @Test
    void xlsxWithChineseHeadersImportsValidRowsAndRejectsAWrongCheckCharacterAndARepeatedKey() throws IOException {
        ImportReport report = run(littleGiantsSheet(), false, false, UserMapping.NONE);

        assertThat(report.state()).isEqualTo("COMPLETED");
        assertThat(report.written().get("enterprises")).isEqualTo(new RowStatuses(2, 0, 0));
        assertThat(report.rejections()).extracting(Rejection::line).containsExactly(4L, 5L);
        // the column as the file names it
        assertThat(report.rejections()).extracting(Rejection::column).containsExactly("统一社会信用代码", null);
        assertThat(report.rejections().get(1).reason()).contains("repeats the key").contains("line 2");
        assertThat(db.count("MATCH (e:Enterprise {srdiLevel: 'LITTLE_GIANT'}) RETURN count(e)")).isEqualTo(2);
    }

    @Test
    void strictModeWritesNothingWhenAnyRowIsInvalid() throws IOException {
        ImportReport report = run(littleGiantsSheet(), true, false, UserMapping.NONE);

        assertThat(report.state()).isEqualTo("REJECTED");
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(db.count("MATCH (n) RETURN count(n)")).isZero();
    }

    @Test
    void dryRunValidatesAndReportsButWritesNothingNotEvenTheImportRecord() throws IOException {
        ImportReport report = run(littleGiantsSheet(), false, true, UserMapping.NONE);

        assertThat(report.state()).isEqualTo("DRY_RUN");
        assertThat(report.rowsRead()).isEqualTo(4);
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(db.count("MATCH (n) RETURN count(n)")).isZero();
    }

    @Test
    void aMappingFileNamesAHeaderTheSynonymTableDoesNotKnow() throws IOException {
        Path csv = Files.writeString(dir.resolve("list.csv"), "统一社会信用代码,企业全称\n" + FIRST + ",上海甲公司\n");
        Path mapping = Files.writeString(dir.resolve("mapping.txt"), "# office export\n企业全称=name\n");

        assertThatThrownBy(() -> run(csv, false, false, UserMapping.NONE))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("name");
        ImportReport report = run(csv, false, false, UserMapping.read(mapping));

        assertThat(report.written().get("enterprises")).isEqualTo(new RowStatuses(1, 0, 0));
        assertThat(db.count("MATCH (e:Enterprise {name: '上海甲公司'}) RETURN count(e)")).isEqualTo(1);
    }

    private ImportReport run(Path file, boolean strict, boolean dryRun, UserMapping mapping) {
        ImportOptions options = new ImportOptions(ImportKind.ENTERPRISES, mapping, strict, dryRun, "test", null);
        String sheet = file.toString().endsWith(".xlsx") ? "小巨人" : null;
        return importer.run(new SourceFile(file, sheet), options, ImportProgress.NONE);
    }

    /** Lines 2 and 3 valid, line 4 a wrong check character, line 5 repeats line 2's credit code. */
    private Path littleGiantsSheet() throws IOException {
        Path file = dir.resolve("2025专精特新名单.xlsx");
        List<List<String>> rows = List.of(List.of("统一社会信用代码", "企业名称", "所属区", "认定级别"),
                List.of(FIRST, "上海甲公司", "浦东新区", "国家级专精特新\"小巨人\""),
                List.of(SECOND, "上海乙公司", "闵行", "小巨人"),
                List.of(WRONG_CHECK, "上海丙公司", "徐汇区", "小巨人"),
                List.of(FIRST, "上海甲公司（重复）", "浦东新区", "小巨人"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("not this sheet");
            Sheet sheet = workbook.createSheet("小巨人");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static String wrongCheck(String uscc) {
        char last = uscc.charAt(17);
        return uscc.substring(0, 17) + (last == '0' ? '1' : '0');
    }
}
