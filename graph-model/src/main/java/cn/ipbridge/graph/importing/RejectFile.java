package cn.ipbridge.graph.importing;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The rows an import rejected, as UTF-8 TSV (with BOM, so Excel opens it in the right encoding): line, column,
 * reason, then the row's cells as read, so a person can fix them and import just this file again. Created on the
 * first rejected row only.
 */
public final class RejectFile implements Closeable {

    private final Path path;
    private BufferedWriter out;

    public RejectFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    public boolean written() {
        return out != null;
    }

    void add(Rejection rejection, List<String> header, List<String> cells) {
        if (path == null) {
            return;
        }
        try {
            if (out == null) {
                if (path.getParent() != null) {
                    Files.createDirectories(path.getParent());
                }
                out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
                out.write('\uFEFF');
                writeLine(List.of("line", "column", "reason"), header);
            }
            writeLine(List.of(String.valueOf(rejection.line()), String.valueOf(rejection.column()),
                    rejection.reason()), cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeLine(List<String> first, List<String> rest) throws IOException {
        StringBuilder line = new StringBuilder();
        for (String s : first) {
            line.append(clean(s)).append('\t');
        }
        for (String s : rest) {
            line.append(clean(s)).append('\t');
        }
        line.setLength(line.length() - 1);
        out.write(line.append('\n').toString());
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    @Override
    public void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
