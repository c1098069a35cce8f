package cn.ipbridge.graph.importing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import cn.ipbridge.graph.write.BatchWriter;
import cn.ipbridge.graph.write.RowStatuses;

/**
 * The {@code Import} node that records an import, so imports can be listed later. It is written when the import
 * starts (state RUNNING) and completed at the end (COMPLETED or FAILED with the error), so an import whose process
 * died stays visible as RUNNING with the batches it had committed.
 */
final class ImportRecord {

    private static final String START = """
            CREATE (i:Import)
            SET i = $record
            """;

    private static final String FINISH = """
            MATCH (i:Import {id: $id})
            SET i += $record
            """;

    private ImportRecord() {
    }

    static void started(BatchWriter writer, String id, SourceFile file, String sha256, ImportOptions options,
                        Instant startedAt) {
        Map<String, Object> record = new HashMap<>();
        record.put("id", id);
        record.put("fileName", file.fileName());
        record.put("sha256", sha256);
        record.put("kind", options.kind().name());
        record.put("by", options.by());
        record.put("state", "RUNNING");
        record.put("startedAt", startedAt.atZone(ZoneOffset.UTC));
        run(writer, START, Map.of("record", record));
    }

    static void finished(BatchWriter writer, ImportReport report) {
        RowStatuses totals = report.totals();
        Map<String, Object> record = new HashMap<>();
        record.put("state", report.state());
        record.put("finishedAt", report.finishedAt().atZone(ZoneOffset.UTC));
        record.put("rowsRead", report.rowsRead());
        record.put("created", totals.created());
        record.put("updated", totals.updated());
        record.put("unchanged", totals.unchanged());
        record.put("rejected", report.rejected());
        record.put("summary", report.summary());
        run(writer, FINISH, Map.of("id", report.id(), "record", record));
    }

    static void failed(BatchWriter writer, String id, RuntimeException error) {
        Map<String, Object> record = new HashMap<>();
        record.put("state", "FAILED");
        record.put("finishedAt", Instant.now().atZone(ZoneOffset.UTC));
        record.put("error", String.valueOf(error.getMessage()));
        run(writer, FINISH, Map.of("id", id, "record", record));
    }

    private static void run(BatchWriter writer, String cypher, Map<String, Object> parameters) {
        writer.inTransaction(tx -> tx.run(cypher, parameters).consume());
    }
}
