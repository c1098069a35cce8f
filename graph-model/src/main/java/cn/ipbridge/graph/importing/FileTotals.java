package cn.ipbridge.graph.importing;

import java.util.List;

/**
 * The graph rows a whole file adds up to ({@link RowParser#endOfFile}), and the rows held back after all: valid
 * rows that are not written because another row of the same graph row was rejected, each with the reason.
 */
public record FileTotals(List<ImportedRow> rows, List<HeldBack> heldBack) {

    static final FileTotals NONE = new FileTotals(List.of(), List.of());

    /** A valid row not written, with why; it goes to the reject file like a rejected one. */
    public record HeldBack(Rejection rejection, SourceRow row) {
    }
}
