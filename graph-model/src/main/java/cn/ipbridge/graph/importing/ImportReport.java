package cn.ipbridge.graph.importing;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.ipbridge.graph.write.RowStatuses;

/**
 * The outcome of one import: counts per entity (e.g. "patents", "universities"), rejected rows (the first
 * {@link #SHOWN_REJECTIONS} kept here, all of them in the reject file) and what was ignored.
 *
 * @param state COMPLETED, REJECTED (strict mode found invalid rows, nothing written), DRY_RUN or FAILED
 */
public record ImportReport(String id, String fileName, String sha256, ImportKind kind, String by, String state,
                           Instant startedAt, Instant finishedAt, long rowsRead, Map<String, RowStatuses> written,
                           long rejected, List<Rejection> rejections, List<String> ignoredColumns, Path rejectFile) {

    public static final int SHOWN_REJECTIONS = 100;

    public RowStatuses totals() {
        return written.values().stream().reduce(RowStatuses.ZERO, RowStatuses::plus);
    }

    public double rowsPerSecond() {
        double seconds = Math.max(0.001, (finishedAt.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0);
        return rowsRead / seconds;
    }

    /** A few lines for people: what was written and what was not, and where the rejected rows are. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append("%s %s (%s): %s, %,d rows read in %.1f s (%,.0f rows/s)%n".formatted(kind.label(), fileName,
                sha256.substring(0, 12), state, rowsRead,
                (finishedAt.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0, rowsPerSecond()));
        written.forEach((entity, c) -> s.append("  %-13s created %,d, updated %,d, unchanged %,d%n"
                .formatted(entity, c.created(), c.updated(), c.unchanged())));
        s.append("  rejected      %,d rows%n".formatted(rejected));
        rejections.stream().limit(10).forEach(r -> s.append("    ").append(r).append('\n'));
        if (rejected > 10) {
            s.append("    ...\n");
        }
        if (rejectFile != null && rejected > 0) {
            s.append("  rejected rows written to ").append(rejectFile).append('\n');
        }
        if (!ignoredColumns.isEmpty()) {
            s.append("  columns not imported: ").append(ignoredColumns).append('\n');
        }
        return s.toString();
    }
}
