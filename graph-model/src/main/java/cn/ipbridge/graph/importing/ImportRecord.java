package cn.ipbridge.graph.importing;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import cn.ipbridge.graph.write.BatchWriter;
import cn.ipbridge.graph.write.RowStatuses;

/** Writes the {@code Import} node that records a finished import, so imports can be listed later. */
final class ImportRecord {

    private static final String CREATE = """
            UNWIND $rows AS r
            CREATE (i:Import)
            SET i = r
            RETURN 'CREATED' AS status, count(*) AS rows
            """;

    private ImportRecord() {
    }

    static void write(BatchWriter writer, ImportReport report) {
        RowStatuses totals = report.totals();
        Map<String, Object> row = new HashMap<>();
        row.put("id", report.id());
        row.put("fileName", report.fileName());
        row.put("sha256", report.sha256());
        row.put("kind", report.kind().name());
        row.put("by", report.by());
        row.put("state", report.state());
        row.put("startedAt", report.startedAt().atZone(ZoneOffset.UTC));
        row.put("finishedAt", report.finishedAt().atZone(ZoneOffset.UTC));
        row.put("rowsRead", report.rowsRead());
        row.put("created", totals.created());
        row.put("updated", totals.updated());
        row.put("unchanged", totals.unchanged());
        row.put("rejected", report.rejected());
        row.put("summary", report.summary());
        writer.writeBatch(CREATE, java.util.List.of(row));
    }
}
