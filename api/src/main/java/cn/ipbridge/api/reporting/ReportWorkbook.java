package cn.ipbridge.api.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.ipbridge.api.reporting.HalfYearReport.Figure;
import cn.ipbridge.api.reporting.HalfYearReport.Listing;
import cn.ipbridge.api.reporting.HalfYearReport.Section;

/**
 * The report as a workbook: sheet 汇总 holds every figure by section with the previous half year and the change;
 * then one sheet per non-empty list, named after it. Figures are numeric cells; list cells are text, except counts
 * and amounts, written as numbers.
 */
final class ReportWorkbook {

    static final String SUMMARY = "汇总";
    static final List<String> SUMMARY_COLUMNS = List.of("板块", "指标", "本期", "上期", "变化", "变化率", "单位");

    private ReportWorkbook() {
    }

    static String fileName(HalfYearReport report) {
        return "知识产权服务专精特新企业" + report.title() + "工作报告-" + report.halfYearEnd() + ".xlsx";
    }

    static byte[] xlsx(HalfYearReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet summary = workbook.createSheet(SUMMARY);
            summary.createRow(0).createCell(0).setCellValue(report.title() + "（" + report.from() + " 至 "
                    + report.halfYearEnd() + "，上期截至 " + report.previousEnd() + "）");
            header(summary.createRow(1), SUMMARY_COLUMNS, bold);
            int r = 2;
            for (Section section : report.sections()) {
                for (Figure f : section.figures()) {
                    Row row = summary.createRow(r++);
                    row.createCell(0).setCellValue(section.title());
                    row.createCell(1).setCellValue(f.label());
                    row.createCell(2).setCellValue(f.value());
                    number(row, 3, f.previous());
                    number(row, 4, f.change());
                    number(row, 5, f.changeRate());
                    row.createCell(6).setCellValue(f.unit());
                }
            }
            summary.setColumnWidth(0, 18 * 256);
            summary.setColumnWidth(1, 40 * 256);
            Set<String> names = new HashSet<>(Set.of(SUMMARY));
            for (Section section : report.sections()) {
                for (Listing list : section.lists()) {
                    if (list.total() > 0) {
                        listSheet(workbook.createSheet(sheetName(list.title(), names)), list, bold);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void listSheet(Sheet sheet, Listing list, CellStyle bold) {
        header(sheet.createRow(0), list.columns(), bold);
        for (int i = 0; i < list.rows().size(); i++) {
            Row row = sheet.createRow(i + 1);
            List<String> cells = list.rows().get(i);
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                if (cell.matches("-?\\d{1,12}(\\.\\d+)?") && !list.columns().get(c).contains("号")) {
                    row.createCell(c).setCellValue(Double.parseDouble(cell));
                } else {
                    row.createCell(c).setCellValue(cell);
                }
            }
        }
        for (int c = 0; c < list.columns().size(); c++) {
            sheet.setColumnWidth(c, 20 * 256);
        }
    }

    private static void header(Row row, List<String> columns, CellStyle style) {
        for (int c = 0; c < columns.size(); c++) {
            row.createCell(c).setCellValue(columns.get(c));
            row.getCell(c).setCellStyle(style);
        }
    }

    private static void number(Row row, int column, Double value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    /** Excel allows 31 characters and no two sheets of one name. */
    private static String sheetName(String title, Set<String> taken) {
        String name = WorkbookUtil.createSafeSheetName(title);
        for (int n = 2; !taken.add(name); n++) {
            name = WorkbookUtil.createSafeSheetName(title + n);
        }
        return name;
    }
}
