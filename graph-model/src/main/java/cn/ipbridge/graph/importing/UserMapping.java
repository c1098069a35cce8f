package cn.ipbridge.graph.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small mapping file for headers the synonym table does not know: one {@code header=field} (or
 * {@code header<TAB>field}) per line, {@code #} starts a comment. Example: {@code 企业全称=name}.
 */
public record UserMapping(Map<String, String> fieldByHeader) {

    public static final UserMapping NONE = new UserMapping(Map.of());

    public static UserMapping read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImportFileException("cannot read mapping file " + file + ": " + e.getMessage(), e);
        }
        return parse(lines, "mapping file " + file);
    }

    /** The same lines given as text (e.g. a GraphQL argument); {@code source} names them in errors. */
    public static UserMapping parse(String text, String source) {
        return parse(text == null ? List.of() : text.lines().toList(), source);
    }

    private static UserMapping parse(List<String> lines, String source) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int split = line.indexOf('\t') >= 0 ? line.indexOf('\t') : line.indexOf('=');
            if (split <= 0 || split == line.length() - 1) {
                throw new ImportFileException(source + " line " + (i + 1)
                        + ": expected header=field, was '" + line + "'");
            }
            map.put(HeaderSynonyms.normalise(line.substring(0, split)), line.substring(split + 1).strip());
        }
        return new UserMapping(map);
    }

    /** The field the user mapped this header to, or null. */
    String fieldOf(String header) {
        return fieldByHeader.get(HeaderSynonyms.normalise(header));
    }
}
