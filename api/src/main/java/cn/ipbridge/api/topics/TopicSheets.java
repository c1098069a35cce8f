package cn.ipbridge.api.topics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes a header and rows as CSV or XLSX. */
final class TopicSheets {

    /** Excel reads a CSV as the local code page unless it starts with a byte order mark. */
    private static final String BOM = "\uFEFF";

    private TopicSheets() {
    }

    static byte[] csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(BOM).append(line(header));
        rows.forEach(r -> out.append(line(r)));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<String> cells) {
        return cells.stream().map(TopicSheets::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    /** RFC 4180: quote a cell holding a comma, quote or line break, and double its quotes. */
    private static String cell(String value) {
        return value.matches("(?s).*[,\"\r\n].*") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** Streams rows to the workbook (a hundred in memory at a time), so a large topic does not fill the heap. */
    static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheetName));
            write(sheet.createRow(0), header);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }
}
