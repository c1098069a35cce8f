package cn.ipbridge.api.importing;

import java.time.Duration;
import java.time.Instant;

import cn.ipbridge.graph.importing.ImportKind;
import cn.ipbridge.graph.importing.ImportProgress;

/**
 * One upload being imported in the background: its state and progress, updated by the worker thread and read by
 * {@code importJob} queries at any time (hence volatile fields; each is written by one thread only).
 */
final class ImportJob implements ImportProgress {

    enum State { QUEUED, RUNNING, SUCCEEDED, FAILED }

    private final String id;
    private final ImportKind kind;
    private final String fileName;
    private final String submittedAt;
    private volatile State state = State.QUEUED;
    private volatile Instant runningSince;
    private volatile long rowsProcessed;
    private volatile long rowsWritten;
    private volatile String error;
    private volatile JobReport report;

    ImportJob(String id, ImportKind kind, String fileName) {
        this(id, kind, fileName, Instant.now().toString());
    }

    private ImportJob(String id, ImportKind kind, String fileName, String submittedAt) {
        this.id = id;
        this.kind = kind;
        this.fileName = fileName;
        this.submittedAt = submittedAt;
    }

    /**
     * A job another instance runs or ran, as its {@code Import} node records it: RUNNING until it ends, then its
     * totals; the rejected rows themselves and the progress while running are known only to that instance.
     */
    static ImportJob recorded(RecordedImport node) {
        ImportJob job = new ImportJob(node.id(), ImportKind.valueOf(node.kind()), node.fileName(), node.startedAt());
        job.runningSince = Instant.parse(node.startedAt());
        job.state = switch (node.state()) {
            case "COMPLETED" -> State.SUCCEEDED;
            case "FAILED" -> State.FAILED;
            default -> State.RUNNING;
        };
        job.error = node.error();
        if (job.state == State.SUCCEEDED) {
            job.finished(JobReport.of(node), null);
        }
        return job;
    }

    @Override
    public void advanced(long rowsRead, long rowsWritten) {
        this.rowsProcessed = rowsRead;
        this.rowsWritten = rowsWritten;
    }

    void running() {
        runningSince = Instant.now();
        state = State.RUNNING;
    }

    void finished(JobReport report, String error) {
        this.report = report;
        this.error = error;
        if (report != null) {
            rowsProcessed = report.rowsRead();
        }
        state = error == null ? State.SUCCEEDED : State.FAILED;
    }

    public String id() {
        return id;
    }

    public State state() {
        return state;
    }

    public ImportKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public long rowsProcessed() {
        return rowsProcessed;
    }

    public long rowsWritten() {
        return rowsWritten;
    }

    /** Over the whole run once finished, so far while running. */
    public double rowsPerSecond() {
        if (report != null) {
            return report.rowsPerSecond();
        }
        Instant since = runningSince;
        if (since == null) {
            return 0;
        }
        return rowsProcessed / Math.max(0.001, Duration.between(since, Instant.now()).toMillis() / 1000.0);
    }

    public String submittedAt() {
        return submittedAt;
    }

    public String error() {
        return error;
    }

    public JobReport report() {
        return report;
    }
}
