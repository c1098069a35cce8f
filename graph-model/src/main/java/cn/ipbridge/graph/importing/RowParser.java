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

    /**
     * What only the whole file says, once every row has been read: an attendance sheet's rows (one per person)
     * add up to one graph row per event. Called at the end of each read of the file, after which the parser starts
     * afresh (a strict import reads the file twice). Kinds whose rows stand alone have nothing here.
     */
    default FileTotals endOfFile() {
        return FileTotals.NONE;
    }
}
