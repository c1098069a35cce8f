package cn.ipbridge.graph.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a file holds which field. Built from the header row before any row is read, so a missing
 * required column stops the import before anything is written.
 */
public final class ColumnMapping {

    private final Map<String, Integer> indexByField = new HashMap<>();
    private final List<String> headers;
    private final List<String> ignored = new ArrayList<>();

    public ColumnMapping(List<String> headers, List<Column> columns, UserMapping user) {
        this.headers = List.copyOf(headers);
        HeaderSynonyms synonyms = new HeaderSynonyms(columns);
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            String field = user.fieldOf(header) != null ? user.fieldOf(header) : synonyms.fieldOf(header);
            if (field == null || indexByField.containsKey(field)) {
                ignored.add(header);
            } else {
                indexByField.put(field, i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column column : columns) {
            if (column.required() && !indexByField.containsKey(column.field())) {
                missing.add(column.field() + " (a column headed " + String.join(" / ", column.synonyms()) + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportFileException("required column missing: " + String.join("; ", missing)
                    + ". The file's columns are " + headers + "; map others with --mapping");
        }
    }

    public boolean has(String field) {
        return indexByField.containsKey(field);
    }

    /** The column index of a field, or -1 when the file has no such column. */
    public int indexOf(String field) {
        return indexByField.getOrDefault(field, -1);
    }

    /** The header text of a field's column, as the file spells it (for reject messages). */
    public String headerOf(String field) {
        int i = indexOf(field);
        return i < 0 ? field : headers.get(i);
    }

    /** Headers that match no field: they are not imported. */
    public List<String> ignored() {
        return List.copyOf(ignored);
    }
}
