package cn.ipbridge.api.importing;

import java.time.Duration;
import java.time.Instant;

import org.neo4j.driver.Value;
import tools.jackson.databind.json.JsonMapper;

import cn.ipbridge.graph.importing.ImportKind;

/**
 * The {@code ImportJob} GraphQL type: an import of an uploaded file as its {@code ImportJob} node records it (see
 * graph-model's ImportJobRecord), the same on every instance. Times are ISO-8601 instants.
 *
 * @param instance      the API instance that took the upload and runs the job; null for a job answered from its
 *                      {@code Import} node
 * @param rowsPerSecond over the whole run once the report is in, else up to the node's last update
 * @param updatedAt     when the job's instance last wrote to the node
 */
record ImportJob(String id, State state, ImportKind kind, String fileName, String by, String instance,
                 long rowsProcessed, long rowsWritten, double rowsPerSecond, String submittedAt, String runningSince,
                 String updatedAt, String finishedAt, String error, JobReport report) {

    enum State { QUEUED, RUNNING, SUCCEEDED, FAILED }

    /** What {@code startImport} answers: the job as {@code ImportJobRecord#queued} wrote it. */
    static ImportJob queued(String id, ImportKind kind, String fileName, String by, String instance,
                            Instant submittedAt) {
        return new ImportJob(id, State.QUEUED, kind, fileName, by, instance, 0, 0, 0, submittedAt.toString(), null,
                submittedAt.toString(), null, null, null);
    }

    /**
     * An {@code ImportJob} node, all its properties. The job's end shows only once all of it is visible: Neo4j reads
     * at read-committed and does not promise that one read of a node sees all of a transaction committing meanwhile,
     * so a read during {@code ImportJobRecord#finished} can find the new state without the report or the report
     * without the new state. Such a job is still shown as running, without report, until a read sees its whole end.
     */
    static ImportJob from(Value j, JsonMapper json) {
        Instant runningSince = instant(j.get("runningSince"));
        Instant updatedAt = instant(j.get("updatedAt"));
        long rowsProcessed = j.get("rowsProcessed").asLong(0);
        State written = State.valueOf(j.get("state").asString());
        boolean endVisible = !j.get("finishedAt").isNull() && switch (written) {
            case SUCCEEDED -> !j.get("reportState").isNull();
            case FAILED -> !j.get("error").isNull();
            case QUEUED, RUNNING -> false;
        };
        State state = endVisible || written == State.QUEUED ? written : State.RUNNING;
        Instant finishedAt = endVisible ? instant(j.get("finishedAt")) : null;
        JobReport report = endVisible ? JobReport.from(j, json) : null;
        double rate = report != null ? report.rowsPerSecond() : runningSince == null ? 0
                : rowsProcessed / seconds(runningSince, finishedAt != null ? finishedAt : updatedAt);
        return new ImportJob(j.get("id").asString(), state,
                ImportKind.valueOf(j.get("kind").asString()), j.get("fileName").asString(), j.get("by").asString(null),
                j.get("instance").asString(null), rowsProcessed, j.get("rowsWritten").asLong(0), rate,
                text(instant(j.get("submittedAt"))), text(runningSince), text(updatedAt), text(finishedAt),
                endVisible ? j.get("error").asString(null) : null, report);
    }

    /**
     * A job without an {@code ImportJob} node (one older than the newest kept, or an import by the command line),
     * as its {@code Import} node records it: RUNNING until it ends, then its totals under the entity {@code all}.
     */
    static ImportJob recorded(RecordedImport node) {
        State state = switch (node.state()) {
            case "COMPLETED" -> State.SUCCEEDED;
            case "FAILED" -> State.FAILED;
            default -> State.RUNNING;
        };
        JobReport report = state == State.SUCCEEDED ? JobReport.of(node) : null;
        long rows = report == null ? 0 : report.rowsRead();
        return new ImportJob(node.id(), state, ImportKind.valueOf(node.kind()), node.fileName(), node.by(), null,
                rows, 0, report == null ? 0 : report.rowsPerSecond(), node.startedAt(), node.startedAt(),
                node.finishedAt() != null ? node.finishedAt() : node.startedAt(), node.finishedAt(), node.error(),
                report);
    }

    private static Instant instant(Value v) {
        return v.isNull() ? null : v.asZonedDateTime().toInstant();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static double seconds(Instant from, Instant to) {
        return Math.max(0.001, Duration.between(from, to).toMillis() / 1000.0);
    }
}
