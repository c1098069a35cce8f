package cn.ipbridge.graph.importing;

import java.util.List;

/** Turns one kind of file's rows into validated graph rows. */
public interface RowParser {

    /** The fields this kind of file may have, with their header synonyms. */
    List<Column> columns();

    /** Checks rules about columns beyond "required", e.g. "one of these two"; throws {@link ImportFileException}. */
    default void check(ColumnMapping mapping) {
    }

    /** The graph rows of one file row (usually one); throws {@link RowRejected} when the row is invalid. */
    List<ImportedRow> parse(RowValues row);
}
