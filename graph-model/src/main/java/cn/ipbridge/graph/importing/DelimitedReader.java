package cn.ipbridge.graph.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) or TSV from a character stream,
 * one record at a time, so memory does not grow with the file. Blank lines are skipped; CR LF and LF both end a
 * record.
 */
final class DelimitedReader {

    private final Reader in;
    private final char delimiter;
    private long line = 1;
    private int pushedBack = -2;
    private long recordStart;

    DelimitedReader(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    void readAll(RowSink sink) throws IOException {
        boolean first = true;
        List<String> record;
        while ((record = next()) != null) {
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            if (first) {
                sink.header(record);
                first = false;
            } else {
                sink.row(new SourceRow(recordStart, record));
            }
        }
    }

    /** The next record, or null at the end of input. */
    private List<String> next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        recordStart = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new ImportFileException("line " + recordStart + ": a quoted field is not closed");
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                c = read();
                continue;
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        pushedBack = n;
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
            }
            fieldStart = false;
            c = read();
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }
}
