package cn.ipbridge.graph.importing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

import cn.ipbridge.graph.write.BatchWriter;
import cn.ipbridge.graph.write.JsonText;
import cn.ipbridge.graph.write.RowStatuses;

/**
 * The {@code ImportJob} node: the whole state of an import job an API instance took, so that every instance on the
 * database answers for the job alike. Written when the job is queued (QUEUED; jobs older than the newest
 * {@link #KEPT} are removed then), when it starts (RUNNING), as it goes ({@link ImportJobProgress}) and when it ends
 * (SUCCEEDED or FAILED) with its report: plain values as properties, the counts per entity and the shown rejections
 * as JSON text. Unlike the {@code Import} node it is written for dry runs, strict rejections and unreadable files too.
 * Each write is a short transaction of its own and stamps {@code updatedAt}, so a job whose instance stopped shows
 * by how long ago it was last written.
 */
public final class ImportJobRecord {

    /** How many jobs are kept, newest first by {@code submittedAt}. */
    public static final int KEPT = 200;

    private static final String QUEUE = """
            CREATE (j:ImportJob)
            SET j = $job
            """;

    private static final String PRUNE = """
            MATCH (j:ImportJob)
            WITH j ORDER BY j.submittedAt DESC, j.id DESC
            SKIP $kept
            DETACH DELETE j
            """;

    private static final String UPDATE = """
            MATCH (j:ImportJob {id: $id})
            SET j += $changes
            """;

    private static final String TOUCH = """
            UNWIND $ids AS id
            MATCH (j:ImportJob {id: id})
            WHERE j.state IN ['QUEUED', 'RUNNING']
            SET j.updatedAt = $now
            """;

    private final BatchWriter writer;

    public ImportJobRecord(Driver driver, String database) {
        this.writer = new BatchWriter(driver, database, BatchWriter.DEFAULT_BATCH_SIZE);
    }

    /** A job taken by {@code instance} and waiting its turn; removes the jobs beyond the newest {@link #KEPT}. */
    public void queued(String id, ImportKind kind, String fileName, String by, String instance, Instant submittedAt) {
        Map<String, Object> job = new HashMap<>();
        job.put("id", id);
        job.put("kind", kind.name());
        job.put("fileName", fileName);
        job.put("by", by);
        job.put("instance", instance);
        job.put("state", "QUEUED");
        job.put("submittedAt", utc(submittedAt));
        job.put("updatedAt", utc(submittedAt));
        job.put("rowsProcessed", 0L);
        job.put("rowsWritten", 0L);
        writer.inTransaction(tx -> {
            tx.run(QUEUE, Map.of("job", job)).consume();
            return tx.run(PRUNE, Map.of("kept", KEPT)).consume();
        });
    }

    public void running(String id) {
        ZonedDateTime now = utc(Instant.now());
        update(id, Map.of("state", "RUNNING", "runningSince", now, "updatedAt", now));
    }

    /** Rows read and written so far; {@link ImportJobProgress} calls this at most once a second. */
    public void progressed(String id, long rowsProcessed, long rowsWritten) {
        update(id, Map.of("rowsProcessed", rowsProcessed, "rowsWritten", rowsWritten,
                "updatedAt", utc(Instant.now())));
    }

    /**
     * The import ran to its end: SUCCEEDED, or FAILED with {@code error} (a strict import that found invalid rows),
     * with the whole report.
     */
    public void finished(String id, ImportReport report, String error) {
        RowStatuses totals = report.totals();
        Map<String, Object> job = ended(error, report.rowsRead(),
                totals.created() + totals.updated() + totals.unchanged());
        job.put("reportState", report.state());
        job.put("importId", "COMPLETED".equals(report.state()) ? report.id() : null);
        job.put("sha256", report.sha256());
        job.put("rowsRead", report.rowsRead());
        job.put("rowsPerSecond", report.rowsPerSecond());
        job.put("counts", JsonText.of(report.written().entrySet().stream()
                .map(e -> Map.of("entity", e.getKey(), "created", e.getValue().created(),
                        "updated", e.getValue().updated(), "unchanged", e.getValue().unchanged()))
                .toList()));
        job.put("rejected", report.rejected());
        job.put("rejections", JsonText.of(report.rejections().stream().map(ImportJobRecord::rejection).toList()));
        job.put("ignoredColumns", List.copyOf(report.ignoredColumns()));
        update(id, job);
    }

    /** The import stopped before its report (an unreadable file, a missing column, a failed write): FAILED. */
    public void failed(String id, String error, long rowsProcessed, long rowsWritten) {
        update(id, ended(error, rowsProcessed, rowsWritten));
    }

    /** The jobs an instance still holds (queued or running) are alive: stamps their {@code updatedAt}. */
    public void touch(Collection<String> ids) {
        if (!ids.isEmpty()) {
            writer.inTransaction(tx -> tx.run(TOUCH, Map.of("ids", List.copyOf(ids),
                    "now", utc(Instant.now()))).consume());
        }
    }

    private static Map<String, Object> ended(String error, long rowsProcessed, long rowsWritten) {
        ZonedDateTime now = utc(Instant.now());
        Map<String, Object> job = new HashMap<>();
        job.put("state", error == null ? "SUCCEEDED" : "FAILED");
        job.put("error", error);
        job.put("finishedAt", now);
        job.put("updatedAt", now);
        job.put("rowsProcessed", rowsProcessed);
        job.put("rowsWritten", rowsWritten);
        return job;
    }

    /** As JSON: the column is null when the reason is the whole row. */
    private static Map<String, Object> rejection(Rejection r) {
        Map<String, Object> rejection = new LinkedHashMap<>();
        rejection.put("line", r.line());
        rejection.put("column", r.column());
        rejection.put("reason", r.reason());
        return rejection;
    }

    private void update(String id, Map<String, Object> changes) {
        writer.inTransaction(tx -> tx.run(UPDATE, Map.of("id", id, "changes", changes)).consume());
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }
}
