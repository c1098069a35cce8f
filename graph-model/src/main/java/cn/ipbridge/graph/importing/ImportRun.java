package cn.ipbridge.graph.importing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import cn.ipbridge.graph.write.BatchWriter;
import cn.ipbridge.graph.write.FirmProfileWriter;
import cn.ipbridge.graph.write.ImportEntity;
import cn.ipbridge.graph.write.ImportRow;
import cn.ipbridge.graph.write.ImportWriter;
import cn.ipbridge.graph.write.LinkTarget;
import cn.ipbridge.graph.write.RowStatuses;
import cn.ipbridge.graph.write.WriteProgress;

/**
 * Imports one file: maps its header (a missing required column stops it before anything is written), validates
 * every row, links applicants, and writes valid rows in batches, one transaction each, through
 * {@link ImportWriter}. Invalid rows and later rows repeating an earlier row's key are rejected with line, column
 * and reason. In strict mode a first pass validates the whole file and nothing is written if any row is invalid.
 * Every import that writes ends with an {@code Import} node recording the file, its hash, who, when and the counts.
 */
public final class ImportRun {

    private final Driver driver;
    private final SessionConfig session;
    private final BatchWriter batches;
    private final ImportWriter writer;
    private final int batchSize;

    public ImportRun(Driver driver, String database, int batchSize) {
        this.driver = driver;
        this.session = database == null || database.isBlank()
                ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
        this.batches = new BatchWriter(driver, database, batchSize);
        this.writer = new ImportWriter(batches);
        this.batchSize = batchSize;
    }

    public ImportRun(Driver driver, String database) {
        this(driver, database, BatchWriter.DEFAULT_BATCH_SIZE);
    }

    public ImportReport run(SourceFile file, ImportOptions options, ImportProgress progress) {
        return run(file, options, progress, UUID.randomUUID().toString());
    }

    /** As {@link #run(SourceFile, ImportOptions, ImportProgress)}, recording the {@code Import} node under {@code id}. */
    public ImportReport run(SourceFile file, ImportOptions options, ImportProgress progress, String id) {
        Instant started = Instant.now();
        String sha256 = file.sha256();
        RowParser parser = options.kind().parser(driver, session);
        progress.started(file.estimatedRows());
        boolean validateFirst = options.strict() || options.dryRun();
        Pass pass = new Pass(parser, options, progress, validateFirst ? options.rejectFile() : null, !validateFirst);
        if (validateFirst) {
            pass.readAll(file);
            if (options.dryRun() || pass.rejected > 0) {
                return report(id, file, sha256, options, started, pass, options.dryRun() ? "DRY_RUN" : "REJECTED");
            }
            pass = new Pass(parser, options, progress, null, true);
        }
        ImportRecord.started(batches, id, file, sha256, options, started);
        try {
            pass.readAll(file);
        } catch (RuntimeException e) {
            ImportRecord.failed(batches, id, e);
            throw e;
        }
        refreshProfiles(pass.firmsWithPatents);
        ImportReport report = report(id, file, sha256, options, started, pass, "COMPLETED");
        ImportRecord.finished(batches, report);
        return report;
    }

    /**
     * Firms' derived patent profiles (see FirmProfileWriter) follow their patents: the firms this import linked a
     * patent to are refreshed, and so is any firm whose patent count changed (one that lost a patent to a changed
     * row).
     */
    private void refreshProfiles(Set<String> firms) {
        if (firms.isEmpty()) {
            return;
        }
        FirmProfileWriter profiles = new FirmProfileWriter(driver, session.database().orElse(null));
        profiles.refresh(firms, WriteProgress.NONE);
        profiles.refreshStale(WriteProgress.NONE);
    }

    private ImportReport report(String id, SourceFile file, String sha256, ImportOptions options, Instant started, Pass pass,
                                String state) {
        Map<String, RowStatuses> written = new LinkedHashMap<>();
        pass.written.forEach((entity, statuses) -> written.put(entity.label(), statuses));
        return new ImportReport(id, file.fileName(), sha256, options.kind(), options.by(),
                state, started, Instant.now(), pass.rowsRead, written, pass.rejected, List.copyOf(pass.shown),
                pass.mapping == null ? List.of() : pass.mapping.ignored(), pass.rejects.path());
    }

    /** One read of the file: validates every row and, when {@code write} is set, writes the valid ones. */
    private final class Pass implements RowSink {

        private final RowParser parser;
        private final ImportOptions options;
        private final ImportProgress progress;
        private final RejectFile rejects;
        private final boolean write;
        private final Map<String, Long> lineByKey = new HashMap<>();
        private final Map<ImportEntity, List<ImportRow>> pending = new EnumMap<>(ImportEntity.class);
        private final Map<ImportEntity, RowStatuses> written = new EnumMap<>(ImportEntity.class);
        private final List<Rejection> shown = new ArrayList<>();
        private final Set<String> firmsWithPatents = new HashSet<>();
        private List<String> header;
        private ColumnMapping mapping;
        private long rowsRead;
        private long rowsWritten;
        private long rejected;
        private final ExecutorService writing = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "import-batch-writer");
            t.setDaemon(true);
            return t;
        });
        private Future<RowStatuses> inFlight;
        private ImportEntity inFlightEntity;
        private int inFlightRows;

        Pass(RowParser parser, ImportOptions options, ImportProgress progress, java.nio.file.Path rejectFile,
             boolean write) {
            this.parser = parser;
            this.options = options;
            this.progress = progress;
            this.rejects = new RejectFile(write ? options.rejectFile() : rejectFile);
            this.write = write;
        }

        void readAll(SourceFile file) {
            try (rejects) {
                try {
                    file.read(this);
                    if (write) {
                        pending.keySet().forEach(this::flush);
                    }
                } finally {
                    awaitBatch();
                    writing.shutdown();
                }
                progress.advanced(rowsRead, rowsWritten);
            }
        }

        @Override
        public void header(List<String> names) {
            header = names;
            mapping = new ColumnMapping(names, parser.columns(), options.mapping());
            parser.check(mapping);
        }

        @Override
        public void row(SourceRow row) {
            rowsRead++;
            List<ImportedRow> rows;
            try {
                rows = parser.parse(new RowValues(row, mapping));
                for (ImportedRow r : rows) {
                    Long earlier = lineByKey.putIfAbsent(r.entity() + ":" + r.key(), row.line());
                    if (earlier != null) {
                        throw new RowRejected(null, "repeats the key " + r.key() + " of line " + earlier);
                    }
                }
            } catch (RowRejected e) {
                reject(new Rejection(row.line(), e.column(), e.reason()), row);
                return;
            }
            if (write) {
                for (ImportedRow r : rows) {
                    if (r.entity() == ImportEntity.PATENTS) {
                        r.row().links().stream().filter(l -> l.target() == LinkTarget.ENTERPRISE_APPLICANT)
                                .forEach(l -> firmsWithPatents.add(l.to()));
                    }
                    List<ImportRow> batch = pending.computeIfAbsent(r.entity(), e -> new ArrayList<>());
                    batch.add(r.row());
                    if (batch.size() >= batchSize) {
                        flush(r.entity());
                    }
                }
            } else if (rowsRead % batchSize == 0) {
                progress.advanced(rowsRead, rowsWritten);
            }
        }

        /**
         * Hands the batch to the writing thread and goes on reading: the next batch is parsed while the engine
         * writes this one. At most one batch is being written, so batches still commit one at a time, in order.
         */
        private void flush(ImportEntity entity) {
            List<ImportRow> batch = pending.get(entity);
            if (batch == null || batch.isEmpty()) {
                return;
            }
            pending.put(entity, new ArrayList<>());
            awaitBatch();
            inFlight = writing.submit(() -> writer.write(entity, batch));
            inFlightEntity = entity;
            inFlightRows = batch.size();
        }

        /** Waits for the batch being written, if any; its failure is this import's failure. */
        private void awaitBatch() {
            if (inFlight == null) {
                return;
            }
            Future<RowStatuses> batch = inFlight;
            inFlight = null;
            try {
                written.merge(inFlightEntity, batch.get(), RowStatuses::plus);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing a batch", e);
            }
            rowsWritten += inFlightRows;
            progress.advanced(rowsRead, rowsWritten);
        }

        private void reject(Rejection rejection, SourceRow row) {
            rejected++;
            if (shown.size() < ImportReport.SHOWN_REJECTIONS) {
                shown.add(rejection);
            }
            rejects.add(rejection, header, row.cells());
        }
    }
}
