package cn.ipbridge.graph.importing;

import java.nio.file.Path;

/**
 * How to import a file.
 *
 * @param strict     reject the whole file if any row is invalid (nothing is written)
 * @param dryRun     validate and report only; nothing is written, not even the {@code Import} record
 * @param by         who imports (recorded on the {@code Import} node)
 * @param rejectFile where to write rejected rows, null for nowhere
 */
public record ImportOptions(ImportKind kind, UserMapping mapping, boolean strict, boolean dryRun, String by,
                            Path rejectFile) {

    public ImportOptions {
        mapping = mapping == null ? UserMapping.NONE : mapping;
        by = by == null || by.isBlank() ? System.getProperty("user.name", "unknown") : by;
    }

    public static ImportOptions of(ImportKind kind) {
        return new ImportOptions(kind, UserMapping.NONE, false, false, null, null);
    }
}
