package cn.ipbridge.api.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.ipbridge.graph.importing.ImportReport;
import cn.ipbridge.graph.importing.Rejection;

/** The {@code ImportReport} GraphQL type: an {@link ImportReport} as clients see it. */
record JobReport(String importId, String state, String sha256, long rowsRead, double rowsPerSecond,
                 List<Count> counts, long rejected, List<Rejection> rejections, List<String> ignoredColumns) {

    record Count(String entity, long created, long updated, long unchanged) {
    }

    static JobReport of(ImportReport report) {
        List<Count> counts = report.written().entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue().created(), e.getValue().updated(), e.getValue().unchanged()))
                .toList();
        return new JobReport("COMPLETED".equals(report.state()) ? report.id() : null, report.state(),
                report.sha256(), report.rowsRead(), report.rowsPerSecond(), counts, report.rejected(),
                report.rejections(), report.ignoredColumns());
    }

    /** A completed import as its {@code Import} node records it: totals over every entity, under {@code all}. */
    static JobReport of(RecordedImport node) {
        double seconds = Math.max(0.001, Duration.between(Instant.parse(node.startedAt()),
                Instant.parse(node.finishedAt())).toMillis() / 1000.0);
        return new JobReport(node.id(), node.state(), node.sha256(), node.rowsRead(), node.rowsRead() / seconds,
                List.of(new Count("all", node.created(), node.updated(), node.unchanged())), node.rejected(),
                List.of(), List.of());
    }
}
