package cn.ipbridge.graph.importing;

import java.util.List;

/**
 * One data row as read, before validation.
 *
 * @param line  where it starts in the file: the 1-based text line (CSV, TSV) or sheet row (XLSX)
 * @param cells the cell texts in column order; missing trailing cells are absent
 */
public record SourceRow(long line, List<String> cells) {

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : null;
    }
}
