package cn.ipbridge.graph.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams one sheet of an XLSX workbook through POI's SAX reader: only the current row is in memory, never the
 * workbook. Cells come as Excel shows them (dates in the cell's format), empty rows are skipped.
 */
final class XlsxReader {

    private XlsxReader() {
    }

    /** Reads the named sheet, or the first when {@code sheet} is null. */
    static void read(Path file, String sheet, RowSink sink) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    names.add(sheets.getSheetName());
                    if (sheet == null || sheet.equals(sheets.getSheetName())) {
                        parse(in, new XSSFSheetXMLHandler(reader.getStylesTable(), strings, new Rows(sink),
                                new DataFormatter(), false));
                        return;
                    }
                }
            }
            throw new ImportFileException(sheet == null ? "the workbook has no sheet"
                    : "no sheet named '" + sheet + "'; the workbook has " + names);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new ImportFileException("not a readable XLSX workbook: " + e.getMessage(), e);
        }
    }

    private static void parse(InputStream in, XSSFSheetXMLHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
    }

    /** Collects one row's cells, filling gaps left by empty cells, and hands it on. */
    private static final class Rows implements SheetContentsHandler {

        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private boolean headerSeen;
        private int rowNumber;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            rowNumber = rowNum;
            cells.clear();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (!headerSeen) {
                headerSeen = true;
                sink.header(List.copyOf(cells));
            } else {
                sink.row(new SourceRow(rowNumber + 1L, List.copyOf(cells)));
            }
        }
    }
}
