package cn.ipbridge.graph.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a small UTF-8, tab-separated classpath resource with a header row. */
public final class TsvResource {

    private TsvResource() {
    }

    /** The data rows (header skipped), each split on tabs with trailing empty fields kept. */
    static List<String[]> rows(String name) {
        return rows(TsvResource.class, name);
    }

    /** The data rows of a resource next to {@code anchor} (header skipped), split on tabs, trailing empties kept. */
    public static List<String[]> rows(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }
}
