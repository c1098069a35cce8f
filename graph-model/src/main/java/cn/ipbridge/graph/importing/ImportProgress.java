package cn.ipbridge.graph.importing;

/** Told as rows are read and batches committed, so long imports can show how far they are. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (rowsRead, rowsWritten) -> { };

    /** Called once before reading: about how many rows the file has, -1 when unknown (XLSX). */
    default void started(long estimatedRows) {
    }

    void advanced(long rowsRead, long rowsWritten);
}
