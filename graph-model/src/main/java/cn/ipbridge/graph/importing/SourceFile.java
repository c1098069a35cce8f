package cn.ipbridge.graph.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A file to import: CSV, TSV (UTF-8 with or without BOM, or GBK/GB18030, detected) or XLSX (first sheet or a
 * named one). Rows are streamed to a {@link RowSink}; the file is never held in memory.
 *
 * @param sheet the XLSX sheet to read, null for the first; ignored for text files
 */
public record SourceFile(Path path, String sheet) {

    private static final int SAMPLE = 64 * 1024;

    public SourceFile {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ImportFileException("cannot read " + path + ": no such file");
        }
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    /** Hex SHA-256 of the file's bytes: the same file imported twice has the same hash. */
    public String sha256() {
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * About how many rows a text file has (its line breaks, less the header), for progress; -1 for a workbook,
     * whose rows are only known by reading it. A cell spanning lines makes this a slight over-estimate.
     */
    public long estimatedRows() {
        String name = fileName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return -1;
        }
        long lines = 0;
        byte[] buffer = new byte[SAMPLE];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Math.max(0, lines - 1);
    }

    /** Pushes the header, then every non-blank row. */
    public void read(RowSink sink) {
        HeaderCheck checked = new HeaderCheck(sink);
        try {
            String name = fileName().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
                XlsxReader.read(path, sheet, checked);
            } else if (name.endsWith(".xls")) {
                throw new ImportFileException(fileName() + ": the old binary .xls format is not read; save it as .xlsx");
            } else {
                readText(checked, name);
            }
        } catch (IOException e) {
            throw new ImportFileException("cannot read " + path + ": " + e.getMessage(), e);
        }
        if (!checked.seen) {
            throw new ImportFileException(fileName() + " is empty: no header row");
        }
    }

    private void readText(RowSink sink, String name) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), SAMPLE)) {
            raw.mark(SAMPLE);
            byte[] head = raw.readNBytes(SAMPLE);
            raw.reset();
            EncodingDetector.Detected encoding = EncodingDetector.detect(head, head.length);
            raw.skipNBytes(encoding.bomLength());
            char delimiter = name.endsWith(".csv") ? ',' : name.endsWith(".tsv") || name.endsWith(".tab") ? '\t'
                    : sniffDelimiter(new String(head, encoding.charset()));
            Reader reader = new InputStreamReader(raw, encoding.charset());
            new DelimitedReader(reader, delimiter).readAll(sink);
        }
    }

    /** For .txt and unknown endings: a tab in the first line means TSV, else CSV. */
    private static char sniffDelimiter(String head) {
        int end = head.indexOf('\n');
        return (end < 0 ? head : head.substring(0, end)).indexOf('\t') >= 0 ? '\t' : ',';
    }

    /** Remembers whether a header arrived, so an empty file is an error rather than an import of nothing. */
    private static final class HeaderCheck implements RowSink {
        private final RowSink next;
        private boolean seen;

        HeaderCheck(RowSink next) {
            this.next = next;
        }

        @Override
        public void header(List<String> names) {
            seen = true;
            next.header(names);
        }

        @Override
        public void row(SourceRow row) {
            next.row(row);
        }
    }
}
