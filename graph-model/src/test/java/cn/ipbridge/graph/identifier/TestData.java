package cn.ipbridge.graph.identifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The copied identifier data under src/test/resources/identifiers (see the README there for provenance),
 * read from the classpath so that tests never depend on the shared data directory.
 */
final class TestData {

    private TestData() {
    }

    /** Values of test-vectors.tsv of one kind ("uscc", "cn_appno"). */
    static List<String> vectors(String kind) {
        return rows("test-vectors.tsv").stream()
                .filter(row -> row.get("kind").equals(kind))
                .map(row -> row.get("value"))
                .toList();
    }

    /**
     * Rows of cn-applications-60.tsv: 60 real applications transcribed from the public repository
     * chenxiaomon/cnipa-patent-collector (no licence stated there).
     */
    static List<Map<String, String>> sixtyApplications() {
        return rows("cn-applications-60.tsv");
    }

    private static List<Map<String, String>> rows(String file) {
        String name = "/identifiers/" + file;
        try (InputStream in = TestData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = reader.readLine().split("\t");
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < fields.length ? fields[i] : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }
}
