package cn.ipbridge.graph.importing;

import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an import job's progress to its {@code ImportJob} node ({@link ImportJobRecord#progressed}) at most once a
 * second, each time in a short write transaction of its own, so it costs the import nothing measurable; the job's
 * end writes the last figures. A write that fails is logged and skipped: the figures are worth less than the import.
 * Told only by the thread that reads the file.
 */
public final class ImportJobProgress implements ImportProgress {

    static final long INTERVAL_NANOS = 1_000_000_000L;
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobProgress.class);

    private final ImportJobRecord record;
    private final String id;
    private final LongSupplier nanoTime;
    private long lastWritten;
    private long rowsRead;
    private long rowsWritten;

    public ImportJobProgress(ImportJobRecord record, String id) {
        this(record, id, System::nanoTime);
    }

    ImportJobProgress(ImportJobRecord record, String id, LongSupplier nanoTime) {
        this.record = record;
        this.id = id;
        this.nanoTime = nanoTime;
        this.lastWritten = nanoTime.getAsLong() - INTERVAL_NANOS;
    }

    @Override
    public void advanced(long rowsRead, long rowsWritten) {
        this.rowsRead = rowsRead;
        this.rowsWritten = rowsWritten;
        long now = nanoTime.getAsLong();
        if (now - lastWritten < INTERVAL_NANOS) {
            return;
        }
        lastWritten = now;
        try {
            record.progressed(id, rowsRead, rowsWritten);
        } catch (RuntimeException e) {
            LOG.warn("Could not record the progress of import job {} ({} rows read): {}", id, rowsRead,
                    e.getMessage());
        }
    }

    /** The rows read as last told, for a job that stops without a report. */
    public long rowsRead() {
        return rowsRead;
    }

    public long rowsWritten() {
        return rowsWritten;
    }
}
