package cn.ipbridge.graph.importing;

/** Told as rows are read and batches committed, so long imports can show how far they are. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (rowsRead, rowsWritten) -> { };

    void advanced(long rowsRead, long rowsWritten);
}
